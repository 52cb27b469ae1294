package dev.jpwsh.engine.event;

import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceState;
import dev.jpwsh.engine.runspaces.RunspaceStateEventArgs;
import dev.jpwsh.engine.runspaces.StateInfo;
import dev.jpwsh.engine.types.dotnet.ElapsedEventArgs;
import dev.jpwsh.engine.types.dotnet.Timer;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The .NET events Register-ObjectEvent can subscribe to, one line per source type: a runspace's StateChanged
 * and a timer's Elapsed. {@link #attach} adds a listener that hands each occurrence to {@code raise} as
 * (sender, event args) and returns what removes it again.
 */
final class ObjectEventSources {
    private ObjectEventSources() {
    }

    static Runnable attach(Object source, String eventName, BiConsumer<Object, Object> raise) {
        if (source instanceof Runspace runspace && eventName.equalsIgnoreCase("StateChanged")) {
            Consumer<StateInfo<RunspaceState>> listener =
                    info -> raise.accept(runspace, new RunspaceStateEventArgs(info));
            runspace.addStateChangedListener(listener);
            return () -> runspace.removeStateChangedListener(listener);
        }
        if (source instanceof Timer timer && eventName.equalsIgnoreCase("Elapsed")) {
            Consumer<ElapsedEventArgs> listener = args -> raise.accept(timer, args);
            timer.addElapsedListener(listener);
            return () -> timer.removeElapsedListener(listener);
        }
        throw EventErrors.eventNotFound("RegisterObjectEventCommand", source, eventName);
    }
}
