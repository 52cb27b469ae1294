package dev.jpwsh.engine.command;

import dev.jpwsh.runtime.error.ExceptionNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a native program could not start, in .NET's words on Unix: "An error occurred trying to start process 'p' with
 * working directory 'd'. No such file or directory", the reason being the system's (the JDK wraps it as
 * "Exec failed, error: N (reason)" or "error=N, reason").
 */
public final class NativeStartFailure {
    /** The system's reason in the JDK's message: "Exec failed, error: 2 (No such file or directory)". */
    private static final Pattern SYSTEM_REASON = Pattern.compile("error[:=] ?\\d+,? ?\\(?([^)]+)\\)?$");

    private NativeStartFailure() {
    }

    public static String message(String program, Path workingDirectory, IOException failure) {
        return "An error occurred trying to start process '" + program + "' with working directory '"
                + workingDirectory + "'. " + reason(failure);
    }

    private static String reason(IOException failure) {
        String detail = failure.getMessage() == null ? "" : failure.getMessage().strip();
        Matcher system = SYSTEM_REASON.matcher(detail);
        if (system.find()) {
            return system.group(1);
        }
        String message = ExceptionNames.message(failure);
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
