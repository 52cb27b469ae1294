package dev.jpwsh.engine.runspaces;

import static dev.jpwsh.engine.runspaces.PSErrorAssert.assertPSError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.engine.event.EventSubscription;
import dev.jpwsh.engine.event.PSEventManager;
import dev.jpwsh.engine.event.PSEventSubscriber;
import dev.jpwsh.engine.exec.ScriptBlock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Spec 1.6 step 8: closing the process's primary runspace (the console's) disposes every other open runspace. */
class PrimaryRunspaceTest {
    private final List<Runspace> created = new ArrayList<>();

    private Runspace open() {
        Runspace runspace = RunspaceFactory.createRunspace();
        created.add(runspace);
        runspace.open();
        return runspace;
    }

    @AfterEach
    void disposeAll() {
        created.forEach(Runspace::dispose);
        assertThat(Runspace.getPrimaryRunspace()).as("no primary left behind").isNull();
    }

    /** Closing the primary runspace disposes the other Opened runspaces and leaves the unopened ones alone. */
    @Test
    void closingThePrimaryDisposesTheOtherOpenRunspaces() {
        Runspace primary = open();
        Runspace other = open();
        Runspace unopened = RunspaceFactory.createRunspace();
        created.add(unopened);
        Runspace.setPrimaryRunspace(primary);

        primary.close();

        assertThat(other.getRunspaceStateInfo().getState()).isEqualTo(RunspaceState.Closed);
        assertThat(other.isDisposed()).isTrue();
        assertThat(Runspace.all()).doesNotContain(other).contains(primary, unopened);
        assertThat(unopened.getRunspaceStateInfo().getState()).isEqualTo(RunspaceState.BeforeOpen);
        assertThat(Runspace.getPrimaryRunspace()).isNull();
    }

    /** The other runspaces close properly: their PowerShell.Exiting actions run. */
    @Test
    void theOtherRunspacesRunTheirExitingActions() {
        Runspace primary = open();
        Runspace other = open();
        PSEventSubscriber subscriber = other.getEvents().subscribe(EventSubscription.engineEvent(
                PSEventManager.EXITING, ScriptBlock.Create("'other exits'"), false, false, 0));
        Runspace.setPrimaryRunspace(primary);

        primary.dispose();

        assertThat(subscriber.getAction().getOutput()).containsExactly("other exits");
    }

    /** Closing an ordinary runspace leaves the others open. */
    @Test
    void closingAnOrdinaryRunspaceLeavesTheOthersOpen() {
        Runspace ordinary = open();
        Runspace other = open();

        ordinary.close();

        assertThat(other.getRunspaceStateInfo().getState()).isEqualTo(RunspaceState.Opened);
    }

    /** A second primary while the first is still open is refused with PrimaryRunspaceAlreadySet. */
    @Test
    void onlyOnePrimaryAtATime() {
        Runspace primary = open();
        Runspace second = open();
        Runspace.setPrimaryRunspace(primary);

        assertPSError(() -> Runspace.setPrimaryRunspace(second), "PrimaryRunspaceAlreadySet",
                "System.Management.Automation.PSInvalidOperationException");
        assertThat(Runspace.getPrimaryRunspace()).isSameAs(primary);
        primary.close();
    }

    /** Once the primary has closed, another runspace may be marked (one console session after another). */
    @Test
    void theMarkGoesWithTheClose() {
        Runspace first = open();
        Runspace.setPrimaryRunspace(first);
        first.close();
        Runspace next = open();

        Runspace.setPrimaryRunspace(next);

        assertThat(Runspace.getPrimaryRunspace()).isSameAs(next);
        next.close();
    }
}
