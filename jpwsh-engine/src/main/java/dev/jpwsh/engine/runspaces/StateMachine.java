package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.StateInfo;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The state of one runspace, pool or invocation. Transitions happen under the machine's monitor, which guards
 * {@code current}; listeners are called after it is released, on the thread that made the transition, and an
 * exception a listener throws is swallowed so that it cannot corrupt the owner. Waiters block on the monitor
 * until a wanted state arrives. The owner's comment lists its states and transitions.
 */
final class StateMachine<S extends Enum<S>> {
    private final List<Consumer<StateInfo<S>>> listeners = new CopyOnWriteArrayList<>();
    /** Guarded by this. */
    private StateInfo<S> current;

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
            notifyAll();
        }
        for (Consumer<StateInfo<S>> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException ignored) {
                // a subscriber's failure is its own; the transition has happened
            }
        }
        return true;
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
