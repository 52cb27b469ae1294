package dev.jpwsh.engine.exec;

import dev.jpwsh.engine.host.HostUserInterface;

/**
 * A message of the warning, verbose or debug stream. A redirection such as {@code 3>&1} puts the record into
 * the output, where it prints as the host shows that stream ({@code WARNING: text}); in a string it is its
 * message.
 */
public abstract sealed class InformationalRecord permits InformationalRecord.WarningRecord,
        InformationalRecord.VerboseRecord, InformationalRecord.DebugRecord {
    private final String message;

    private InformationalRecord(String message) {
        this.message = message;
    }

    public String getMessage() {
        return message;
    }

    /** What the host puts before the message when it shows the stream ({@code WARNING: }). */
    public abstract String hostPrefix();

    /** Shows the message on {@code ui} the way that stream's messages are shown. */
    public abstract void showOn(HostUserInterface ui);

    @Override
    public String toString() {
        return message;
    }

    @dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.WarningRecord")
    public static final class WarningRecord extends InformationalRecord {
        public WarningRecord(String message) {
            super(message);
        }

        @Override
        public String hostPrefix() {
            return "WARNING: ";
        }

        @Override
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
        public String hostPrefix() {
            return "VERBOSE: ";
        }

        @Override
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
        public String hostPrefix() {
            return "DEBUG: ";
        }

        @Override
        public void showOn(HostUserInterface ui) {
            ui.writeDebugLine(getMessage());
        }
    }
}
