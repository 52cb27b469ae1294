package dev.jpwsh.engine.exec;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The integers of {@code a..b} where a pipeline or a foreach statement enumerates them, made one at a time as pwsh's
 * RangeEnumerator makes them: {@code 1..1e9 | Select-Object -First 3} needs no billion-element array. Each element
 * read checks whether the pipeline was told to stop, so a stopped pipeline leaves even an empty-bodied loop over a
 * range at once. Where a range is a value ({@code $r = 1..5}) it is an array, as in pwsh.
 */
public final class IntRange extends AbstractList<Object> implements RandomAccess {
    private final int start;
    private final int step;
    private final int size;

    /** The range from {@code start} to {@code end}, either way; at most {@link Integer#MAX_VALUE} elements. */
    public IntRange(int start, int end) {
        this.start = start;
        this.step = start <= end ? 1 : -1;
        this.size = Math.toIntExact(Math.abs((long) end - start) + 1);
    }

    @Override
    public Object get(int index) {
        if (Thread.currentThread().isInterrupted()) {
            throw RuntimeFailures.pipelineStopped();
        }
        return start + index * step;
    }

    @Override
    public int size() {
        return size;
    }
}
