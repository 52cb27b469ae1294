package dev.jpwsh.engine.event;

import dev.jpwsh.dotnet.threading.EngineThreads;
import java.util.function.BooleanSupplier;

/**
 * The timer behind {@code PowerShell.OnIdle} (spec 8.2): while the session has OnIdle subscribers, a virtual
 * thread looks every 100 ms whether the runspace is idle, and after four idle samples in a row (about 400 ms)
 * raises the event and starts counting again. Nobody subscribed means no thread at all.
 *
 * <p>States and transitions:
 * <pre>
 * Stopped  --setWanted(true): the first OnIdle subscriber------------------------> Sampling (a thread starts)
 * Sampling --a sample finds wanted false: the last one left, or the manager closed--> Stopped  (the thread ends)
 * Sampling --setWanted(false)---------------------------------------------------> Sampling (woken to look at once)
 * </pre>
 * {@code wanted} and {@code sampler} (the sampling thread, null when Stopped) are guarded by this, so a thread
 * that decides to end and a subscriber that arrives meanwhile cannot both miss starting a new thread.
 */
final class OnIdleTimer {
    private static final long SAMPLE_MILLIS = 100;
    private static final int IDLE_SAMPLES = 4;

    private final BooleanSupplier runspaceIdle;
    private final Runnable raise;
    private boolean wanted;
    private Thread sampler;

    /** {@code runspaceIdle}: whether no pipeline runs now; {@code raise}: generates the event. */
    OnIdleTimer(BooleanSupplier runspaceIdle, Runnable raise) {
        this.runspaceIdle = runspaceIdle;
        this.raise = raise;
    }

    /** Whether anybody subscribes to OnIdle now; a change starts the sampling thread or makes it end. */
    synchronized void setWanted(boolean wanted) {
        this.wanted = wanted;
        if (wanted && sampler == null) {
            sampler = EngineThreads.virtual(PSEventManager.ON_IDLE + " timer").start(this::sample);
        } else if (!wanted && sampler != null) {
            sampler.interrupt();
        }
    }

    /** Whether a sampling thread runs (it clears this as it decides to end). */
    synchronized boolean isSampling() {
        return sampler != null;
    }

    private synchronized boolean keepSampling() {
        if (!wanted) {
            sampler = null;
        }
        return wanted;
    }

    private void sample() {
        int idleSamples = 0;
        while (keepSampling()) {
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException wokenToLook) {
                continue;
            }
            idleSamples = runspaceIdle.getAsBoolean() ? idleSamples + 1 : 0;
            if (idleSamples == IDLE_SAMPLES) {
                idleSamples = 0;
                raise.run();
            }
        }
    }
}
