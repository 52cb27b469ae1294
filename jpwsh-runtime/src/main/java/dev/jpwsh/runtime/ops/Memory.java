package dev.jpwsh.runtime.ops;

import dev.jpwsh.runtime.error.PSRuntimeException;

/**
 * Allocations whose size a script chooses ({@code "ab" * $n}, {@code @(0) * $n}, {@code 1..$n}): checked up front
 * against .NET's limits and the JVM's heap, so that a script asking for too much gets pwsh's OutOfMemoryException
 * instead of taking the heap (and every other runspace of the process) down with it. One such allocation may take
 * at most half of the maximum heap, counting an array element at the 8 bytes .NET needs for it: beyond that pwsh
 * would mostly fail too, and jpwsh keeps the other half for the rest of the process. An allocation that passes the
 * check can still fail when the heap is full of live objects; callers turn that OutOfMemoryError into the same error.
 */
public final class Memory {
    /** .NET's longest string, in characters. */
    static final long MAX_STRING_LENGTH = 0x3FFF_FFDFL;
    /** .NET's longest array of references. */
    static final long MAX_ARRAY_LENGTH = 0x7FFF_FFC7L;
    /** What an array element costs in .NET (a 64-bit reference). */
    private static final long REFERENCE_BYTES = 8;

    private Memory() {
    }

    /** Checks that a string of {@code length} characters of {@code s}'s kind can be made. */
    static void ensureStringLength(String s, long length) {
        long bytesPerChar = s.chars().allMatch(c -> c < 0x100) ? 1 : 2;
        if (length > MAX_STRING_LENGTH || length * bytesPerChar > allowance()) {
            throw outOfMemory();
        }
    }

    /** A new array of {@code length} elements, or pwsh's error when .NET or the heap could not hold it. */
    public static Object[] newArray(long length) {
        if (length > MAX_ARRAY_LENGTH) {
            throw new PSRuntimeException("System.OutOfMemoryException", "OperationStopped",
                    "Array dimensions exceeded supported range.", null, "System.OutOfMemoryException");
        }
        if (length * REFERENCE_BYTES > allowance()) {
            throw outOfMemory();
        }
        try {
            return new Object[(int) length];
        } catch (OutOfMemoryError full) {
            throw outOfMemory();
        }
    }

    /** The most one allocation may take: half the maximum heap. */
    private static long allowance() {
        return Runtime.getRuntime().maxMemory() / 2;
    }

    /**
     * .NET's OutOfMemoryException as pwsh reports an exception from an expression: error id its type name, category
     * OperationStopped.
     */
    public static PSRuntimeException outOfMemory() {
        return new PSRuntimeException("System.OutOfMemoryException", "OperationStopped",
                "Exception of type 'System.OutOfMemoryException' was thrown.", null, "System.OutOfMemoryException");
    }
}
