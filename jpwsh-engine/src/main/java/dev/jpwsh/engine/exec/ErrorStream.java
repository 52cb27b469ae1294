package dev.jpwsh.engine.exec;

import dev.jpwsh.engine.command.CommonParameters;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.language.ast.RedirectionAst;
import java.util.Locale;

/**
 * Where non-terminating errors go. The error action in force decides: Stop turns the error into a terminating
 * one, SilentlyContinue only records it in {@code $Error}, Ignore drops it, and Continue (the default) records
 * it and shows it through the host, unless a redirection ({@code 2>&1}, {@code 2>$null}) sends errors to a pipe instead.
 */
public final class ErrorStream {
    private final ExecutionContext context;

    ErrorStream(ExecutionContext context) {
        this.context = context;
    }

    public void write(Frame frame, ErrorRecord error) {
        ErrorRecord record = error.withPosition(context.currentPosition());
        CommonParameters.collect(frame, CommonParameters.ERROR_VARIABLE, record);
        String action = String.valueOf(frame.variable("erroractionpreference")).toLowerCase(Locale.ROOT);
        switch (action) {
            case "stop" -> throw PSException.stoppedByPreference(record);
            case "ignore" -> {
            }
            case "silentlycontinue" -> context.recordError(record);
            default -> {
                context.recordError(record);
                Pipe redirect = context.redirects().target(RedirectionAst.Stream.ERROR);
                if (redirect != null) {
                    redirect.write(record);
                } else {
                    context.host().ui().writeError(record);
                }
            }
        }
        frame.context().markFailed();
    }
}
