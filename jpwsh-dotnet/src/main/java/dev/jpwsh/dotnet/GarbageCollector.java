package dev.jpwsh.dotnet;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * System.GC's statics that scripts call to keep memory down between batches: a collection request (the JVM's
 * {@code System.gc()}, a hint as in .NET), the memory in use, the generations and how many collections ran.
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

    /** .NET's oldest generation, 2: scripts loop {@code 0..[gc]::MaxGeneration} or collect it by number. */
    public static int getMaxGeneration() {
        return 2;
    }

    /** How many collections the JVM's collectors have run, for any generation (the JVM counts them together). */
    public static int CollectionCount(int generation) {
        long count = 0;
        for (java.lang.management.GarbageCollectorMXBean bean
                : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
        }
        return (int) Math.min(Integer.MAX_VALUE, count);
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
