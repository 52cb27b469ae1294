package dev.jpwsh.dotnet.threading;

import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * System.Timers.Timer: raises Elapsed every Interval milliseconds (once when AutoReset is false) on a virtual
 * thread of its own while Enabled. Scripts subscribe with Register-ObjectEvent; Java code with
 * {@link #addElapsedListener}. {@code interval}, {@code autoReset} and {@code ticker} (the running thread, null
 * when disabled) are guarded by this; a ticker that is no longer {@code ticker} ends without firing.
 */
@DotNetName("System.Timers.Timer")
public final class Timer implements AutoCloseable {
    private final List<Consumer<ElapsedEventArgs>> elapsed = new CopyOnWriteArrayList<>();
    private double interval = 100;
    private boolean autoReset = true;
    private Thread ticker;

    public Timer() {
    }

    public Timer(double interval) {
        setInterval(interval);
    }

    public synchronized double getInterval() {
        return interval;
    }

    /** Changing the interval of a running timer restarts its count. */
    public synchronized void setInterval(double interval) {
        if (!(interval > 0)) {
            throw new IllegalArgumentException("'" + interval + "' is not a valid value for 'Interval'. 'Interval' "
                    + "must be greater than 0.");
        }
        this.interval = interval;
        if (ticker != null) {
            Start();
        }
    }

    public synchronized boolean getAutoReset() {
        return autoReset;
    }

    public synchronized void setAutoReset(boolean autoReset) {
        this.autoReset = autoReset;
    }

    public synchronized boolean getEnabled() {
        return ticker != null;
    }

    public void setEnabled(boolean enabled) {
        if (enabled) {
            Start();
        } else {
            Stop();
        }
    }

    public synchronized void Start() {
        Stop();
        ticker = EngineThreads.virtual("System.Timers.Timer").unstarted(this::tick);
        ticker.start();
    }

    public synchronized void Stop() {
        if (ticker != null) {
            ticker.interrupt();
            ticker = null;
        }
    }

    public void Dispose() {
        Stop();
        elapsed.clear();
    }

    public void Close() {
        Dispose();
    }

    @Override
    public void close() {
        Dispose();
    }

    public void addElapsedListener(Consumer<ElapsedEventArgs> listener) {
        elapsed.add(listener);
    }

    public void removeElapsedListener(Consumer<ElapsedEventArgs> listener) {
        elapsed.remove(listener);
    }

    private void tick() {
        Thread self = Thread.currentThread();
        while (true) {
            long wait;
            synchronized (this) {
                wait = Math.round(interval);
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException stopped) {
                return;
            }
            boolean again;
            synchronized (this) {
                if (ticker != self) {
                    return;
                }
                again = autoReset;
                if (!again) {
                    ticker = null;
                }
            }
            ElapsedEventArgs args = new ElapsedEventArgs(DateTime.getNow());
            elapsed.forEach(listener -> listener.accept(args));
            if (!again) {
                return;
            }
        }
    }

    @Override
    public String toString() {
        return "System.Timers.Timer";
    }
}
