package dev.jpwsh.commands.core.parallel;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.MessageStreams;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.runspaces.InitialSessionState;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One ForEach-Object -Parallel call: starts a task per input, at most {@code throttleLimit} at once, and writes what
 * the tasks report, on the cmdlet's thread, in the order it arrives. While it waits for a free slot or for the last
 * tasks, it keeps writing.
 *
 * <p>States: accepting (inputs start tasks) -> timed out (the deadline passed: running tasks are told to stop, later
 * inputs are dropped) -> closed (every runspace disposed). {@link #finish} and {@link #close} may come in either of
 * the first two. Everything here is confined to the cmdlet's thread except {@link #events}, which the tasks fill.
 */
public final class ParallelInvocation implements AutoCloseable {
    private final String script;
    private final Map<String, Object> usingValues;
    private final int throttleLimit;
    /** {@link System#nanoTime} after which the tasks are stopped; meaningless when {@link #hasDeadline} is false. */
    private final long deadline;
    private final boolean hasDeadline;
    private final Frame caller;
    private final Consumer<Object> output;
    private final Consumer<ErrorRecord> errors;
    private final TaskRunspaces runspaces;
    /** Filled by the tasks' threads, emptied by the cmdlet's. */
    private final BlockingQueue<TaskEvent> events = new LinkedBlockingQueue<>();
    private final Set<ParallelTask> running = new HashSet<>();
    private boolean timedOut;

    /**
     * Reads the {@code $using:} values at once, in {@code caller}; {@code timeoutSeconds} 0 means no deadline.
     * {@code output} and {@code errors} write to the cmdlet's output and error streams.
     */
    public ParallelInvocation(String script, Frame caller, InitialSessionState session, int throttleLimit,
            int timeoutSeconds, boolean useNewRunspace, Consumer<Object> output, Consumer<ErrorRecord> errors) {
        this.script = script;
        this.usingValues = UsingValues.of(script, caller);
        this.throttleLimit = throttleLimit;
        this.hasDeadline = timeoutSeconds > 0;
        this.deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        this.caller = caller;
        this.output = output;
        this.errors = errors;
        this.runspaces = new TaskRunspaces(useNewRunspace, session);
    }

    /** Starts a task for {@code input} once fewer than the throttle limit run; dropped once timed out. */
    public void add(Object input) {
        while (running.size() >= throttleLimit && !timedOut) {
            handleNextEvent();
        }
        if (timedOut) {
            return;
        }
        ParallelTask task = new ParallelTask(script, input, usingValues,
                caller.context().location().currentFileSystemDirectory(), events::add);
        running.add(task);
        task.start(runspaces.take(task.id()));
        writeReported();
    }

    /** Waits for every task to end, writing what they report. */
    public void finish() {
        while (!running.isEmpty()) {
            handleNextEvent();
        }
        writeReported();
    }

    /** Stops the tasks still running, waits for them without writing, and disposes every runspace. */
    @Override
    public void close() {
        running.forEach(ParallelTask::stop);
        try {
            while (!running.isEmpty()) {
                if (events.take() instanceof TaskEvent.Finished finished) {
                    running.remove(finished.task());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            runspaces.close();
        }
    }

    private void writeReported() {
        for (TaskEvent event = events.poll(); event != null; event = events.poll()) {
            write(event);
        }
    }

    /** Waits for one event (or the deadline, which times the call out) and writes it. */
    private void handleNextEvent() {
        TaskEvent event;
        try {
            event = hasDeadline && !timedOut ? events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)
                    : events.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.forEach(ParallelTask::stop);
            throw RuntimeFailures.pipelineStopped();
        }
        if (event == null) {
            timedOut = true;
            running.forEach(ParallelTask::stop);
            return;
        }
        write(event);
    }

    private void write(TaskEvent event) {
        switch (event) {
            case TaskEvent.Output(Object value) -> output.accept(value);
            case TaskEvent.Error(Object record) -> {
                if (record instanceof ErrorRecord error) {
                    errors.accept(error);
                }
            }
            case TaskEvent.Message(int stream, Object record) -> MessageStreams.replay(caller, record);
            case TaskEvent.Finished(ParallelTask task, Throwable failure) -> {
                if (failure != null) {
                    errors.accept(ParallelErrors.taskFailed(failure));
                }
                running.remove(task);
                runspaces.giveBack(task.runspace());
            }
        }
    }
}
