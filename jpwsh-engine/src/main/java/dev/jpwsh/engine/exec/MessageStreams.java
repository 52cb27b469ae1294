package dev.jpwsh.engine.exec;

import dev.jpwsh.engine.exec.InformationalRecord.DebugRecord;
import dev.jpwsh.engine.exec.InformationalRecord.VerboseRecord;
import dev.jpwsh.engine.exec.InformationalRecord.WarningRecord;
import dev.jpwsh.engine.command.CommonParameters;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.language.ast.RedirectionAst.Stream;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.util.Locale;

/**
 * Streams 3 to 6: warning, verbose, debug and information messages, and progress records. The stream's preference variable decides
 * whether a message is written at all (Stop makes it a terminating error); a written one goes to the stream's
 * redirect when there is one, else to the host. Information is different: its records reach a redirect unless
 * the preference is Ignore, and the host shows them only under Continue (Write-Host's always).
 */
public final class MessageStreams {
    private MessageStreams() {
    }

    /**
     * Writes a warning, verbose, debug, information or progress record that another runspace produced (a
     * -Parallel task's, a job's) as if {@code frame} had written it, under {@code frame}'s preferences; anything else
     * is ignored.
     */
    public static void replay(Frame frame, Object record) {
        HostUserInterface ui = frame.context().host().ui();
        switch (record) {
            case InformationalRecord informational -> write(frame, informational);
            case InformationRecord information -> {
                boolean fromHost = information.getMessageData() instanceof HostInformationMessage;
                writeInformation(frame, information, fromHost, () -> {
                    if (information.getMessageData() instanceof HostInformationMessage shown) {
                        shown.showOn(ui);
                    } else {
                        ui.writeLine(information.toString());
                    }
                });
            }
            case ProgressRecord progress -> writeProgress(frame, progress);
            default -> {
            }
        }
    }

    public static void write(Frame frame, InformationalRecord record) {
        String variable = switch (record) {
            case WarningRecord w -> "WarningPreference";
            case VerboseRecord v -> "VerbosePreference";
            case DebugRecord d -> "DebugPreference";
        };
        String preference = preference(frame, variable);
        if (preference.equals("stop")) {
            throw stopped(variable, record.getMessage());
        }
        if (record instanceof WarningRecord) {
            CommonParameters.collect(frame, CommonParameters.WARNING_VARIABLE, record);
        }
        if (!preference.equals("continue") && !preference.equals("inquire")) {
            return;
        }
        Stream stream = switch (record) {
            case WarningRecord w -> Stream.WARNING;
            case VerboseRecord v -> Stream.VERBOSE;
            case DebugRecord d -> Stream.DEBUG;
        };
        Pipe redirect = frame.context().redirects().target(stream);
        if (redirect != null) {
            redirect.write(record);
        } else {
            record.showOn(frame.context().host().ui());
        }
        if (preference.equals("inquire")) {
            Confirmations.inquire(frame);
        }
    }

    /**
     * Writes an information record; {@code showOnHost} shows it when nothing redirects the stream and either
     * the preference is Continue or {@code fromHost} (Write-Host) says it is always shown.
     */
    public static void writeInformation(Frame frame, InformationRecord record, boolean fromHost, Runnable showOnHost) {
        String preference = preference(frame, "InformationPreference");
        if (preference.equals("ignore")) {
            return;
        }
        if (preference.equals("stop") && !fromHost) {
            throw stopped("InformationPreference", String.valueOf(record));
        }
        CommonParameters.collect(frame, CommonParameters.INFORMATION_VARIABLE, record);
        Pipe redirect = frame.context().redirects().target(Stream.INFORMATION);
        if (redirect != null) {
            redirect.write(record);
        } else if (fromHost || preference.equals("continue") || preference.equals("inquire")) {
            showOnHost.run();
        }
        if (preference.equals("inquire")) {
            Confirmations.inquire(frame);
        }
    }

    /**
     * Writes a progress record under {@code $ProgressPreference}: dropped unless Continue or Inquire, a
     * terminating error under Stop, else to the invocation's progress stream or the host.
     */
    public static void writeProgress(Frame frame, ProgressRecord record) {
        String preference = preference(frame, "ProgressPreference");
        if (preference.equals("stop")) {
            throw stopped("ProgressPreference", record.getStatusDescription());
        }
        if (!preference.equals("continue") && !preference.equals("inquire")) {
            return;
        }
        Pipe redirect = frame.context().redirects().progress();
        if (redirect != null) {
            redirect.write(record);
        } else {
            frame.context().host().ui().writeProgress(record);
        }
    }

    private static String preference(Frame frame, String variable) {
        Object value = frame.variable(variable.toLowerCase(Locale.ROOT));
        return value == null ? "continue" : value.toString().toLowerCase(Locale.ROOT);
    }

    private static PSException stopped(String variable, String message) {
        return actionPreferenceStop("The running command stopped because the preference variable \"" + variable
                + "\" or common parameter is set to Stop: " + message);
    }

    /** The terminating ActionPreferenceStop error that stops the running command, with {@code message}. */
    static PSException actionPreferenceStop(String message) {
        return new PSException(new ErrorRecord(new PSRuntimeException("ActionPreferenceStop", "OperationStopped",
                message), "ActionPreferenceStop",
                "OperationStopped", null, null), true);
    }
}
