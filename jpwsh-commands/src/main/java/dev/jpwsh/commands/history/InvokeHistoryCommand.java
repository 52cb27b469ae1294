package dev.jpwsh.commands.history;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.runspaces.HistoryInfo;
import dev.jpwsh.engine.runspaces.SessionHistory;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/**
 * Invoke-History: runs an entry's command line again, after writing it to the host: the last entry, the one whose
 * id {@code -Id} gives, or the newest whose command line starts with {@code -Id}'s text; an entry that would run
 * itself again (through its own Invoke-History) is refused.
 */
@DotNetName("Microsoft.PowerShell.Commands.InvokeHistoryCommand")
@SupportsShouldProcess
public final class InvokeHistoryCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipelineByPropertyName = true)
    private String id;

    @Override
    protected void endProcessing() {
        SessionHistory history = SessionHistory.of(frame().context());
        HistoryInfo entry = entry(history.entries());
        if (!history.startInvoking(entry)) {
            throw terminatingError(HistoryErrors.loopDetected());
        }
        try {
            ui().writeLine(entry.getCommandLine());
            ScriptBlock.Create(entry.getCommandLine()).runAll(frame(), this::writeObject);
        } finally {
            history.stopInvoking(entry);
        }
    }

    private HistoryInfo entry(List<HistoryInfo> entries) {
        if (id == null || id.isEmpty()) {
            if (entries.isEmpty()) {
                throw terminatingError(HistoryErrors.noLastHistoryEntry());
            }
            return entries.getLast();
        }
        Long number = idNumber();
        if (number == null) {
            for (HistoryInfo entry : entries.reversed()) {
                if (entry.getCommandLine().startsWith(id)) {
                    return entry;
                }
            }
            throw terminatingError(HistoryErrors.noHistoryForCommandLine(id));
        }
        for (HistoryInfo entry : entries) {
            if (entry.getId() == number) {
                return entry;
            }
        }
        throw terminatingError(HistoryErrors.noHistoryForId("InvokeHistory", number));
    }

    /** {@code -Id} as a number (an error when not positive), or null when it is a command line. */
    private Long idNumber() {
        long number;
        try {
            number = Long.parseLong(id.trim());
        } catch (NumberFormatException commandLine) {
            return null;
        }
        if (number <= 0) {
            throw terminatingError(HistoryErrors.invalidId(number));
        }
        return number;
    }
}
