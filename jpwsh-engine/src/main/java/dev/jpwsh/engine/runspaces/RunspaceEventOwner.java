package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.event.EventOwner;
import dev.jpwsh.dotnet.SystemStatics.Guid;
import java.util.function.BiConsumer;

/** A runspace as its session's engine events see it: attached to the event manager as the runspace opens. */
record RunspaceEventOwner(Runspace runspace) implements EventOwner {
    @Override
    public Guid instanceId() {
        return runspace.getInstanceId();
    }

    @Override
    public boolean isIdle() {
        return runspace.getRunspaceAvailability() == RunspaceAvailability.Available;
    }

    @Override
    public boolean tryRunWhenIdle(Runnable work) {
        return runspace.runWhenIdle(work);
    }

    @Override
    public boolean isCurrentThread() {
        return Runspace.getDefaultRunspace() == runspace;
    }

    @Override
    public void runAsDefault(Runnable work) {
        Runspace previous = Runspace.getDefaultRunspace();
        Runspace.setDefaultRunspace(runspace);
        try {
            work.run();
        } finally {
            Runspace.setDefaultRunspace(previous);
        }
    }

    @Override
    public Runnable listen(Object source, String eventName, BiConsumer<Object, Object> raise) {
        return HostingEventSources.listen(source, eventName, raise);
    }
}
