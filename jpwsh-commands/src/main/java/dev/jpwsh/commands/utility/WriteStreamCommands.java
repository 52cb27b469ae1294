package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.util.Locale;

/** Write-Error, Write-Warning, Write-Verbose, Write-Debug and Write-Information. */
public final class WriteStreamCommands {
    private WriteStreamCommands() {
    }

    /** Write-Error: a non-terminating error with the message, or the given ErrorRecord. */
    public static final class WriteError extends Cmdlet {
        @Parameter(position = 0, valueFromPipeline = true)
        private Object message;

        @Parameter
        private String errorId;

        @Parameter
        private String category;

        @Parameter
        private Object targetObject;

        @Override
        protected void processRecord() {
            if (message instanceof ErrorRecord record) {
                writeError(record);
                return;
            }
            String text = LanguagePrimitives.toString(message);
            Object owner = frame().variable("__commandname");
            String id = (errorId == null ? "Microsoft.PowerShell.Commands.WriteErrorException" : errorId)
                    + (owner == null ? "" : "," + owner);
            String cat = category == null ? "NotSpecified" : category;
            // Write-Error reports on behalf of its caller: inside a function, under the function's name at the
            // statement that called it; at a script's top level, with no position at all.
            boolean inFunction = owner != null && !owner.toString().endsWith(".ps1");
            ErrorRecord.ScriptPosition where = ErrorRecord.ScriptPosition.NONE;
            if (inFunction && frame().variable("myinvocation") instanceof dev.jpwsh.engine.exec.InvocationInfo info
                    && info.callSite() != null) {
                where = info.callSite();
            }
            writeError(new ErrorRecord(new PSRuntimeException("WriteErrorException", cat, text, null,
                    "Microsoft.PowerShell.Commands.WriteErrorException"), id, cat, targetObject, where,
                    inFunction ? owner.toString() : null));
        }
    }

    /** The cmdlets that print a prefixed message when their preference variable says Continue. */
    abstract static class PreferenceMessage extends Cmdlet {
        @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
        private String message;

        abstract String preferenceVariable();

        abstract void show(String text);

        @Override
        protected void processRecord() {
            String preference = preference(preferenceVariable()).toLowerCase(Locale.ROOT);
            if (preference.equals("continue") || preference.equals("inquire")) {
                show(message == null ? "" : message);
            } else if (preference.equals("stop")) {
                throw new dev.jpwsh.engine.exec.PSException(new ErrorRecord(new PSRuntimeException(
                        "ActionPreferenceStop", "OperationStopped", "The running command stopped because the "
                        + "preference variable \"" + preferenceVariable() + "\" or common parameter is set to Stop: "
                        + message), "ActionPreferenceStop", "OperationStopped", null, null), true);
            }
        }
    }

    public static final class WriteWarning extends PreferenceMessage {
        @Override
        String preferenceVariable() {
            return "WarningPreference";
        }

        @Override
        void show(String text) {
            ui().writeWarningLine(text);
        }
    }

    public static final class WriteVerbose extends PreferenceMessage {
        @Override
        String preferenceVariable() {
            return "VerbosePreference";
        }

        @Override
        void show(String text) {
            ui().writeVerboseLine(text);
        }
    }

    public static final class WriteDebug extends PreferenceMessage {
        @Override
        String preferenceVariable() {
            return "DebugPreference";
        }

        @Override
        void show(String text) {
            ui().writeDebugLine(text);
        }
    }

    public static final class WriteInformation extends PreferenceMessage {
        @Override
        String preferenceVariable() {
            return "InformationPreference";
        }

        @Override
        void show(String text) {
            ui().writeLine(text);
        }
    }
}
