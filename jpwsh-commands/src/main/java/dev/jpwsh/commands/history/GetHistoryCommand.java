package dev.jpwsh.commands.history;

import dev.jpwsh.engine.runspaces.HistoryInfo;
import dev.jpwsh.engine.runspaces.SessionHistory;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/**
 * Get-History: the session's entries, oldest first: the last {@code -Count} of them, the ones {@code -Id} names
 * (an error for each id no entry has), or the {@code -Count} entries ending at one {@code -Id}.
 */
@DotNetName("Microsoft.PowerShell.Commands.GetHistoryCommand")
@dev.jpwsh.engine.command.OutputType({"Microsoft.PowerShell.Commands.HistoryInfo"})
public final class GetHistoryCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true)
    @ValidateRange(min = 1, max = Long.MAX_VALUE)
    private Long[] id;

    @Parameter(position = 1)
    @ValidateRange(min = 0, max = 32767)
    private Integer count;

    @Override
    protected void processRecord() {
        SessionHistory history = SessionHistory.of(frame().context());
        if (id == null) {
            List<HistoryInfo> entries = history.entries();
            int shown = count == null ? entries.size() : Math.min(count, entries.size());
            entries.subList(entries.size() - shown, entries.size()).forEach(this::writeObject);
        } else if (count == null) {
            for (long one : id) {
                HistoryInfo entry = history.find(one);
                if (entry == null) {
                    writeError(HistoryErrors.noHistoryForId("GetHistory", one));
                } else {
                    writeObject(entry);
                }
            }
        } else if (id.length > 1) {
            throw terminatingError(HistoryErrors.noCountWithMultipleIds("GetHistory", count));
        } else {
            for (HistoryInfo entry : history.entries()) {
                if (entry.getId() <= id[0] && entry.getId() > id[0] - count) {
                    writeObject(entry);
                }
            }
        }
    }
}
