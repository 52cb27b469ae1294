package dev.jpwsh.engine.event;

import dev.jpwsh.engine.exec.PSException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The actions waiting to run, one per event an action subscriber took, and who may run them: one thread at a
 * time, never nested inside another action, each action exactly once. An action the pipeline stop interrupts
 * goes back to the end of the queue (pwsh re-queues on PipelineStoppedException) and the stop goes on up.
 *
 * <p>Thread safety: {@code pending} is a concurrent queue that anyone adds to, but actions are taken out only
 * by the thread holding {@code runner}, so taking and running are one step. A thread that already holds it is
 * inside an action and runs no more (nothing nests). {@code reservedFor} (volatile) is null until the session
 * closes, then the closing thread: from then on other threads finish the action they are running and start no
 * other, so the rest run on the closing thread.
 */
final class ActionQueue {
    /**
     * An action waiting to run: a subscriber's action for one event, or a callback posted to the session (no
     * subscriber); {@code done} completes once it has run.
     */
    record PendingAction(PSEventSubscriber subscriber, Runnable work, CompletableFuture<Void> done) {
        PendingAction(PSEventSubscriber subscriber, PSEventArgs event) {
            this(subscriber, () -> subscriber.getAction().run(event, subscriber), new CompletableFuture<>());
        }

        PendingAction(Runnable callback) {
            this(null, callback, new CompletableFuture<>());
        }
    }

    private final Queue<PendingAction> pending = new ConcurrentLinkedQueue<>();
    private final ReentrantLock runner = new ReentrantLock();
    private final Consumer<PendingAction> invoke;
    private volatile Thread reservedFor;

    /** {@code invoke} runs one action on the calling thread. */
    ActionQueue(Consumer<PendingAction> invoke) {
        this.invoke = invoke;
    }

    void addAll(List<PendingAction> actions) {
        pending.addAll(actions);
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /**
     * Runs up to {@code limit} actions, oldest first, on this thread; nothing when another thread is running
     * actions, when this one is inside an action, or when the session is closing and this is not its closing thread.
     */
    void runSome(int limit) {
        if (pending.isEmpty() || runner.isHeldByCurrentThread() || !runner.tryLock()) {
            return;
        }
        try {
            PendingAction action;
            for (int ran = 0; ran < limit && mayStart() && (action = pending.poll()) != null; ran++) {
                run(action);
            }
        } finally {
            runner.unlock();
        }
    }

    /** The session closes on this thread: from now on actions start only here. */
    void reserveForCurrentThread() {
        reservedFor = Thread.currentThread();
    }

    /**
     * Runs every pending action on this thread, once the thread running one now (if any) has finished it. Inside
     * an action it does nothing: the rest run on this thread after the current action.
     */
    void runAll() {
        if (runner.isHeldByCurrentThread()) {
            return;
        }
        runner.lock();
        try {
            for (PendingAction action = pending.poll(); action != null; action = pending.poll()) {
                run(action);
            }
        } finally {
            runner.unlock();
        }
    }

    /**
     * Runs the pending actions of {@code subscriber} on this thread, in order, leaving the others queued; waits
     * first for an action running on another thread. Inside an action it does nothing: they run after it.
     */
    void drain(PSEventSubscriber subscriber) {
        if (runner.isHeldByCurrentThread()) {
            return;
        }
        runner.lock();
        try {
            boolean found;
            do {
                found = false;
                for (PendingAction action : pending) {
                    if (action.subscriber() == subscriber && pending.remove(action)) {
                        found = true;
                        run(action);
                    }
                }
            } while (found);
        } finally {
            runner.unlock();
        }
    }

    private boolean mayStart() {
        Thread closing = reservedFor;
        return closing == null || closing == Thread.currentThread();
    }

    private void run(PendingAction action) {
        try {
            invoke.accept(action);
        } catch (PSException stopped) {
            pending.add(action);
            throw stopped;
        }
    }
}
