package dev.jpwsh.commands.core.parallel;

import dev.jpwsh.engine.runspaces.InitialSessionState;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.engine.runspaces.RunspaceState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The runspaces of one ForEach-Object -Parallel invocation: built from the caller's child session state (CreateDefault2
 * in the caller's language mode, see ChildSessions) with no host, named after the
 * task they are made for ({@code PSTask:<id>}), reused for later tasks unless -UseNewRunspace, all disposed at the
 * end. There are never more than the throttle limit, because no more tasks run at once and a runspace comes back
 * only when its task has ended. Used by one thread only: the
 * cmdlet's, or a -AsJob job's dispatcher.
 */
final class TaskRunspaces implements AutoCloseable {
    /**
     * A runspace for one task; {@code reused}: an earlier task opened it, so it needs a reset, else an open (a task
     * stopped before it began gives its runspace back unopened).
     */
    record Lease(Runspace runspace, boolean reused) {
    }

    private final boolean useNewRunspace;
    private final InitialSessionState session;
    private final Deque<Runspace> idle = new ArrayDeque<>();
    private final List<Runspace> made = new ArrayList<>();

    TaskRunspaces(boolean useNewRunspace, InitialSessionState session) {
        this.useNewRunspace = useNewRunspace;
        this.session = session;
    }

    Lease take(int taskId) {
        if (!idle.isEmpty()) {
            Runspace back = idle.pop();
            return new Lease(back, back.getRunspaceStateInfo().getState() != RunspaceState.BeforeOpen);
        }
        Runspace fresh = RunspaceFactory.createRunspace(session);
        fresh.setName("PSTask:" + taskId);
        made.add(fresh);
        return new Lease(fresh, false);
    }

    void giveBack(Runspace runspace) {
        if (useNewRunspace) {
            made.remove(runspace);
            runspace.dispose();
        } else {
            idle.push(runspace);
        }
    }

    @Override
    public void close() {
        made.forEach(Runspace::dispose);
        made.clear();
        idle.clear();
    }
}
