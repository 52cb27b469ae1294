package dev.jpwsh.engine.event;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * A handler for a Java subscription ({@code PSEventManager.subscribeEvent} with a handler instead of an action):
 * it gets each event its subscription takes, at once, on the thread that processes the event, so such events are
 * neither queued nor run as actions.
 */
@FunctionalInterface
@DotNetName("System.Management.Automation.PSEventReceivedEventHandler")
public interface PSEventReceivedEventHandler {
    /**
     * Takes one event, at once, on the thread that dispatches it: the generating thread, or the manager's dispatch
     * thread for the 4-argument GenerateEvent. An exception it throws goes to that thread, and the handlers after it
     * miss the event.
     *
     * @param sender the event's Sender
     * @param e the event
     */
    void invoke(Object sender, PSEventArgs e);
}
