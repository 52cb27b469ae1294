package dev.jpwsh.dotnet.threading;

import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Arithmetic;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** System.Threading: Interlocked, Monitor, ManualResetEvent, AutoResetEvent, Mutex. */
public final class Threading {
    private Threading() {
    }

    /** Interlocked: atomic updates of a {@code [ref]}. */
    @DotNetName("System.Threading.Interlocked")
    public static final class Interlocked {
        private Interlocked() {
        }

        public static Object Increment(Ref ref) {
            return Add(ref, 1);
        }

        public static Object Decrement(Ref ref) {
            return Add(ref, -1);
        }

        public static Object Add(Ref ref, Object amount) {
            synchronized (Ref.Locks.of(ref)) {
                Object updated = Arithmetic.add(ref.getValue() == null ? 0 : ref.getValue(), amount);
                ref.setValue(updated);
                return updated;
            }
        }

        public static Object Exchange(Ref ref, Object value) {
            synchronized (Ref.Locks.of(ref)) {
                Object old = ref.getValue();
                ref.setValue(value);
                return old;
            }
        }

        public static Object CompareExchange(Ref ref, Object value, Object comparand) {
            synchronized (Ref.Locks.of(ref)) {
                Object old = ref.getValue();
                if (java.util.Objects.equals(old, comparand)) {
                    ref.setValue(value);
                }
                return old;
            }
        }
    }

    /** Monitor: explicit Enter/Exit on any object, with a lock kept per object. */
    @DotNetName("System.Threading.Monitor")
    public static final class Monitor {
        /** The lock of each object ever entered; guarded by itself. */
        private static final Map<Object, ReentrantLock> LOCKS = Collections.synchronizedMap(new IdentityHashMap<>());

        private Monitor() {
        }

        private static ReentrantLock lockOf(Object target) {
            return LOCKS.computeIfAbsent(target, t -> new ReentrantLock());
        }

        public static void Enter(Object target) {
            lockOf(target).lock();
        }

        public static boolean TryEnter(Object target) {
            return lockOf(target).tryLock();
        }

        public static boolean TryEnter(Object target, int timeoutMilliseconds) throws InterruptedException {
            return lockOf(target).tryLock(timeoutMilliseconds, TimeUnit.MILLISECONDS);
        }

        public static void Exit(Object target) {
            ReentrantLock lock = lockOf(target);
            if (!lock.isHeldByCurrentThread()) {
                throw new IllegalStateException("Object synchronization method was called from an unsynchronized "
                        + "block of code.");
            }
            lock.unlock();
        }

        public static boolean IsEntered(Object target) {
            return lockOf(target).isHeldByCurrentThread();
        }
    }

    /**
     * ManualResetEvent and AutoResetEvent (System.Threading.EventWaitHandle, scripts' WaitHandle): WaitOne blocks
     * until Set; an auto event resets for each waiter. {@code signaled} is guarded by the event's monitor.
     * {@code [WaitHandle]::WaitAll} and {@code WaitAny} wait on several, checking them each millisecond.
     */
    @DotNetName("System.Threading.EventWaitHandle")
    public static class ResetEvent {
        private final boolean autoReset;
        private boolean signaled;

        ResetEvent(boolean initialState, boolean autoReset) {
            this.signaled = initialState;
            this.autoReset = autoReset;
        }

        public synchronized boolean Set() {
            signaled = true;
            notifyAll();
            return true;
        }

        public synchronized boolean Reset() {
            signaled = false;
            return true;
        }

        public synchronized boolean WaitOne() throws InterruptedException {
            while (!signaled) {
                wait();
            }
            if (autoReset) {
                signaled = false;
            }
            return true;
        }

        synchronized boolean isSet() {
            return signaled;
        }

        /** Takes the signal when set: an auto event resets, as a wait that it released would. */
        private synchronized boolean take() {
            if (signaled && autoReset) {
                signaled = false;
                return true;
            }
            return signaled;
        }

        /** {@code [WaitHandle]::WaitAll($events)}: true once every event is set. */
        public static boolean WaitAll(ResetEvent[] events) throws InterruptedException {
            return WaitAll(events, -1);
        }

        /** Whether every event was set within the timeout (-1 waits without end). */
        public static boolean WaitAll(ResetEvent[] events, int timeoutMilliseconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(timeoutMilliseconds, 0));
            while (!java.util.Arrays.stream(events).allMatch(ResetEvent::isSet)) {
                if (timeoutMilliseconds >= 0 && System.nanoTime() >= deadline) {
                    return false;
                }
                Thread.sleep(1);
            }
            java.util.Arrays.stream(events).forEach(ResetEvent::take);
            return true;
        }

        public static boolean WaitAll(ResetEvent[] events, int timeoutMilliseconds, boolean exitContext)
                throws InterruptedException {
            return WaitAll(events, timeoutMilliseconds);
        }

        /** {@code [WaitHandle]::WaitAny($events)}: the index of the first event set. */
        public static int WaitAny(ResetEvent[] events) throws InterruptedException {
            return WaitAny(events, -1);
        }

        /** The index of the first event set within the timeout, else 258 (WaitHandle.WaitTimeout). */
        public static int WaitAny(ResetEvent[] events, int timeoutMilliseconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(timeoutMilliseconds, 0));
            while (true) {
                for (int i = 0; i < events.length; i++) {
                    if (events[i].take()) {
                        return i;
                    }
                }
                if (timeoutMilliseconds >= 0 && System.nanoTime() >= deadline) {
                    return getWaitTimeout();
                }
                Thread.sleep(1);
            }
        }

        public static int WaitAny(ResetEvent[] events, int timeoutMilliseconds, boolean exitContext)
                throws InterruptedException {
            return WaitAny(events, timeoutMilliseconds);
        }

        public static int getWaitTimeout() {
            return 258;
        }

        /** The .NET overload with exitContext, which has no meaning here. */
        public boolean WaitOne(int timeoutMilliseconds, boolean exitContext) throws InterruptedException {
            return WaitOne(timeoutMilliseconds);
        }

        public synchronized boolean WaitOne(int timeoutMilliseconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(timeoutMilliseconds, 0));
            while (!signaled) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            if (autoReset) {
                signaled = false;
            }
            return true;
        }
    }

    @DotNetName("System.Threading.ManualResetEvent")
    public static final class ManualResetEvent extends ResetEvent {
        public ManualResetEvent(boolean initialState) {
            super(initialState, false);
        }
    }

    @DotNetName("System.Threading.AutoResetEvent")
    public static final class AutoResetEvent extends ResetEvent {
        public AutoResetEvent(boolean initialState) {
            super(initialState, true);
        }
    }

    /**
     * Mutex: a lock its owning thread can take again; ReleaseMutex gives it back. A named mutex is the same lock
     * for every Mutex of that name in the process (.NET's reach across processes is not modelled).
     */
    @DotNetName("System.Threading.Mutex")
    public static final class Mutex {
        private static final Map<String, ReentrantLock> NAMED = new ConcurrentHashMap<>();

        private final ReentrantLock lock;

        public Mutex() {
            this(false);
        }

        public Mutex(boolean initiallyOwned) {
            this(initiallyOwned, null);
        }

        public Mutex(boolean initiallyOwned, String name) {
            lock = name == null || name.isEmpty() ? new ReentrantLock()
                    : NAMED.computeIfAbsent(name, ignored -> new ReentrantLock());
            if (initiallyOwned) {
                lock.lock();
            }
        }

        public boolean WaitOne() {
            lock.lock();
            return true;
        }

        public boolean WaitOne(int timeoutMilliseconds) throws InterruptedException {
            return lock.tryLock(timeoutMilliseconds, TimeUnit.MILLISECONDS);
        }

        public void ReleaseMutex() {
            lock.unlock();
        }
    }

    /** SemaphoreSlim: at most a given number of holders at once; Wait takes a slot, Release gives it back. */
    @DotNetName("System.Threading.SemaphoreSlim")
    public static final class SemaphoreSlim {
        private final Semaphore slots;

        public SemaphoreSlim(int initialCount) {
            slots = new Semaphore(initialCount, true);
        }

        public SemaphoreSlim(int initialCount, int maxCount) {
            this(initialCount);
        }

        public void Wait() throws InterruptedException {
            slots.acquire();
        }

        /** False when no slot came free within {@code timeoutMilliseconds} (-1 waits for ever). */
        public boolean Wait(int timeoutMilliseconds) throws InterruptedException {
            if (timeoutMilliseconds < 0) {
                slots.acquire();
                return true;
            }
            return slots.tryAcquire(timeoutMilliseconds, TimeUnit.MILLISECONDS);
        }

        /** Gives one slot back and returns the count before it. */
        public int Release() {
            return Release(1);
        }

        public int Release(int releaseCount) {
            int before = slots.availablePermits();
            slots.release(releaseCount);
            return before;
        }

        public int getCurrentCount() {
            return slots.availablePermits();
        }
    }
}
