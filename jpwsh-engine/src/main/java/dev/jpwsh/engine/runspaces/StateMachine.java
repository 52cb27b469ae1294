package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.StateInfo;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The state of one runspace, pool or invocation. Transitions happen under the machine's monitor, which guards
 * {@code current} and {@code undelivered}; listeners are called after it is released, and an exception a listener
 * throws is swallowed so that it cannot corrupt the owner. Waiters block on the monitor until a wanted state
 * arrives. The owner's comment lists its states and transitions.
 *
 * <p>Listeners see the states in the order the transitions made them, even when two threads transition at once (an
 * open finishing on its thread while a close starts on another): each transition queues its state under the monitor,
 * then delivers the queue holding {@code delivery}, so whoever holds it calls the listeners for every queued state
 * in turn, and a transition returns only once its own state has been delivered. A listener that transitions the
 * same machine delivers inline ({@code delivery} is reentrant).
 */
final class StateMachine<S extends Enum<S>> {
    private final List<Consumer<StateInfo<S>>> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock delivery = new ReentrantLock();
    /** Guarded by this. */
    private StateInfo<S> current;
    /** The states whose listeners have not been called yet, oldest first. Guarded by this. */
    private final Queue<StateInfo<S>> undelivered = new ArrayDeque<>();

    StateMachine(S initial) {
        current = new StateInfo<>(initial, null);
    }

    synchronized StateInfo<S> info() {
        return current;
    }

    S state() {
        return info().state();
    }

    /** Moves to {@code to} when the state is one of {@code from}; false (and no event) otherwise. */
    boolean transition(Set<S> from, S to, Throwable reason) {
        StateInfo<S> next;
        synchronized (this) {
            if (!from.contains(current.state())) {
                return false;
            }
            next = new StateInfo<>(to, reason);
            current = next;
            undelivered.add(next);
            notifyAll();
        }
        delivery.lock();
        try {
            for (StateInfo<S> info = nextUndelivered(); info != null; info = nextUndelivered()) {
                fire(info);
            }
        } finally {
            delivery.unlock();
        }
        return true;
    }

    private synchronized StateInfo<S> nextUndelivered() {
        return undelivered.poll();
    }

    private void fire(StateInfo<S> info) {
        for (Consumer<StateInfo<S>> listener : listeners) {
            try {
                listener.accept(info);
            } catch (RuntimeException ignored) {
                // a subscriber's failure is its own; the transition has happened
            }
        }
    }

    /**
     * Blocks while the state is {@code passing} (Opening, before a close); an interrupt ends the wait early and
     * stays set on the thread.
     */
    synchronized void awaitLeaving(S passing) {
        try {
            while (current.state() == passing) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void addListener(Consumer<StateInfo<S>> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<StateInfo<S>> listener) {
        listeners.remove(listener);
    }
}
