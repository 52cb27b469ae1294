package dev.jpwsh.commands.history;

import dev.jpwsh.engine.runspaces.HistoryInfo;
import dev.jpwsh.engine.runspaces.PipelineState;
import dev.jpwsh.engine.runspaces.SessionHistory;
import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Add-History: adds each input to the session's history under the next id: a HistoryInfo, or any object with
 * CommandLine, ExecutionStatus, StartExecutionTime and EndExecutionTime (an InvalidData error when one is missing
 * or the times are not dates); {@code -Passthru} writes the entries added.
 */
@DotNetName("Microsoft.PowerShell.Commands.AddHistoryCommand")
@dev.jpwsh.engine.command.OutputType({"Microsoft.PowerShell.Commands.HistoryInfo"})
public final class AddHistoryCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true)
    private Object[] inputObject;

    @Parameter
    private boolean passthru;

    @Override
    protected void processRecord() {
        if (inputObject == null) {
            return;
        }
        SessionHistory history = SessionHistory.of(frame().context());
        for (Object input : inputObject) {
            HistoryInfo entry = entryOf(input);
            if (entry == null) {
                writeError(HistoryErrors.invalidInput(input));
                continue;
            }
            HistoryInfo added = history.add(entry, frame().variable("maximumhistorycount"));
            if (passthru) {
                writeObject(added);
            }
        }
    }

    /** The entry an input describes, or null when it does not describe one. */
    private static HistoryInfo entryOf(Object input) {
        if (input instanceof HistoryInfo info) {
            return info;
        }
        try {
            Object commandLine = property(input, "CommandLine");
            Object status = property(input, "ExecutionStatus");
            Object start = property(input, "StartExecutionTime");
            Object end = property(input, "EndExecutionTime");
            if (commandLine == null || status == null || start == null || end == null) {
                return null;
            }
            return new HistoryInfo(0, commandLine.toString(),
                    (PipelineState) Conversions.convert(status, PipelineState.class),
                    (DateTime) Conversions.convert(start, DateTime.class),
                    (DateTime) Conversions.convert(end, DateTime.class));
        } catch (RuntimeException notAnEntry) {
            return null;
        }
    }

    private static Object property(Object value, String name) {
        return Members.has(value, name) ? Members.get(value, name) : null;
    }
}
