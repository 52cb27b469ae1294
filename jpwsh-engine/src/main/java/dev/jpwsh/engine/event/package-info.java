/**
 * Engine events (spec 8): {@link dev.jpwsh.engine.event.PSEventManager}, one per session, numbers events,
 * dispatches them to {@link dev.jpwsh.engine.event.PSEventSubscriber}s and keeps the queue Get-Event reads.
 * A subscriber's script action runs as a {@link dev.jpwsh.engine.event.PSEventJob}, queued in an
 * {@link dev.jpwsh.engine.event.ActionQueue} and run on the session's pipeline thread at checkpoints, when the
 * idle runspace is pulsed, or on the closing thread when the runspace closes; a Java
 * {@link dev.jpwsh.engine.event.PSEventReceivedEventHandler} runs at once on the dispatching thread.
 * {@link dev.jpwsh.engine.event.OnIdleTimer} raises PowerShell.OnIdle; {@link dev.jpwsh.engine.event.SerialWorker}
 * gives the manager its dispatch and pulse threads (virtual, and only while there is work).
 *
 * <p>Threads: events come from any thread; actions run on one thread at a time (see ActionQueue); every class
 * says what guards its fields. Session services layer: uses the interpreter core (exec, command, scope), job and
 * the modules below the engine. The runspace that owns the events reaches it as an
 * {@link dev.jpwsh.engine.event.EventOwner} the hosting layer attaches; the manager is installed into its session
 * as the core's {@code exec.PendingActions}. {@link dev.jpwsh.engine.event.EventTypeRegistration} registers
 * the type names of its classes.
 */
package dev.jpwsh.engine.event;
