package dev.jpwsh.engine.event;

import dev.jpwsh.engine.runspaces.DataAddedEventArgs;
import dev.jpwsh.engine.runspaces.PSDataCollection;
import dev.jpwsh.engine.runspaces.PSInvocationState;
import dev.jpwsh.engine.runspaces.PSInvocationStateChangedEventArgs;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceAvailability;
import dev.jpwsh.engine.runspaces.RunspaceAvailabilityEventArgs;
import dev.jpwsh.engine.runspaces.RunspacePool;
import dev.jpwsh.engine.runspaces.RunspacePoolStateChangedEventArgs;
import dev.jpwsh.engine.runspaces.RunspaceState;
import dev.jpwsh.engine.runspaces.RunspaceStateEventArgs;
import dev.jpwsh.engine.runspaces.StateInfo;
import dev.jpwsh.dotnet.threading.ElapsedEventArgs;
import dev.jpwsh.dotnet.threading.Timer;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

/**
 * The .NET events Register-ObjectEvent can subscribe to, one block per event: a runspace's StateChanged and
 * AvailabilityChanged, a pool's StateChanged, a PowerShell's InvocationStateChanged, a data collection's
 * DataAdded (its output and streams) and a timer's Elapsed. {@link #attach} adds a listener that hands each
 * occurrence to {@code raise} as (sender, event args) and returns what removes it again.
 */
final class ObjectEventSources {
    private ObjectEventSources() {
    }

    static Runnable attach(Object source, String eventName, BiConsumer<Object, Object> raise) {
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
        if (source instanceof PSDataCollection<?> collection && eventName.equalsIgnoreCase("DataAdded")) {
            return dataAdded(collection, raise);
        }
        if (source instanceof Timer timer && eventName.equalsIgnoreCase("Elapsed")) {
            Consumer<ElapsedEventArgs> listener = args -> raise.accept(timer, args);
            timer.addElapsedListener(listener);
            return () -> timer.removeElapsedListener(listener);
        }
        throw EventErrors.eventNotFound(source, eventName);
    }

    private static <T> Runnable dataAdded(PSDataCollection<T> collection, BiConsumer<Object, Object> raise) {
        ObjIntConsumer<T> listener = (item, index) -> raise.accept(collection, new DataAddedEventArgs(index));
        collection.addIndexedDataAddedListener(listener);
        return () -> collection.removeIndexedDataAddedListener(listener);
    }
}
