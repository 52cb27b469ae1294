package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.PSDataCollection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One invocation of a {@link PowerShell}'s commands, from Running to its final state: it finds the runspace to run
 * on (the calling pipeline's for a nested instance, the instance's own, or a member borrowed from its pool), runs the
 * statements there ({@link StatementBatch}), gives a borrowed member back and ends the invocation.
 *
 * <p>Made by the invoking thread once the instance is Running; its end runs on the pipeline's thread, or on the
 * invoking thread when the invocation is refused.
 */
final class Invocation {
    private final PowerShell shell;
    private final InvocationLifecycle lifecycle;
    private final StatementBatch batch;
    private final PSDataCollection<Object> output;
    private final CompletableFuture<Void> ended;

    Invocation(PowerShell shell, InvocationLifecycle lifecycle, StatementBatch batch, PSDataCollection<Object> output,
            CompletableFuture<Void> ended) {
        this.shell = shell;
        this.lifecycle = lifecycle;
        this.batch = batch;
        this.output = output;
        this.ended = ended;
    }

    /**
     * Starts the statements: at once on this thread when the instance is nested in the pipeline running here, else
     * on its runspace or on the member its pool assigns. A refusal found here ends the invocation and is thrown.
     *
     * @param nested whether the instance was made with RunspaceMode.CurrentRunspace
     * @param assigned the runspace the instance was given, which a nested instance runs in
     * @param callerWaits whether this thread only waits for the end, so that the instance's own runspace may run
     *     the statements on it
     */
    void start(boolean nested, Runspace assigned, boolean callerWaits) {
        RunspacePool pool = shell.getRunspacePool();
        if (nested && assigned.isRunningOnCurrentThread()) {
            runNested(assigned);
            return;
        }
        if (nested && assigned.isBusy()) {
            RuntimeException refused = RunspaceErrors.nestedWithoutParent();
            end(refused);
            throw refused;
        }
        if (pool == null) {
            try {
                launch(null, shell.getRunspace(), callerWaits);
            } catch (RuntimeException refused) {
                end(refused);
                throw refused;
            }
            return;
        }
        startOnMemberOf(pool);
    }

    /** A nested pipeline: runs at once on the calling pipeline's thread, in the same session. */
    private void runNested(Runspace parent) {
        try {
            batch.run(parent);
            end(null);
        } catch (RuntimeException failure) {
            end(failure);
        }
    }

    /** Asks {@code pool} for a member and launches on it once assigned, unless a stop came meanwhile. */
    private void startOnMemberOf(RunspacePool pool) {
        CompletableFuture<Runspace> member;
        try {
            member = pool.request();
        } catch (RuntimeException refused) {
            end(refused);
            throw refused;
        }
        lifecycle.waitingFor(member);
        member.whenComplete((assigned, unavailable) -> {
            lifecycle.waitingFor(null);
            if (unavailable != null) {
                end(unavailable instanceof CompletionException c ? c.getCause() : unavailable);
            } else if (lifecycle.isStopRequested()) {
                pool.release(assigned);
                end(null);
            } else {
                try {
                    launch(pool, assigned, false);
                } catch (RuntimeException refused) {
                    pool.release(assigned);
                    end(refused);
                }
            }
        });
    }

    /** Runs the statements on {@code member}; when they end, gives it back to {@code from} (if a pool) and ends. */
    private void launch(RunspacePool from, Runspace member, boolean callerWaits) {
        if (from != null) {
            shell.borrow(member);
        }
        CompletableFuture<Void> done = member.execute(shell, () -> runUnlessStopping(member), callerWaits);
        if (lifecycle.state() == PSInvocationState.Stopping) {
            // a stop that came before execute occupied the runspace found nothing to interrupt: it is passed on now
            // (the stop moves to Stopping before it looks for the pipeline, and execute occupies before this check)
            member.interrupt(shell);
        }
        done.whenComplete((ignored, failure) -> {
            shell.giveBack(from, member);
            end(failure);
        });
    }

    /**
     * Runs the statements on {@code member}, which this invocation occupies now, unless a stop came before: that stop
     * moved the state to Stopping before it looked for the pipeline to interrupt, and may have looked before the
     * pipeline occupied the runspace; a stop that comes later finds it.
     */
    private void runUnlessStopping(Runspace member) {
        if (lifecycle.state() == PSInvocationState.Stopping) {
            throw RunspaceErrors.stopped();
        }
        batch.run(member);
    }

    private void end(Throwable failure) {
        output.complete();
        lifecycle.end(failure, ended);
    }
}
