package dev.jpwsh.engine.exec;

import dev.jpwsh.engine.host.HostUserInterface;
import java.util.List;

/**
 * A message of the warning, verbose or debug stream. A redirection such as {@code 3>&1} puts the record into
 * the output, where it prints as the host shows that stream ({@code WARNING: text}); in a string it is its
 * message. Scripts make them as pwsh's ({@code [System.Management.Automation.WarningRecord]::new('text')}) and may
 * change the message; no invocation is recorded ({@code InvocationInfo} is null).
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.InformationalRecord")
public abstract sealed class InformationalRecord permits InformationalRecord.WarningRecord,
        InformationalRecord.VerboseRecord, InformationalRecord.DebugRecord {
    private volatile String message;

    private InformationalRecord(String message) {
        this.message = message;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** The command that wrote the record: none is recorded. */
    public Object getInvocationInfo() {
        return null;
    }

    /** Where in the pipeline's input the record was written: not recorded, so null (as for a record pwsh makes). */
    public List<Integer> getPipelineIterationInfo() {
        return null;
    }

    /** What the host puts before the message when it shows the stream ({@code WARNING: }). */
    @dev.jpwsh.runtime.object.NonPublic
    public abstract String hostPrefix();

    /** Shows the message on {@code ui} the way that stream's messages are shown. */
    @dev.jpwsh.runtime.object.NonPublic
    public abstract void showOn(HostUserInterface ui);

    @Override
    public String toString() {
        return message;
    }

    @dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.WarningRecord")
    public static final class WarningRecord extends InformationalRecord {
        private final String fullyQualifiedWarningId;

        public WarningRecord(String message) {
            this("", message);
        }

        public WarningRecord(String fullyQualifiedWarningId, String message) {
            super(message);
            this.fullyQualifiedWarningId = fullyQualifiedWarningId == null ? "" : fullyQualifiedWarningId;
        }

        /** The id a cmdlet gave the warning, or empty. */
        public String getFullyQualifiedWarningId() {
            return fullyQualifiedWarningId;
        }

        @Override
        @dev.jpwsh.runtime.object.NonPublic
        public String hostPrefix() {
            return "WARNING: ";
        }

        @Override
        @dev.jpwsh.runtime.object.NonPublic
        public void showOn(HostUserInterface ui) {
            ui.writeWarningLine(getMessage());
        }
    }

    @dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.VerboseRecord")
    public static final class VerboseRecord extends InformationalRecord {
        public VerboseRecord(String message) {
            super(message);
        }

        @Override
        @dev.jpwsh.runtime.object.NonPublic
        public String hostPrefix() {
            return "VERBOSE: ";
        }

        @Override
        @dev.jpwsh.runtime.object.NonPublic
        public void showOn(HostUserInterface ui) {
            ui.writeVerboseLine(getMessage());
        }
    }

    @dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.DebugRecord")
    public static final class DebugRecord extends InformationalRecord {
        public DebugRecord(String message) {
            super(message);
        }

        @Override
        @dev.jpwsh.runtime.object.NonPublic
        public String hostPrefix() {
            return "DEBUG: ";
        }

        @Override
        @dev.jpwsh.runtime.object.NonPublic
        public void showOn(HostUserInterface ui) {
            ui.writeDebugLine(getMessage());
        }
    }
}
