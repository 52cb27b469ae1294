package dev.jpwsh.engine.runspaces;

import java.util.concurrent.atomic.AtomicInteger;

/** A Java object a host hands a script, whose one method counts its calls: a call a language mode refused never ran. */
public final class CallRecorder {
    private final AtomicInteger calls = new AtomicInteger();

    /** The method scripts try to reach, by every route; a no-argument, non-getter method. */
    public int record() {
        return calls.incrementAndGet();
    }

    /** {@return how often {@link #record} ran} */
    public int calls() {
        return calls.get();
    }
}
