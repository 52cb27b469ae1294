package dev.jpwsh.dotnet.threading;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/** System.AggregateException: the failure of a task, which {@code InnerException} holds, in .NET's message. */
@DotNetName("System.AggregateException")
public final class AggregateException extends RuntimeException {
    public AggregateException(Throwable inner) {
        super("One or more errors occurred. (" + inner.getMessage() + ")", inner);
    }

    public Throwable getInnerException() {
        return getCause();
    }

    public List<Throwable> getInnerExceptions() {
        return List.of(getCause());
    }
}
