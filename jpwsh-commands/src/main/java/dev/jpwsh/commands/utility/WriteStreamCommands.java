package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.AllowEmptyString;
import dev.jpwsh.engine.command.AllowNull;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.InformationRecord;
import dev.jpwsh.engine.exec.InformationalRecord;
import dev.jpwsh.engine.exec.MessageStreams;
import dev.jpwsh.engine.exec.ProgressRecord;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.util.ArrayList;
import java.util.List;

/** Write-Warning, Write-Verbose, Write-Debug, Write-Information and Write-Progress. */
public final class WriteStreamCommands {
    private WriteStreamCommands() {
    }

    /** Write-Warning, Write-Verbose and Write-Debug: a message record for their stream. */
    abstract static class MessageCommand extends Cmdlet {
        @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
        @AllowEmptyString
        private String message;

        abstract InformationalRecord record(String text);

        @Override
        protected void processRecord() {
            MessageStreams.write(frame(), record(message == null ? "" : message));
        }
    }

    @DotNetName("Microsoft.PowerShell.Commands.WriteWarningCommand")
    public static final class WriteWarning extends MessageCommand {
        @Override
        InformationalRecord record(String text) {
            return new InformationalRecord.WarningRecord(text);
        }
    }

    @DotNetName("Microsoft.PowerShell.Commands.WriteVerboseCommand")
    public static final class WriteVerbose extends MessageCommand {
        @Override
        InformationalRecord record(String text) {
            return new InformationalRecord.VerboseRecord(text);
        }
    }

    @DotNetName("Microsoft.PowerShell.Commands.WriteDebugCommand")
    public static final class WriteDebug extends MessageCommand {
        @Override
        InformationalRecord record(String text) {
            return new InformationalRecord.DebugRecord(text);
        }
    }

    /** Write-Progress: a ProgressRecord for the host, or for the invocation's progress stream. */
    @DotNetName("Microsoft.PowerShell.Commands.WriteProgressCommand")
    public static final class WriteProgress extends Cmdlet {
        @Parameter(position = 0)
        private String activity;

        @Parameter(position = 1)
        private String status = "Processing";

        @Parameter(position = 2)
        private int id;

        @Parameter
        private int percentComplete = -1;

        @Parameter
        private int secondsRemaining = -1;

        @Parameter
        private String currentOperation;

        @Parameter
        private int parentId = -1;

        @Parameter
        private boolean completed;

        @Parameter
        private int sourceId;

        @Override
        protected void processRecord() {
            if ((activity == null || activity.isEmpty()) && !completed) {
                throw RuntimeFailures.create("MissingActivity,Microsoft.PowerShell.Commands.WriteProgressCommand",
                        "InvalidArgument", "Missing value for mandatory parameter. (Parameter 'Activity')", activity,
                        "System.ArgumentException");
            }
            ProgressRecord record = new ProgressRecord(id, activity, status);
            record.setParentActivityId(parentId);
            record.setPercentComplete(percentComplete);
            record.setSecondsRemaining(secondsRemaining);
            record.setCurrentOperation(currentOperation);
            record.setRecordType(completed ? ProgressRecord.RecordType.Completed : ProgressRecord.RecordType.Processing);
            MessageStreams.writeProgress(frame(), record);
        }
    }

    /** Write-Information: an InformationRecord with the message data and tags, shown as text under Continue. */
    @DotNetName("Microsoft.PowerShell.Commands.WriteInformationCommand")
    public static final class WriteInformation extends Cmdlet {
        @Parameter(position = 0, mandatory = true, valueFromPipeline = true, aliases = {"Msg", "Message"})
        @AllowNull
        private Object messageData;

        @Parameter(position = 1)
        private Object tags;

        @Override
        protected void processRecord() {
            List<String> tagList = new ArrayList<>();
            Enumerables.write(tags, tag -> {
                if (tag != null) {
                    tagList.add(LanguagePrimitives.toString(tag));
                }
            });
            // The source is the script the call is in, as pwsh reports it, or the command at the prompt.
            Object script = frame().variable("pscommandpath");
            InformationRecord record = new InformationRecord(messageData, script == null ? "Write-Information"
                    : script.toString(), tagList);
            MessageStreams.writeInformation(frame(), record, false, () -> ui().writeLine(record.toString()));
        }
    }
}
