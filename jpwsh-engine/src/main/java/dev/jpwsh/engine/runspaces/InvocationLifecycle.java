package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.StateInfo;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The invocation state of one {@link PowerShell}, which its invocations and whoever stops it share: the
 * PSInvocationState machine, whether a stop was requested, HadErrors, and what a stop has to reach (the end of the
 * invocation that runs, and its pool request while it still waits for a runspace).
 *
 * <p>States and transitions (PSInvocationState), with the method that makes each:
 * <pre>
 * NotStarted, Completed, Failed, Stopped --invoke/beginInvoke--> Running              begin
 * Running  --commands ended----------------------> Completed                          end
 * Running  --terminating error, or no runspace---> Failed                             end
 * Running  --stop()------------------------------> Stopping --pipeline ended--> Stopped   stopRunning, end
 * NotStarted --stop()----------------------------> Stopping --> Stopped               stopUnstarted
 * </pre>
 * A Completed or Failed end that arrives while Stopping is reported as Stopped.
 *
 * <p>Thread safety: the state machine's monitor guards the state; the other fields are volatile, written by the
 * invoking thread, the pipeline's thread or a stopping thread.
 */
final class InvocationLifecycle {
    private static final Set<PSInvocationState> STARTABLE = EnumSet.of(PSInvocationState.NotStarted,
            PSInvocationState.Completed, PSInvocationState.Failed, PSInvocationState.Stopped);

    private final StateMachine<PSInvocationState> states = new StateMachine<>(PSInvocationState.NotStarted);
    private volatile boolean stopRequested;
    private volatile boolean hadErrors;
    /** The end of the invocation that runs now; completed at once when there is nothing to stop. */
    private volatile CompletableFuture<Void> running = CompletableFuture.completedFuture(null);
    /**
     * The pool request of an invocation still waiting for a runspace, so that a stop can cancel it (spec 2.4);
     * null otherwise. Written by the invoking thread, cleared when the request ends.
     */
    private volatile CompletableFuture<Runspace> pendingMember;

    PSInvocationState state() {
        return states.state();
    }

    StateInfo<PSInvocationState> info() {
        return states.info();
    }

    void addListener(Consumer<StateInfo<PSInvocationState>> listener) {
        states.addListener(listener);
    }

    void removeListener(Consumer<StateInfo<PSInvocationState>> listener) {
        states.removeListener(listener);
    }

    boolean isRunning() {
        PSInvocationState state = states.state();
        return state == PSInvocationState.Running || state == PSInvocationState.Stopping;
    }

    boolean isStopRequested() {
        return stopRequested;
    }

    boolean hadErrors() {
        return hadErrors;
    }

    /** An error record was written or a terminating error ended a statement. */
    void errorWritten() {
        hadErrors = true;
    }

    /**
     * Moves to Running for a new invocation and clears the flags of the last one; an invocation still running throws
     * ExecutionAlreadyStarted, one stopping ExecutionStopping.
     *
     * @return the future that {@link #end} completes, after the final state is set, with the failure if there was one
     */
    CompletableFuture<Void> begin() {
        if (!states.transition(STARTABLE, PSInvocationState.Running, null)) {
            throw states.state() == PSInvocationState.Stopping ? RunspaceErrors.executionStopping()
                    : RunspaceErrors.alreadyStarted();
        }
        hadErrors = false;
        stopRequested = false;
        CompletableFuture<Void> ended = new CompletableFuture<>();
        running = ended;
        return ended;
    }

    /** {@return whether the instance had never run and is now Stopped} */
    boolean stopUnstarted() {
        if (states.transition(EnumSet.of(PSInvocationState.NotStarted), PSInvocationState.Stopping, null)) {
            states.transition(EnumSet.of(PSInvocationState.Stopping), PSInvocationState.Stopped, null);
            return true;
        }
        return false;
    }

    /** {@return whether an invocation was running and is now Stopping, so that its pipeline must be interrupted} */
    boolean stopRunning() {
        if (states.transition(EnumSet.of(PSInvocationState.Running), PSInvocationState.Stopping, null)) {
            stopRequested = true;
            return true;
        }
        return false;
    }

    /** {@return a future that completes, never exceptionally, when the invocation that runs now has ended} */
    CompletableFuture<Void> whenEnded() {
        return running.handle((ignored, failure) -> null);
    }

    void waitingFor(CompletableFuture<Runspace> member) {
        pendingMember = member;
    }

    CompletableFuture<Runspace> pendingMember() {
        return pendingMember;
    }

    /**
     * Sets the final state: Completed or Failed, unless a stop was requested or arrives meanwhile (the
     * transition from Running then fails), in which case the end is reported as Stopped.
     */
    void end(Throwable failure, CompletableFuture<Void> ended) {
        if (failure != null) {
            hadErrors = true;
        }
        if (!stopRequested) {
            PSInvocationState outcome = failure == null ? PSInvocationState.Completed : PSInvocationState.Failed;
            if (states.transition(EnumSet.of(PSInvocationState.Running), outcome,
                    failure == null ? null : RunspaceErrors.forCaller(failure))) {
                if (failure == null) {
                    ended.complete(null);
                } else {
                    ended.completeExceptionally(failure);
                }
                return;
            }
        }
        states.transition(EnumSet.of(PSInvocationState.Stopping, PSInvocationState.Running),
                PSInvocationState.Stopped, RunspaceErrors.stopped());
        ended.complete(null);
    }
}
