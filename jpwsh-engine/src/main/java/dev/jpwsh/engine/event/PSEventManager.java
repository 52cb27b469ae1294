package dev.jpwsh.engine.event;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.types.DotNetName;
import dev.jpwsh.engine.types.dotnet.SystemStatics.Guid;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * One session's engine events ({@code $runspace.Events}, {@code $ExecutionContext.Events}): it numbers new
 * events, dispatches them to subscribers, keeps the queue Get-Event and Wait-Event read, and runs subscribers'
 * actions on the session's own pipeline thread.
 *
 * <p>Dispatching a new event (on the generating thread, or on the manager's dispatch thread for the 4-argument
 * GenerateEvent): every subscriber whose source identifier matches takes it; one with an action queues that
 * action, one with {@code -Forward} swallows it (no client consumes forwarded events of a local runspace). An
 * event no action or forwarder took goes to the queue, so events need no registration at all.
 *
 * <p>Queued actions run, at most one at a time and never nested, where the session's thread checks for them:
 * {@link #checkpoint()} before each statement (two actions per statement), inside Wait-Event, and when the
 * runspace is idle, because queuing an action "pulses" it: a pulse thread asks the runspace to run the actions
 * as a pipeline of their own, and asks again every 100 ms while the runspace is busy and actions are left.
 * {@link #close()} raises {@code PowerShell.Exiting}, runs what is pending on the closing thread and ends every
 * subscription.
 *
 * <p>Thread safety: {@code received} is guarded by this, whose monitor also wakes Wait-Event; subscribers and
 * pending actions are concurrent collections; {@code runningActions} admits one action runner at a time;
 * {@code runspaceId}, {@code idleRunner} and {@code closed} are volatile.
 */
@DotNetName("System.Management.Automation.PSLocalEventManager")
public final class PSEventManager {
    /** The identifier of the event raised when the runspace closes. */
    public static final String EXITING = "PowerShell.Exiting";
    private static final int ACTIONS_PER_CHECKPOINT = 2;
    private static final long PULSE_RETRY_MILLIS = 100;
    private static final long WAIT_POLL_MILLIS = 200;
    private static final long COMPLETION_POLL_MILLIS = 250;

    /** Runs work as a pipeline of the runspace when it is idle; false when it is busy or not open. */
    @FunctionalInterface
    public interface IdleRunner {
        boolean tryRun(Runnable work);
    }

    /** An action waiting to run for one event; {@code done} completes once it has run. */
    private record PendingAction(PSEventSubscriber subscriber, PSEventArgs event, CompletableFuture<Void> done) {
    }

    private final ExecutionContext context;
    private final AtomicInteger lastEventId = new AtomicInteger();
    private final AtomicInteger lastSubscriptionId = new AtomicInteger();
    private final List<PSEventSubscriber> subscribers = new CopyOnWriteArrayList<>();
    private final List<PSEventArgs> received = new ArrayList<>();
    private final Queue<PendingAction> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean runningActions = new AtomicBoolean();
    private final SerialWorker dispatcher = new SerialWorker("event dispatch");
    private final SerialWorker pulser = new SerialWorker("event pulse");
    private volatile Guid runspaceId = Guid.Empty;
    private volatile IdleRunner idleRunner = work -> false;
    private volatile boolean closed;

    public PSEventManager(ExecutionContext context) {
        this.context = context;
    }

    /** Called by the runspace that owns the session as it opens: its id for events, and how to pulse it. */
    public void attach(Guid runspaceId, IdleRunner idleRunner) {
        this.runspaceId = runspaceId;
        this.idleRunner = idleRunner;
    }

    // ---- generating events ----

    /** Creates the event and returns it at once; it is dispatched on another thread. */
    public PSEventArgs GenerateEvent(String sourceIdentifier, Object sender, Object[] args, Object extraData) {
        return GenerateEvent(sourceIdentifier, sender, args, extraData, false, false);
    }

    /**
     * Creates the event; dispatches it on this thread when {@code processInCurrentThread}, and then, when
     * {@code waitForCompletionInCurrentThread}, blocks until the actions it queued have run.
     */
    public PSEventArgs GenerateEvent(String sourceIdentifier, Object sender, Object[] args, Object extraData,
            boolean processInCurrentThread, boolean waitForCompletionInCurrentThread) {
        PSEventArgs event = new PSEventArgs(lastEventId.incrementAndGet(), runspaceId, sourceIdentifier, sender,
                args, extraData);
        if (!processInCurrentThread) {
            dispatcher.submit(() -> dispatch(event));
            return event;
        }
        List<PendingAction> queued = dispatch(event);
        if (waitForCompletionInCurrentThread) {
            awaitActions(queued);
        }
        return event;
    }

    private List<PendingAction> dispatch(PSEventArgs event) {
        List<PendingAction> queued = new ArrayList<>();
        boolean forwarded = false;
        for (PSEventSubscriber subscriber : subscribers) {
            if (!subscriber.takes(event) || !subscriber.trigger()) {
                continue;
            }
            if (subscriber.getAction() != null) {
                queued.add(new PendingAction(subscriber, event, new CompletableFuture<>()));
            } else {
                forwarded |= subscriber.getForwardEvent();
                if (subscriber.exhausted()) {
                    unsubscribe(subscriber);
                }
            }
        }
        if (queued.isEmpty() && !forwarded) {
            enqueue(event);
        }
        if (!queued.isEmpty()) {
            pending.addAll(queued);
            wakeWaiters();
            pulser.submit(this::pulse);
        }
        return queued;
    }

    private synchronized void enqueue(PSEventArgs event) {
        received.add(event);
        notifyAll();
    }

    private synchronized void wakeWaiters() {
        notifyAll();
    }

    /** Blocks until {@code queued} have run, running actions itself every 250 ms when on the session's thread. */
    private void awaitActions(List<PendingAction> queued) {
        for (PendingAction action : queued) {
            while (!action.done().isDone()) {
                if (onSessionThread()) {
                    runActions(Integer.MAX_VALUE);
                }
                try {
                    action.done().get(COMPLETION_POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException notYet) {
                    // look again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private boolean onSessionThread() {
        Runspace current = Runspace.getDefaultRunspace();
        return current != null && current.getEvents() == this;
    }

    // ---- running actions ----

    /** A statement checkpoint: runs up to two pending actions. Cheap when none are pending. */
    public void checkpoint() {
        if (!pending.isEmpty()) {
            runActions(ACTIONS_PER_CHECKPOINT);
        }
    }

    /** Runs every pending action now, on this thread, unless actions are already running. */
    public void runPendingActions() {
        runActions(Integer.MAX_VALUE);
    }

    public boolean hasPendingActions() {
        return !pending.isEmpty();
    }

    private void runActions(int limit) {
        if (!runningActions.compareAndSet(false, true)) {
            return;
        }
        try {
            PendingAction action;
            for (int ran = 0; ran < limit && (action = pending.poll()) != null; ran++) {
                run(action);
            }
        } finally {
            runningActions.set(false);
        }
    }

    /** Runs one action; a pipeline stopped under it puts it back for the next checkpoint. */
    private void run(PendingAction action) {
        try {
            action.subscriber().getAction().run(action.event(), action.subscriber());
        } catch (PSException stopped) {
            pending.add(action);
            throw stopped;
        }
        action.done().complete(null);
        if (action.subscriber().exhausted()) {
            unsubscribe(action.subscriber());
        }
    }

    /** The pulse: asks the idle runspace to run the pending actions, again every 100 ms while some are left. */
    private void pulse() {
        while (!pending.isEmpty() && !closed) {
            idleRunner.tryRun(this::runPendingActions);
            if (pending.isEmpty()) {
                return;
            }
            try {
                Thread.sleep(PULSE_RETRY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    // ---- the event queue ----

    /** {@code ReceivedEvents}: the queued events, oldest first. */
    public synchronized List<PSEventArgs> getReceivedEvents() {
        return List.copyOf(received);
    }

    public synchronized boolean removeEvent(PSEventArgs event) {
        return received.remove(event);
    }

    /**
     * Wait-Event: the oldest queued event {@code wanted} accepts, waiting up to {@code timeoutMillis} (negative:
     * for ever) and running pending actions meanwhile; null on timeout. The event stays queued.
     */
    public PSEventArgs waitForEvent(Predicate<PSEventArgs> wanted, long timeoutMillis) throws InterruptedException {
        long deadline = timeoutMillis < 0 ? Long.MAX_VALUE : System.nanoTime() / 1_000_000 + timeoutMillis;
        while (true) {
            runActions(Integer.MAX_VALUE);
            synchronized (this) {
                for (PSEventArgs event : received) {
                    if (wanted.test(event)) {
                        return event;
                    }
                }
                long left = deadline - System.nanoTime() / 1_000_000;
                if (left <= 0) {
                    return null;
                }
                wait(Math.min(left, WAIT_POLL_MILLIS));
            }
        }
    }

    // ---- subscribers ----

    /** {@code Subscribers}: every subscription, including support ones. */
    public List<PSEventSubscriber> getSubscribers() {
        return List.copyOf(subscribers);
    }

    /**
     * Adds a subscription. With an action, its job is created and, unless it is a support event, listed by
     * Get-Job. With a source object, a listener is attached that generates the events.
     */
    public PSEventSubscriber subscribe(EventSubscription request) {
        if (closed) {
            throw EventErrors.managerClosed();
        }
        PSEventJob job = request.action() == null ? null
                : new PSEventJob(request.sourceIdentifier(), request.action(), context);
        Runnable detach = request.sourceObject() == null ? () -> { }
                : ObjectEventSources.attach(request.sourceObject(), request.eventName(),
                        (sender, eventArgs) -> GenerateEvent(request.sourceIdentifier(), sender,
                                new Object[] {sender, eventArgs}, request.messageData()));
        PSEventSubscriber subscriber = new PSEventSubscriber(lastSubscriptionId.incrementAndGet(), request, job,
                detach);
        subscribers.add(subscriber);
        if (job != null && !request.supportEvent()) {
            context.jobs().add(job);
        }
        return subscriber;
    }

    /**
     * Ends a subscription: no more events reach it, its pending actions run (unless this is inside an action),
     * and its job stops. Queued events stay.
     */
    public void unsubscribe(PSEventSubscriber subscriber) {
        if (!subscribers.remove(subscriber)) {
            return;
        }
        subscriber.detach();
        runActions(Integer.MAX_VALUE);
        if (subscriber.getAction() != null) {
            subscriber.getAction().stopped();
        }
    }

    /** Ends the subscription whose action {@code job} is, if it still exists. */
    void unsubscribeJob(PSEventJob job) {
        for (PSEventSubscriber subscriber : subscribers) {
            if (subscriber.getAction() == job) {
                unsubscribe(subscriber);
            }
        }
    }

    // ---- closing ----

    /** The runspace starts closing: {@code PowerShell.Exiting} is queued, before its pipelines are stopped. */
    public void raiseExiting() {
        GenerateEvent(EXITING, null, new Object[0], null, true, false);
    }

    /**
     * The runspace's pipelines have stopped: pending actions (Exiting's among them) run on this thread, and every
     * subscription ends. Later events are still queued, but no action runs any more.
     */
    public void close() {
        closed = true;
        runActions(Integer.MAX_VALUE);
        for (PSEventSubscriber subscriber : subscribers) {
            unsubscribe(subscriber);
        }
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PSLocalEventManager";
    }
}
