package dev.jpwsh.dotnet.threading;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.Delegate;
import dev.jpwsh.dotnet.collections.GenericInstance;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * System.Threading.Tasks.Task as scripts use it: a CompletableFuture (so Java callers of the hosting API take it as
 * one) with .NET's members: {@code Result} and {@code Wait()} wait and report a failure as an AggregateException,
 * {@code GetAwaiter().GetResult()} waits and rethrows the failure itself, {@code IsCompleted}, {@code IsFaulted},
 * {@code Status}, {@code Exception}; and the statics {@code Run}, {@code Delay}, {@code WaitAll}, {@code WaitAny},
 * {@code WhenAll}, {@code FromResult}. Waits are interruptible, so stopping a pipeline ends them. Thread-safe.
 *
 * @param <T> what the task's result is
 */
@DotNetName("System.Threading.Tasks.Task")
public class Task<T> extends CompletableFuture<T> {
    private static final AtomicInteger IDS = new AtomicInteger();
    private final int id = IDS.incrementAndGet();
    /** Whether the task runs code of its own (Run) rather than standing for work done elsewhere. */
    private final boolean runsCode;

    Task(boolean runsCode) {
        this.runsCode = runsCode;
    }

    /**
     * A task with a result: what {@code Run(Func)}, {@code FromResult} and {@code PowerShell.InvokeAsync} give. Its
     * GetType() names the result's type ({@code Task`1[System.Int32]}).
     */
    @DotNetName("System.Threading.Tasks.Task`1")
    public static final class WithResult<T> extends Task<T> implements GenericInstance {
        private volatile List<?> typeArguments;

        WithResult(boolean runsCode, Object resultType) {
            super(runsCode);
            this.typeArguments = List.of(resultType);
        }

        @Override
        public void bindTypeArguments(List<?> arguments) {
            typeArguments = List.copyOf(arguments);
        }

        @Override
        public List<?> typeArguments() {
            return typeArguments;
        }
    }

    /** .NET's task states. */
    @DotNetName("System.Threading.Tasks.TaskStatus")
    public enum TaskStatus {
        Created, WaitingForActivation, WaitingToRun, Running, WaitingForChildrenToComplete, RanToCompletion,
        Canceled, Faulted
    }

    /**
     * The task that completes as {@code future} does, with its result or failure; {@code resultType} is the type
     * GetType() names for the result (a class, or a constructed type value).
     */
    public static <T> Task<T> of(CompletableFuture<T> future, Object resultType) {
        Task<T> task = new WithResult<>(false, resultType);
        future.whenComplete((value, failure) -> {
            if (failure != null) {
                task.completeExceptionally(unwrapped(failure));
            } else {
                task.complete(value);
            }
        });
        return task;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<>();
    }

    public int getId() {
        return id;
    }

    /** Waits for the result; a failure is an AggregateException holding it. */
    public T getResult() {
        return await(true);
    }

    public void Wait() {
        await(true);
    }

    /** Waits up to {@code millisecondsTimeout} (-1 for ever): whether the task ended; a failure is rethrown. */
    public boolean Wait(int millisecondsTimeout) {
        if (millisecondsTimeout < 0) {
            await(true);
            return true;
        }
        try {
            get(millisecondsTimeout, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The operation was canceled.");
        } catch (ExecutionException | CancellationException e) {
            throw aggregate(e);
        }
    }

    /** {@code GetAwaiter()}: its {@code GetResult()} waits and rethrows a failure as it is, not aggregated. */
    public Awaiter<T> GetAwaiter() {
        return new Awaiter<>(this);
    }

    /** System.Runtime.CompilerServices.TaskAwaiter. */
    @DotNetName("System.Runtime.CompilerServices.TaskAwaiter")
    public record Awaiter<T>(Task<T> task) {
        public T GetResult() {
            return task.await(false);
        }

        public boolean getIsCompleted() {
            return task.isDone();
        }
    }

    public boolean getIsCompleted() {
        return isDone();
    }

    public boolean getIsCompletedSuccessfully() {
        return isDone() && !isCompletedExceptionally();
    }

    public boolean getIsFaulted() {
        return isCompletedExceptionally() && !isCancelled();
    }

    public boolean getIsCanceled() {
        return isCancelled();
    }

    public TaskStatus getStatus() {
        if (!isDone()) {
            return runsCode ? TaskStatus.Running : TaskStatus.WaitingForActivation;
        }
        return isCancelled() ? TaskStatus.Canceled : isCompletedExceptionally() ? TaskStatus.Faulted
                : TaskStatus.RanToCompletion;
    }

    /** The failure as an AggregateException, or null when the task has not failed. */
    public AggregateException getException() {
        if (!getIsFaulted()) {
            return null;
        }
        try {
            join();
            return null;
        } catch (CompletionException e) {
            return new AggregateException(unwrapped(e));
        }
    }

    /** {@code Run(Func)}: the delegate's value, computed on a thread of its own. */
    public static Task<Object> Run(Delegate.Func function) {
        ArgumentExceptions.notNull(function, "function");
        List<?> delegateTypes = function.typeArguments();
        Task<Object> task = new WithResult<>(true, delegateTypes.isEmpty() ? Object.class : delegateTypes.getLast());
        EngineThreads.virtual("task").start(() -> {
            try {
                task.complete(function.get());
            } catch (Throwable failure) {
                task.completeExceptionally(failure);
            }
        });
        return task;
    }

    /** {@code Run(Action)}: runs the delegate on a thread of its own. */
    public static Task<Object> Run(Delegate.Action action) {
        ArgumentExceptions.notNull(action, "action");
        Task<Object> task = new Task<>(true);
        EngineThreads.virtual("task").start(() -> {
            try {
                action.run();
                task.complete(null);
            } catch (Throwable failure) {
                task.completeExceptionally(failure);
            }
        });
        return task;
    }

    /** A task that completes after {@code millisecondsDelay} (-1: never); a smaller number is .NET's error. */
    public static Task<Object> Delay(int millisecondsDelay) {
        if (millisecondsDelay < -1) {
            throw new ArgumentExceptions.ArgumentOutOfRangeException("millisecondsDelay",
                    "The value needs to be either -1 (signifying an infinite timeout), 0, or a positive integer.");
        }
        Task<Object> task = new Task<>(false);
        if (millisecondsDelay >= 0) {
            CompletableFuture.delayedExecutor(millisecondsDelay, TimeUnit.MILLISECONDS)
                    .execute(() -> task.complete(null));
        }
        return task;
    }

    public static Task<Object> FromResult(Object result) {
        Task<Object> task = new WithResult<>(false, result == null ? Object.class : result.getClass());
        task.complete(result);
        return task;
    }

    public static Task<Object> getCompletedTask() {
        Task<Object> task = new Task<>(false);
        task.complete(null);
        return task;
    }

    /** Waits for every task; the failures are one AggregateException. */
    public static void WaitAll(Task<?>... tasks) {
        WhenAll(tasks).await(true);
    }

    /** Waits for the first task to end: its index. */
    public static int WaitAny(Task<?>... tasks) {
        ArgumentExceptions.notNull(tasks, "tasks");
        try {
            CompletableFuture.anyOf(tasks).exceptionally(failure -> null).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The operation was canceled.");
        } catch (ExecutionException e) {
            throw aggregate(e);
        }
        for (int i = 0; i < tasks.length; i++) {
            if (tasks[i].isDone()) {
                return i;
            }
        }
        return -1;
    }

    /** A task that ends when every task has ended, failing as the first failed one. */
    public static Task<Object> WhenAll(Task<?>... tasks) {
        ArgumentExceptions.notNull(tasks, "tasks");
        Task<Object> all = new Task<>(false);
        CompletableFuture.allOf(tasks).whenComplete((ignored, failure) -> {
            if (failure != null) {
                all.completeExceptionally(unwrapped(failure));
            } else {
                all.complete(null);
            }
        });
        return all;
    }

    /** Waits; a failure is an AggregateException ({@code aggregated}) or the failure itself. */
    private T await(boolean aggregated) {
        try {
            return get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The operation was canceled.");
        } catch (ExecutionException | CancellationException e) {
            if (!aggregated && unwrapped(e) instanceof RuntimeException failure) {
                throw failure;
            }
            throw aggregate(e);
        }
    }

    private static AggregateException aggregate(Exception e) {
        return new AggregateException(unwrapped(e));
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable inner = failure;
        while ((inner instanceof CompletionException || inner instanceof ExecutionException)
                && inner.getCause() != null) {
            inner = inner.getCause();
        }
        return inner;
    }
}
