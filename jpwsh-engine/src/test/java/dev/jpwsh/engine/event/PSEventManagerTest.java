package dev.jpwsh.engine.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.job.JobState;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceAvailability;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;
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
        await(() -> expected.equals(global(name)));
    }

    /** Waits up to 5 seconds for {@code condition}, and fails if it does not come true. */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        await(condition, () -> "");
    }

    /** The same, saying what was awaited when it fails. */
    private static void await(BooleanSupplier condition, Supplier<String> what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), () -> "not within 5 seconds: " + what.get());
    }

    /** The identifiers of the events named {@code sourceIdentifier} still in {@code manager}'s queue. */
    private static List<Integer> queuedIds(PSEventManager manager, String sourceIdentifier) {
        return manager.getReceivedEvents().stream().filter(e -> e.getSourceIdentifier().equals(sourceIdentifier))
                .map(PSEventArgs::getEventIdentifier).toList();
    }

    /** A runspace whose events {@code count} an action for identifier E outputs, by event identifier. */
    private static PSEventSubscriber openWithCountingAction(Runspace target) {
        target.open();
        return target.getEvents().subscribe(EventSubscription.engineEvent("E",
                ScriptBlock.Create("$Event.EventIdentifier"), false, false, 0));
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
        assertEquals(JobState.Stopped, subscriber.getAction().getState());
    }

    /** Closing the runspace raises PowerShell.Exiting and runs its action before the subscriptions end. */
    @Test
    void closeRunsTheExitingAction() {
        PSEventSubscriber subscriber = events.subscribe(engineEvent(PSEventManager.EXITING, "'bye'", false, 0));
        runspace.close();
        assertEquals(List.of("bye"), subscriber.getAction().getOutput().readAll());
        assertTrue(events.getSubscribers().isEmpty());
    }

    /** An action queued but not run yet when the runspace closes runs during Close; then its job is Stopped. */
    @Test
    void closeRunsActionsStillPending() throws InterruptedException {
        PSEventSubscriber subscriber = events.subscribe(engineEvent("Late", "'late'", false, 0));
        PowerShell sleeper = PowerShell.create(runspace).addScript("[System.Threading.Thread]::Sleep(30000)");
        sleeper.beginInvoke();
        await(() -> runspace.getRunspaceAvailability() == RunspaceAvailability.Busy,
                () -> "busy; the invocation is " + sleeper.getInvocationStateInfo().getState() + " "
                        + sleeper.getInvocationStateInfo().getReason() + ", the runspace "
                        + runspace.getRunspaceStateInfo().getState());
        events.GenerateEvent("Late", null, null, null, true, false);

        runspace.close();

        assertEquals(List.of("late"), subscriber.getAction().getOutput().readAll());
        assertEquals(JobState.Stopped, subscriber.getAction().getState());
        assertFalse(events.hasPendingActions());
    }

    /** 1,000 times: the actions of events another thread generated just before Close all run, each exactly once. */
    @Test
    @Timeout(60)
    void eventsGeneratedJustBeforeCloseRunExactlyOnce() throws InterruptedException {
        List<Object> expected = new ArrayList<>(IntStream.rangeClosed(1, 20).boxed().toList());
        for (int i = 0; i < 1000; i++) {
            Runspace target = RunspaceFactory.createRunspace();
            PSEventSubscriber subscriber = openWithCountingAction(target);
            PSEventManager manager = target.getEvents();
            Thread generator = Thread.ofPlatform().start(() -> {
                for (int n = 0; n < 20; n++) {
                    manager.GenerateEvent("E", null, null, null);
                }
            });
            generator.join();

            target.dispose();

            List<Object> ran = new ArrayList<>(subscriber.getAction().getOutput().readAll());
            ran.sort(null);
            assertEquals(expected, ran, "iteration " + i);
            assertEquals(List.of(), queuedIds(manager, "E"));
        }
    }

    /**
     * 1,000 times: of the events generated while the runspace closes, each has its action run exactly once or, once
     * the subscription has ended, is queued; none is lost and Close never hangs.
     */
    @Test
    @Timeout(60)
    void eventsRacingCloseAreNeitherLostNorDoubled() throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            Runspace target = RunspaceFactory.createRunspace();
            PSEventSubscriber subscriber = openWithCountingAction(target);
            PSEventManager manager = target.getEvents();
            Thread generator = Thread.ofPlatform().start(() -> {
                for (int n = 0; n < 20; n++) {
                    manager.GenerateEvent("E", null, null, null);
                    Thread.onSpinWait();
                }
            });

            target.dispose();
            generator.join();

            List<Object> ran = subscriber.getAction().getOutput().readAll();
            Set<Object> acted = new HashSet<>(ran);
            assertEquals(ran.size(), acted.size(), "an action ran twice in iteration " + i);
            await(() -> acted.size() + queuedIds(manager, "E").size() >= 20);
            List<Integer> queued = queuedIds(manager, "E");
            assertEquals(20, acted.size() + queued.size(), "iteration " + i);
            assertTrue(queued.stream().noneMatch(acted::contains), "an event both acted on and queued");
        }
    }

    /** A Java handler runs at once on the thread that processes the event; its events are not queued or acted on. */
    @Test
    void handlerRunsAtOnceOnTheProcessingThread() {
        List<PSEventArgs> seen = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        PSEventReceivedEventHandler handler = (sender, e) -> {
            seen.add(e);
            threads.add(Thread.currentThread());
        };
        PSEventSubscriber subscriber = events.subscribeEvent(null, null, "Java", null, handler, false, false);

        PSEventArgs event = events.GenerateEvent("Java", "me", null, null, true, false);

        assertEquals(List.of(event), seen);
        assertEquals(List.of(Thread.currentThread()), threads);
        assertSame(handler, subscriber.getHandlerDelegate());
        assertNull(subscriber.getAction());
        assertTrue(events.getReceivedEvents().isEmpty());
        assertFalse(events.hasPendingActions());
    }

    /** With the 4-argument GenerateEvent the handler runs on the dispatch thread, not on the generating one. */
    @Test
    void handlerOfAnAsynchronousEventRunsOnTheDispatchThread() throws Exception {
        CompletableFuture<Object> sender = new CompletableFuture<>();
        CompletableFuture<Thread> thread = new CompletableFuture<>();
        events.subscribeEvent(null, null, "Java", null, (s, e) -> {
            sender.complete(s);
            thread.complete(Thread.currentThread());
        }, false, false);

        events.GenerateEvent("Java", "from the test", null, null);

        assertEquals("from the test", sender.get(5, TimeUnit.SECONDS));
        assertNotSame(Thread.currentThread(), thread.get(5, TimeUnit.SECONDS));
    }

    /** A handler with a MaxTriggerCount of 2 gets two events; its subscription then ends and the third is queued. */
    @Test
    void handlerSubscriptionEndsAfterMaxTriggerCount() {
        AtomicInteger calls = new AtomicInteger();
        events.subscribeEvent(null, null, "Java", null, (s, e) -> calls.incrementAndGet(), false, false, 2);

        for (int i = 0; i < 3; i++) {
            events.GenerateEvent("Java", null, null, null, true, false);
        }

        assertEquals(2, calls.get());
        assertTrue(events.getSubscribers().isEmpty());
        assertEquals(List.of(3), queuedIds(events, "Java"));
    }

    /** The handlers of events generated just before Close have all run when Close returns. */
    @Test
    void handlersOfEarlierEventsRunBeforeCloseReturns() {
        AtomicInteger calls = new AtomicInteger();
        events.subscribeEvent(null, null, "Java", null, (s, e) -> calls.incrementAndGet(), false, false);
        for (int i = 0; i < 100; i++) {
            events.GenerateEvent("Java", null, null, null);
        }

        runspace.close();

        assertEquals(100, calls.get());
    }

    /** Nobody subscribed to PowerShell.OnIdle means no timer thread. */
    @Test
    void noOnIdleTimerWithoutSubscribers() {
        events.subscribe(engineEvent("Other", "1", false, 0));
        assertFalse(events.isOnIdleTimerRunning());
    }

    /** An idle runspace raises PowerShell.OnIdle again and again; the timer stops with the last subscriber. */
    @Test
    void onIdleRepeatsWhileSubscribedAndStopsAfter() throws InterruptedException {
        Semaphore raised = new Semaphore(0);
        PSEventSubscriber subscriber = events.subscribeEvent(null, null, PSEventManager.ON_IDLE, null,
                (s, e) -> raised.release(), false, false);
        assertTrue(events.isOnIdleTimerRunning());

        assertTrue(raised.tryAcquire(2, 5, TimeUnit.SECONDS), "OnIdle raised twice");
        events.unsubscribeEvent(subscriber);

        await(() -> !events.isOnIdleTimerRunning());
        Thread.sleep(200);
        raised.drainPermits();
        Thread.sleep(600);
        assertEquals(0, raised.availablePermits());
    }

    /** An OnIdle action runs on the idle runspace, pulsed like any other action. */
    @Test
    void onIdleActionRuns() throws InterruptedException {
        events.subscribe(engineEvent(PSEventManager.ON_IDLE, "$global:idle = 'yes'", false, 0));
        awaitGlobal("idle", "yes");
    }

    /** A busy runspace raises no OnIdle: a pipeline running resets the count of idle samples. */
    @Test
    void busyRunspaceRaisesNoOnIdle() {
        AtomicInteger raised = new AtomicInteger();
        AtomicInteger raisedWhileBusy = new AtomicInteger(-1);
        runspace.execute(this, () -> {
            events.subscribeEvent(null, null, PSEventManager.ON_IDLE, null, (s, e) -> raised.incrementAndGet(), false,
                    false);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            raisedWhileBusy.set(raised.get());
        }).join();
        assertEquals(0, raisedWhileBusy.get());
    }

    /** Closing the runspace ends the OnIdle timer's thread. */
    @Test
    void closeStopsTheOnIdleTimer() throws InterruptedException {
        events.subscribe(engineEvent(PSEventManager.ON_IDLE, "1", false, 0));
        assertTrue(events.isOnIdleTimerRunning());

        runspace.close();

        await(() -> !events.isOnIdleTimerRunning());
    }
}
