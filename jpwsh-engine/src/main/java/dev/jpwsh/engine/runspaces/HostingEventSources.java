package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.StateInfo;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The .NET events of the hosting API's objects that Register-ObjectEvent can subscribe to, one block per event: a
 * runspace's StateChanged and AvailabilityChanged, a pool's StateChanged, a PowerShell's InvocationStateChanged.
 * The engine events reach them through the session's {@link RunspaceEventOwner}.
 */
final class HostingEventSources {
    private HostingEventSources() {
    }

    /** Adds a listener handing each occurrence to {@code raise} as (sender, event args); null when there is no such event. */
    static Runnable listen(Object source, String eventName, BiConsumer<Object, Object> raise) {
        boolean stateChanged = eventName.equalsIgnoreCase("StateChanged");
        if (source instanceof Runspace runspace && stateChanged) {
            Consumer<StateInfo<RunspaceState>> listener =
                    info -> raise.accept(runspace, new RunspaceStateEventArgs(info));
            runspace.addStateChangedListener(listener);
            return () -> runspace.removeStateChangedListener(listener);
        }
        if (source instanceof Runspace runspace && eventName.equalsIgnoreCase("AvailabilityChanged")) {
            Consumer<RunspaceAvailability> listener =
                    availability -> raise.accept(runspace, new RunspaceAvailabilityEventArgs(availability));
            runspace.addAvailabilityChangedListener(listener);
            return () -> runspace.removeAvailabilityChangedListener(listener);
        }
        if (source instanceof RunspacePool pool && stateChanged) {
            Consumer<StateInfo<RunspaceState>> listener =
                    info -> raise.accept(pool, new RunspacePoolStateChangedEventArgs(info));
            pool.addStateChangedListener(listener);
            return () -> pool.removeStateChangedListener(listener);
        }
        if (source instanceof PowerShell shell && eventName.equalsIgnoreCase("InvocationStateChanged")) {
            Consumer<StateInfo<PSInvocationState>> listener =
                    info -> raise.accept(shell, new PSInvocationStateChangedEventArgs(info));
            shell.addInvocationStateChangedListener(listener);
            return () -> shell.removeInvocationStateChangedListener(listener);
        }
        return null;
    }
}
