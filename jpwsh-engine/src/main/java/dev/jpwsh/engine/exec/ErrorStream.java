package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.Locale;

/**
 * Where non-terminating errors go. The error action in force decides: Stop turns the error into a terminating
 * one, SilentlyContinue only records it in {@code $Error}, Ignore drops it, and Continue (the default) records
 * it and shows it through the host, unless a {@code 2>&1} redirection sends errors to a pipe instead.
 */
public final class ErrorStream {
    private final ExecutionContext context;
    /** A pipe that takes error records instead of the host ({@code 2>&1}); null when none. Pipeline thread only. */
    private Pipe redirect;

    ErrorStream(ExecutionContext context) {
        this.context = context;
    }

    public void write(Frame frame, ErrorRecord error) {
        ErrorRecord record = error.withPosition(context.currentPosition());
        if (frame.variable("__errorvariable") instanceof java.util.List<?> list) {
            @SuppressWarnings("unchecked")
            java.util.List<Object> errors = (java.util.List<Object>) list;
            errors.add(record);
        }
        String action = String.valueOf(frame.variable("erroractionpreference")).toLowerCase(Locale.ROOT);
        switch (action) {
            case "stop" -> throw new PSException(record, true);
            case "ignore" -> {
            }
            case "silentlycontinue" -> context.recordError(record);
            default -> {
                context.recordError(record);
                if (redirect != null) {
                    redirect.write(record);
                } else {
                    context.host().ui().writeError(record);
                }
            }
        }
        frame.context().markFailed();
    }

    /** Sends errors to {@code pipe} until the returned previous redirect is restored. */
    public Pipe redirectTo(Pipe pipe) {
        Pipe previous = redirect;
        redirect = pipe;
        return previous;
    }

    public void restore(Pipe previous) {
        redirect = previous;
    }
}
