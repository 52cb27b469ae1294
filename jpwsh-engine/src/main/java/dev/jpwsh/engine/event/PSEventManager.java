package dev.jpwsh.engine.event;

import dev.jpwsh.engine.job.JobRepository;
import dev.jpwsh.engine.event.ActionQueue.PendingAction;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.FlowSignal;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.PendingActions;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.SystemStatics.Guid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * One session's engine events ({@code $runspace.Events}, {@code $ExecutionContext.Events}): it numbers new
 * events, dispatches them to subscribers, keeps the queue Get-Event and Wait-Event read, and runs subscribers'
 * actions on the session's own pipeline thread.
 *
 * <p>Dispatching a new event (on the generating thread, or on the manager's dispatch thread for the 4-argument
 * GenerateEvent): every subscriber whose source identifier matches takes it; one with an action queues that
 * action, one with a Java handler has it called at once on the dispatching thread, one with {@code -Forward}
 * swallows it (no client consumes forwarded events of a local runspace). An event no action, handler or
 * forwarder took goes to the queue, so events need no registration at all.
 *
 * <p>Queued actions ({@link ActionQueue}) run, at most one at a time and never nested, where the session's thread
 * checks for them: {@link #checkpoint()} before each statement (two actions per statement), inside Wait-Event,
 * and when the runspace is idle, because queuing an action "pulses" it: a pulse thread asks the runspace to run
 * the actions as a pipeline of their own, and asks again every 100 ms while the runspace is busy and actions are
 * left. {@code PowerShell.OnIdle} has its own timer ({@link OnIdleTimer}).
 *
 * <p>Closing (spec 1.6 steps 2 and 6): {@link #raiseExiting()} queues {@code PowerShell.Exiting}; once the
 * runspace's pipelines have stopped, {@link #close()} dispatches every event generated before it, runs every
 * pending action on the closing thread and ends every subscription. An event that arrives while it closes has its
 * action run exactly once or, once its subscriber is gone, lands in the queue; none is lost or run twice.
 *
 * <p>Thread safety: {@code subscriptionLock} guards changes to {@code subscribers} (a copy-on-write list, read
 * freely), {@code closed}, and each dispatch's step from matching subscribers to queuing their actions, so that
 * an unsubscribe either comes before a dispatch (which then does not see the subscriber) or after its actions
 * are queued (and drains them). {@code received} is guarded by this, whose monitor also wakes Wait-Event;
 * {@code closed} is also volatile for lock-free readers; {@code owner} is volatile.
 */
@DotNetName("System.Management.Automation.PSLocalEventManager")
public final class PSEventManager implements PendingActions {
    /** The identifier of the event raised when the runspace closes. */
    public static final String EXITING = "PowerShell.Exiting";
    /** The identifier of the event raised while the runspace has been idle for a while. */
    public static final String ON_IDLE = "PowerShell.OnIdle";
    private static final int ACTIONS_PER_CHECKPOINT = 2;
    private static final long PULSE_RETRY_MILLIS = 100;
    private static final long WAIT_POLL_MILLIS = 200;
    private static final long COMPLETION_POLL_MILLIS = 250;

    private final ExecutionContext context;
    private final AtomicInteger lastEventId = new AtomicInteger();
    private final AtomicInteger lastSubscriptionId = new AtomicInteger();
    private final Object subscriptionLock = new Object();
    private final List<PSEventSubscriber> subscribers = new CopyOnWriteArrayList<>();
    private final List<PSEventArgs> received = new ArrayList<>();
    private final ActionQueue actions = new ActionQueue(this::invoke);
    private final SerialWorker dispatcher = new SerialWorker("event dispatch");
    private final SerialWorker pulser = new SerialWorker("event pulse");
    private final OnIdleTimer onIdle = new OnIdleTimer(this::runspaceIdle,
            () -> GenerateEvent(ON_IDLE, null, new Object[0], null));
    private volatile EventOwner owner = EventOwner.NONE;
    private volatile boolean closed;

    /**
     * The event manager of the session {@code context}. Until {@link #attach} its events carry the empty RunspaceId and
     * nothing pulses the idle runspace.
     *
     * @param context the session whose jobs list the action jobs and whose errors posted callbacks report
     */
    public PSEventManager(ExecutionContext context) {
        this.context = context;
    }

    /** {@return the engine events of the session {@code context}} */
    public static PSEventManager of(ExecutionContext context) {
        return context.service(PSEventManager.class);
    }

    /**
     * Called by the runspace that owns the session as it opens: whose events these are, and how to pulse it.
     *
     * @param owner the runspace: its InstanceId goes into events, actions run with it as the default runspace, and
     *     it runs the pending actions when it is idle
     */
    public void attach(EventOwner owner) {
        this.owner = owner;
    }

    // ---- generating events ----

    /**
     * Creates the event and returns it at once; it is dispatched on another thread.
     *
     * @param sourceIdentifier what subscriptions and Get-Event match
     * @param sender the object that raised the event, or null
     * @param args the event's arguments (SourceArgs); null for none
     * @param extraData the event's MessageData
     * @return the new event, which subscribers may not have seen yet
     */
    public PSEventArgs GenerateEvent(String sourceIdentifier, Object sender, Object[] args, Object extraData) {
        return GenerateEvent(sourceIdentifier, sender, args, extraData, false, false);
    }

    /**
     * Creates the event; dispatches it on this thread when {@code processInCurrentThread}, and then, when
     * {@code waitForCompletionInCurrentThread}, blocks until the actions it queued have run.
     *
     * @param sourceIdentifier what subscriptions and Get-Event match
     * @param sender the object that raised the event, or null
     * @param args the event's arguments (SourceArgs); null for none
     * @param extraData the event's MessageData
     * @param processInCurrentThread dispatch on this thread before returning (New-Event does); false for the dispatch
     *     thread
     * @param waitForCompletionInCurrentThread with {@code processInCurrentThread}, also wait for the queued actions,
     *     running them here when this is the session's thread; an interrupt ends the wait early. Ignored otherwise.
     * @return the new event
     */
    public PSEventArgs GenerateEvent(String sourceIdentifier, Object sender, Object[] args, Object extraData,
            boolean processInCurrentThread, boolean waitForCompletionInCurrentThread) {
        PSEventArgs event = new PSEventArgs(lastEventId.incrementAndGet(), owner.instanceId(), sourceIdentifier,
                sender, args, extraData);
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

    /**
     * Hands {@code event} to its subscribers (see the class comment) and returns the actions it queued. Handlers
     * run after the subscribers are matched, outside the lock; a handler's exception goes to the dispatching
     * thread, and the handlers after it miss the event.
     */
    private List<PendingAction> dispatch(PSEventArgs event) {
        List<PendingAction> queued = new ArrayList<>();
        List<PSEventSubscriber> handlers = new ArrayList<>();
        List<PSEventSubscriber> others = new ArrayList<>();
        synchronized (subscriptionLock) {
            for (PSEventSubscriber subscriber : subscribers) {
                if (!subscriber.takes(event) || !subscriber.trigger()) {
                    continue;
                }
                if (subscriber.getAction() != null) {
                    queued.add(new PendingAction(subscriber, event));
                } else if (subscriber.getHandlerDelegate() != null) {
                    handlers.add(subscriber);
                } else {
                    others.add(subscriber);
                }
            }
            actions.addAll(queued);
        }
        boolean forwarded = others.stream().anyMatch(PSEventSubscriber::getForwardEvent);
        if (queued.isEmpty() && handlers.isEmpty() && !forwarded) {
            enqueue(event);
        }
        for (PSEventSubscriber handler : handlers) {
            handler.getHandlerDelegate().invoke(event.getSender(), event);
            handled(handler);
        }
        others.forEach(this::handled);
        if (!queued.isEmpty()) {
            wakeWaiters();
            pulser.submit(this::pulse);
        }
        return queued;
    }

    /** One event of {@code subscriber}'s has been dealt with: its {@code -MaxTriggerCount} may end it now. */
    private void handled(PSEventSubscriber subscriber) {
        if (subscriber.handled()) {
            unsubscribeEvent(subscriber);
        }
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
                    actions.runSome(Integer.MAX_VALUE);
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
        return owner.isCurrentThread();
    }

    private boolean runspaceIdle() {
        return owner.isIdle();
    }

    // ---- running actions ----

    /** A statement checkpoint: runs up to two pending actions. Cheap when none are pending. */
    @Override
    public void checkpoint() {
        actions.runSome(ACTIONS_PER_CHECKPOINT);
    }

    /** Runs every pending action now, on this thread, unless actions are already running. */
    public void runPendingActions() {
        actions.runSome(Integer.MAX_VALUE);
    }

    @Override
    public boolean hasPendingActions() {
        return !actions.isEmpty();
    }

    /**
     * Runs one queued action as the runspace's default runspace (pwsh does the same, so that an action run on the
     * closing thread still belongs to its own runspace), then counts its event as handled.
     */
    private void invoke(PendingAction action) {
        owner.runAsDefault(action.work());
        action.done().complete(null);
        if (action.subscriber() != null) {
            handled(action.subscriber());
        }
    }

    /** The pulse: asks the idle runspace to run the pending actions, again every 100 ms while some are left. */
    private void pulse() {
        while (!actions.isEmpty() && !closed) {
            owner.tryRunWhenIdle(this::runPendingActions);
            if (actions.isEmpty()) {
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

    /**
     * {@code ReceivedEvents}: the queued events, oldest first.
     *
     * @return a copy; changing it does not change the queue
     */
    public synchronized List<PSEventArgs> getReceivedEvents() {
        return List.copyOf(received);
    }

    /**
     * Remove-Event: takes {@code event} out of the queue.
     *
     * @param event the queued event
     * @return whether it was queued
     */
    public synchronized boolean removeEvent(PSEventArgs event) {
        return received.remove(event);
    }

    /**
     * Wait-Event: the oldest queued event {@code wanted} accepts, waiting up to {@code timeoutMillis} (negative:
     * for ever) and running pending actions meanwhile; null on timeout. The event stays queued.
     *
     * @param wanted which events end the wait
     * @param timeoutMillis the longest wait in milliseconds; negative for no limit
     * @return the event, or null when the time ran out
     * @throws InterruptedException when the thread is interrupted while it waits (a pipeline stop)
     */
    public PSEventArgs waitForEvent(Predicate<PSEventArgs> wanted, long timeoutMillis) throws InterruptedException {
        long deadline = timeoutMillis < 0 ? Long.MAX_VALUE : System.nanoTime() / 1_000_000 + timeoutMillis;
        while (true) {
            actions.runSome(Integer.MAX_VALUE);
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

    /**
     * Runs {@code block} with {@code args} once, in the scope it was made in, on this session's thread: right away
     * when called there, else as a pending action (at the next checkpoint or, when idle, through the pulse). How
     * a callback that another thread makes reaches the runspace whose script block it is.
     *
     * @param block the script block; its errors are reported as the session's
     * @param args its arguments, bound as a delegate's are
     */
    @Override
    public void post(ScriptBlock block, Object... args) {
        if (onSessionThread()) {
            runCallback(block, args);
            return;
        }
        actions.addAll(List.of(new PendingAction(() -> runCallback(block, args))));
        pulser.submit(this::pulse);
    }

    /** A posted callback's errors are the session's, shown as its other errors are; a stop requeues it. */
    private void runCallback(ScriptBlock block, Object[] args) {
        try {
            block.invokeAsDelegate(Arrays.asList(args));
        } catch (PSException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            context.reportError(e.record());
        } catch (FlowSignal ignored) {
            // exit, break or continue outside a loop only ends the callback
        }
    }

    /**
     * {@code Subscribers}: every subscription, including support ones.
     *
     * @return a copy, in the order the subscriptions were made
     */
    public List<PSEventSubscriber> getSubscribers() {
        return List.copyOf(subscribers);
    }

    /**
     * {@code SubscribeEvent} with a .NET-style handler: {@code handlerDelegate} gets each event at once, on the
     * thread that processes it; such events are neither queued nor acted on. {@code source} null subscribes to
     * engine events of {@code sourceIdentifier}.
     *
     * @param source the object whose event to take, or null for engine events
     * @param eventName the name of that object's event; ignored for engine events
     * @param sourceIdentifier the identifier the events carry; null for a new GUID
     * @param data the MessageData of the object's events
     * @param handlerDelegate the handler
     * @param supportEvent hide the subscription from Get-EventSubscriber and Unregister-Event without {@code -Force}
     * @param forwardEvent recorded as ForwardEvent; the handler still takes the events
     * @return the subscription
     * @throws PSException INVALID_REGISTRATION when jpwsh cannot listen to that event of {@code source};
     *     EventManagerClosed once the runspace has closed
     */
    public PSEventSubscriber subscribeEvent(Object source, String eventName, String sourceIdentifier, Object data,
            PSEventReceivedEventHandler handlerDelegate, boolean supportEvent, boolean forwardEvent) {
        return subscribeEvent(source, eventName, sourceIdentifier, data, handlerDelegate, supportEvent, forwardEvent,
                0);
    }

    /**
     * As above, ending the subscription after {@code maxTriggerCount} events (0 or less: never).
     *
     * @param source the object whose event to take, or null for engine events
     * @param eventName the name of that object's event; ignored for engine events
     * @param sourceIdentifier the identifier the events carry; null for a new GUID
     * @param data the MessageData of the object's events
     * @param handlerDelegate the handler
     * @param supportEvent hide the subscription from Get-EventSubscriber and Unregister-Event without {@code -Force}
     * @param forwardEvent recorded as ForwardEvent; the handler still takes the events
     * @param maxTriggerCount how many events the subscription takes before it ends; 0 or less for no limit
     * @return the subscription
     * @throws PSException INVALID_REGISTRATION when jpwsh cannot listen to that event of {@code source};
     *     EventManagerClosed once the runspace has closed
     */
    public PSEventSubscriber subscribeEvent(Object source, String eventName, String sourceIdentifier, Object data,
            PSEventReceivedEventHandler handlerDelegate, boolean supportEvent, boolean forwardEvent,
            int maxTriggerCount) {
        String identifier = sourceIdentifier != null ? sourceIdentifier : Guid.NewGuid().toString();
        return subscribe(new EventSubscription(identifier, source, eventName, null, handlerDelegate, data,
                supportEvent, forwardEvent, maxTriggerCount));
    }

    /**
     * Adds a subscription. With an action, its job is created and, unless it is a support event, listed by
     * Get-Job. With a source object, a listener is attached that generates the events.
     *
     * @param request what to subscribe to, and how
     * @return the new subscription
     * @throws PSException INVALID_REGISTRATION when jpwsh cannot listen to the named event of the source object;
     *     EventManagerClosed once the runspace has closed
     */
    public PSEventSubscriber subscribe(EventSubscription request) {
        PSEventJob job = request.action() == null ? null
                : new PSEventJob(request.sourceIdentifier(), request.action(), context);
        Runnable detach = request.sourceObject() == null ? () -> { }
                : ObjectEventSources.attach(owner, request.sourceObject(), request.eventName(),
                        (sender, eventArgs) -> GenerateEvent(request.sourceIdentifier(), sender,
                                new Object[] {sender, eventArgs}, request.messageData()));
        PSEventSubscriber subscriber = new PSEventSubscriber(lastSubscriptionId.incrementAndGet(), request, job,
                detach);
        synchronized (subscriptionLock) {
            if (closed) {
                detach.run();
                throw EventErrors.managerClosed();
            }
            subscribers.add(subscriber);
            onIdle.setWanted(hasOnIdleSubscribers());
        }
        if (job != null && !request.supportEvent()) {
            JobRepository.of(context).add(job);
        }
        return subscriber;
    }

    /**
     * {@code UnsubscribeEvent}: no more events reach the subscription, its pending actions run on this thread
     * (after the current one, when called from inside an action), and its job stops, even when a stop of this
     * thread cuts the draining short. Queued events stay.
     *
     * @param subscriber the subscription; nothing happens when it has already ended
     */
    public void unsubscribeEvent(PSEventSubscriber subscriber) {
        synchronized (subscriptionLock) {
            if (!subscribers.remove(subscriber)) {
                return;
            }
            onIdle.setWanted(hasOnIdleSubscribers());
        }
        subscriber.detach();
        try {
            actions.drain(subscriber);
        } finally {
            if (subscriber.getAction() != null) {
                subscriber.getAction().stopped();
            }
        }
    }

    /** Ends the subscription whose action {@code job} is, if it still exists. */
    void unsubscribeJob(PSEventJob job) {
        for (PSEventSubscriber subscriber : subscribers) {
            if (subscriber.getAction() == job) {
                unsubscribeEvent(subscriber);
            }
        }
    }

    /** Whether the OnIdle timer should run; called under the subscription lock. */
    private boolean hasOnIdleSubscribers() {
        return !closed && subscribers.stream().anyMatch(s -> s.getSourceObject() == null
                && s.getSourceIdentifier().equalsIgnoreCase(ON_IDLE));
    }

    /** Whether the OnIdle timer's thread runs, for tests. */
    boolean isOnIdleTimerRunning() {
        return onIdle.isSampling();
    }

    // ---- closing ----

    /** The runspace starts closing: {@code PowerShell.Exiting} is queued, before its pipelines are stopped. */
    public void raiseExiting() {
        synchronized (subscriptionLock) {
            if (subscribers.isEmpty()) {
                return; // nobody can see it: the queue goes with the closing session
            }
        }
        GenerateEvent(EXITING, null, new Object[0], null, true, false);
    }

    /**
     * The runspace's pipelines have stopped: the events generated so far are dispatched, their pending actions
     * (Exiting's among them) run on this thread once an action running elsewhere has finished, and every
     * subscription ends, draining what arrived meanwhile. Later events are still queued, but no action runs. An
     * interrupt the closing thread already had waits until the end; one that arrives meanwhile stops the action it
     * hits, and the close goes on with the next subscription.
     */
    public void close() {
        boolean interrupted = Thread.interrupted();
        try {
            actions.reserveForCurrentThread();
            synchronized (subscriptionLock) {
                closed = true;
                onIdle.setWanted(false);
            }
            dispatcher.flush();
            runPastStop(actions::runAll);
            List<PSEventSubscriber> last;
            synchronized (subscriptionLock) {
                last = List.copyOf(subscribers);
            }
            for (PSEventSubscriber subscriber : last) {
                runPastStop(() -> unsubscribeEvent(subscriber));
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Runs one step of the close; a stop it meets ends that step only (the action it stopped is queued again). */
    private static void runPastStop(Runnable step) {
        try {
            step.run();
        } catch (PSException stopped) {
            // the closing thread was interrupted: the close goes on
        }
    }

    /** {@return the .NET type name, as PowerShell shows the object} */
    @Override
    public String toString() {
        return "System.Management.Automation.PSLocalEventManager";
    }
}
