package dev.jpwsh.engine.event;

import dev.jpwsh.dotnet.threading.ElapsedEventArgs;
import dev.jpwsh.dotnet.threading.Timer;
import dev.jpwsh.engine.exec.DataAddedEventArgs;
import dev.jpwsh.engine.exec.PSDataCollection;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

/**
 * The .NET events Register-ObjectEvent can subscribe to: those of the hosting API's objects (a runspace's
 * StateChanged and AvailabilityChanged, a pool's StateChanged, a PowerShell's InvocationStateChanged), which the
 * session's {@link EventOwner} knows, a data collection's DataAdded (its output and streams) and a timer's
 * Elapsed. {@link #attach} adds a listener that hands each occurrence to {@code raise} as (sender, event args) and
 * returns what removes it again.
 */
final class ObjectEventSources {
    private ObjectEventSources() {
    }

    static Runnable attach(EventOwner owner, Object source, String eventName, BiConsumer<Object, Object> raise) {
        Runnable hosted = owner.listen(source, eventName, raise);
        if (hosted != null) {
            return hosted;
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
