package dev.jpwsh.engine.event;

import dev.jpwsh.dotnet.SystemStatics.Guid;
import java.util.function.BiConsumer;

/**
 * The runspace whose engine events a {@link PSEventManager} holds, as the manager sees it. The hosting layer
 * implements it and {@linkplain PSEventManager#attach attaches} it as the runspace opens; until then the manager
 * has {@link #NONE}.
 */
public interface EventOwner {
    /** No runspace yet: events carry the empty RunspaceId and nothing runs pending actions when idle. */
    EventOwner NONE = new EventOwner() {
        @Override
        public Guid instanceId() {
            return Guid.Empty;
        }

        @Override
        public boolean isIdle() {
            return false;
        }

        @Override
        public boolean tryRunWhenIdle(Runnable work) {
            return false;
        }

        @Override
        public boolean isCurrentThread() {
            return false;
        }

        @Override
        public void runAsDefault(Runnable work) {
            work.run();
        }

        @Override
        public Runnable listen(Object source, String eventName, BiConsumer<Object, Object> raise) {
            return null;
        }
    };

    /** {@return the runspace's InstanceId, which its events carry as their RunspaceId} */
    Guid instanceId();

    /** {@return whether the runspace is open and runs nothing (Available), the time PowerShell.OnIdle counts} */
    boolean isIdle();

    /** {@return whether {@code work} ran as a pipeline of the idle runspace; false, without running it, when busy or not open} */
    boolean tryRunWhenIdle(Runnable work);

    /** {@return whether the calling thread is the runspace's own: its default runspace is this one} */
    boolean isCurrentThread();

    /** Runs {@code work} with the runspace as the calling thread's default runspace, then restores the previous one. */
    void runAsDefault(Runnable work);

    /**
     * Listens to {@code eventName} of {@code source} when it is an object of the hosting API (a runspace's
     * StateChanged, say), which only the hosting layer knows: each occurrence goes to {@code raise} as (sender,
     * event args).
     *
     * @return what stops listening, or null when {@code source} has no such event that the hosting layer knows of
     */
    Runnable listen(Object source, String eventName, BiConsumer<Object, Object> raise);
}
