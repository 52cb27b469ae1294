package dev.jpwsh.engine.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The event manager's dispatch rules and when actions run. Every test is bounded in time. */
@Timeout(10)
class PSEventManagerTest {
    private Runspace runspace;
    private PSEventManager events;

    @BeforeEach
    void open() {
        runspace = RunspaceFactory.createRunspace();
        runspace.open();
        events = runspace.getEvents();
    }

    @AfterEach
    void close() {
        runspace.dispose();
    }

    private EventSubscription engineEvent(String id, String action, boolean forward, int maxTriggerCount) {
        return EventSubscription.engineEvent(id, action == null ? null : ScriptBlock.Create(action), false, forward,
                maxTriggerCount);
    }

    private Object global(String name) {
        ExecutionContext context = runspace.context();
        var variable = context.global().lookup(name.toLowerCase(java.util.Locale.ROOT));
        return variable == null ? null : variable.value();
    }

    private void awaitGlobal(String name, Object expected) throws InterruptedException {
        while (!expected.equals(global(name))) {
            Thread.sleep(10);
        }
    }

    /** An event nobody subscribed to is queued, and identifiers count from 1. */
    @Test
    void unsubscribedEventsAreQueuedWithSequentialIds() {
        PSEventArgs first = events.GenerateEvent("A", null, null, null, true, false);
        PSEventArgs second = events.GenerateEvent("B", null, null, null, true, false);
        assertEquals(1, first.getEventIdentifier());
        assertEquals(2, second.getEventIdentifier());
        assertEquals(List.of(first, second), events.getReceivedEvents());
        assertEquals(runspace.getInstanceId(), first.getRunspaceId());
    }

    /** An event taken by an action is not queued; the action runs at the next checkpoint, not before. */
    @Test
    void actionEventsAreNotQueuedAndRunAtCheckpoints() {
        events.subscribe(engineEvent("Tick", "$global:ticks = $Event.EventIdentifier", false, 0));
        runspace.execute(this, () -> {
            events.GenerateEvent("tick", null, null, null, true, false);
            assertNull(global("ticks"));
            events.checkpoint();
        }).join();
        assertEquals(1, global("ticks"));
        assertTrue(events.getReceivedEvents().isEmpty());
    }

    /** A forwarding subscriber swallows the event: it is neither queued nor acted on. */
    @Test
    void forwardedEventsAreNotQueued() {
        events.subscribe(engineEvent("Remote", null, true, 0));
        events.GenerateEvent("Remote", null, null, null, true, false);
        assertTrue(events.getReceivedEvents().isEmpty());
        assertTrue(!events.hasPendingActions());
    }

    /** The 4-argument GenerateEvent dispatches on another thread; Wait-Event's wait sees the event arrive. */
    @Test
    void asynchronousEventsReachWaiters() throws InterruptedException {
        events.GenerateEvent("Later", null, new Object[] {"x"}, 42);
        PSEventArgs event = events.waitForEvent(e -> e.getSourceIdentifier().equals("Later"), 5000);
        assertEquals(42, event.getMessageData());
        assertNull(events.waitForEvent(e -> e.getSourceIdentifier().equals("Never"), 50));
    }

    /** An idle runspace is pulsed: the action runs without anyone reaching a checkpoint. */
    @Test
    void idleRunspaceRunsActions() throws InterruptedException {
        events.subscribe(engineEvent("Idle", "$global:ran = 'yes'", false, 0));
        events.GenerateEvent("Idle", null, null, null);
        awaitGlobal("ran", "yes");
    }

    /** A busy runspace runs actions at statement checkpoints of the running script. */
    @Test
    void busyRunspaceRunsActionsBetweenStatements() throws InterruptedException {
        events.subscribe(engineEvent("Stop", "$global:done = $true", false, 0));
        ScriptBlock loop = ScriptBlock.Create("while ($global:done -ne $true) { $null = 1 }; $global:loopEnded = 'yes'");
        var finished = runspace.execute(this, () -> {
            ExecutionContext context = runspace.context();
            loop.invoke(new Frame(context, context.global(), context.global()), List.of(), null, true, Pipe.NULL);
        });
        events.GenerateEvent("Stop", null, null, null);
        finished.join();
        assertEquals("yes", global("loopEnded"));
    }

    /** With a MaxTriggerCount of 1 the subscription ends once its action has run. */
    @Test
    void maxTriggerCountEndsTheSubscription() throws InterruptedException {
        PSEventSubscriber subscriber = events.subscribe(engineEvent("Once", "$global:once = 'ran'", false, 1));
        events.GenerateEvent("Once", null, null, null);
        awaitGlobal("once", "ran");
        while (!events.getSubscribers().isEmpty()) {
            Thread.sleep(10);
        }
        assertEquals(dev.jpwsh.engine.job.JobState.Stopped, subscriber.getAction().getState());
    }

    /** Closing the runspace raises PowerShell.Exiting and runs its action before the subscriptions end. */
    @Test
    void closeRunsTheExitingAction() {
        PSEventSubscriber subscriber = events.subscribe(engineEvent(PSEventManager.EXITING, "'bye'", false, 0));
        runspace.close();
        assertEquals(List.of("bye"), subscriber.getAction().getOutput().readAll());
        assertTrue(events.getSubscribers().isEmpty());
    }
}
