package dev.jpwsh.dotnet;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * System.GC's statics that scripts call to keep memory down between batches: a collection request (the JVM's
 * {@code System.gc()}, a hint as in .NET) and the memory in use.
 */
@DotNetName("System.GC")
public final class GarbageCollector {
    private GarbageCollector() {
    }

    public static void Collect() {
        System.gc();
    }

    public static void Collect(int generation) {
        System.gc();
    }

    /** Finalization is the JVM's own business; there is nothing to wait for. */
    public static void WaitForPendingFinalizers() {
    }

    /** The bytes of heap in use, after a collection when {@code forceFullCollection}. */
    public static long GetTotalMemory(boolean forceFullCollection) {
        if (forceFullCollection) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
