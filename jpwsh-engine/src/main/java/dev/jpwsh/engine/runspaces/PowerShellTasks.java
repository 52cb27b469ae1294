package dev.jpwsh.engine.runspaces;

import dev.jpwsh.dotnet.threading.AsyncCallback;
import dev.jpwsh.dotnet.threading.Task;
import dev.jpwsh.engine.exec.PSDataCollection;
import java.util.concurrent.CompletableFuture;

/**
 * The Task-returning members of {@link PowerShell} that pwsh builds from its Begin/End pairs (the InvokeAsync
 * overloads with input, output, settings, callback and state, and StopAsync(callback, state)), kept apart from the
 * class that runs invocations; every one goes through PowerShell's own BeginInvoke/EndInvoke or BeginStop/EndStop.
 * Stateless beyond the instance.
 */
public abstract class PowerShellTasks {
    PowerShellTasks() {
    }

    /** {@link PowerShell#beginInvoke(PSDataCollection, PSDataCollection, PSInvocationSettings, AsyncCallback, Object)}. */
    public abstract PowerShellAsyncResult beginInvoke(PSDataCollection<?> input, PSDataCollection<Object> output,
            PSInvocationSettings settings, AsyncCallback callback, Object state);

    /** {@link PowerShell#endInvoke}. */
    public abstract PSDataCollection<Object> endInvoke(PowerShellAsyncResult result) throws InterruptedException;

    /** {@link PowerShell#beginStop}. */
    public abstract PowerShellAsyncResult beginStop(AsyncCallback callback, Object state);

    /** {@link PowerShell#endStop}. */
    public abstract void endStop(PowerShellAsyncResult result) throws InterruptedException;

    /** {@code InvokeAsync(input)}: {@link #invokeAsync(PSDataCollection, PSDataCollection, PSInvocationSettings,
     * AsyncCallback, Object)} with the input only. */
    public Task<PSDataCollection<Object>> invokeAsync(PSDataCollection<?> input) {
        return invokeAsync(input, null, null, null, null);
    }

    /** {@code InvokeAsync(input, settings, callback, state)}: the output comes back as the task's result. */
    public Task<PSDataCollection<Object>> invokeAsync(PSDataCollection<?> input,
            PSInvocationSettings settings, AsyncCallback callback, Object state) {
        return invokeAsync(input, null, settings, callback, state);
    }

    /** {@code InvokeAsync(input, output)}: the output goes to {@code output}; the task's result is then null. */
    public Task<PSDataCollection<Object>> invokeAsync(PSDataCollection<?> input,
            PSDataCollection<Object> output) {
        return invokeAsync(input, output, null, null, null);
    }

    /**
     * pwsh's InvokeAsync overloads, as it makes them from BeginInvoke and EndInvoke: what refuses to start is thrown
     * here, {@code callback} runs when the invocation has ended, and the task then completes with EndInvoke's result
     * (the output, or null when {@code output} was given) or its failure.
     */
    public Task<PSDataCollection<Object>> invokeAsync(PSDataCollection<?> input,
            PSDataCollection<Object> output, PSInvocationSettings settings, AsyncCallback callback, Object state) {
        PowerShellAsyncResult result = beginInvoke(input, output, settings, callback, state);
        return Task.of(afterwards(() -> endInvoke(result)),
                dev.jpwsh.engine.types.DotNetType.typeOf(new PSDataCollection<>()));
    }

    /**
     * {@code StopAsync(callback, state)}: starts stopping as BeginStop does; the task completes when the invocation
     * has ended (after {@code callback} ran).
     */
    public Task<Object> stopAsync(AsyncCallback callback, Object state) {
        PowerShellAsyncResult result = beginStop(callback, state);
        return Task.of(afterwards(() -> {
            endStop(result);
            return null;
        }), Object.class);
    }

    /** What {@code end} returns or throws, waited for on a virtual thread of its own. */
    private static <T> CompletableFuture<T> afterwards(java.util.concurrent.Callable<T> end) {
        CompletableFuture<T> ended = new CompletableFuture<>();
        Thread.ofVirtual().name("jpwsh-async-end").start(() -> {
            try {
                ended.complete(end.call());
            } catch (Exception | Error failure) {
                ended.completeExceptionally(failure);
            }
        });
        return ended;
    }
}
