package dev.jpwsh.dotnet.threading;

import dev.jpwsh.dotnet.Delegate;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * System.AsyncCallback: what a {@code Begin...} method calls once its operation has ended, on the thread that
 * ended it, after the result's wait handle is set.
 */
@DotNetName("System.AsyncCallback")
@FunctionalInterface
public interface AsyncCallback extends Delegate {
    void Invoke(AsyncResult result);
}
