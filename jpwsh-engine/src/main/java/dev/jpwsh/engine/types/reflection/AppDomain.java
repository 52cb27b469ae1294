package dev.jpwsh.engine.types.reflection;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * System.AppDomain: the one application domain of a process, {@code [AppDomain]::CurrentDomain}, whose
 * {@code GetAssemblies()} lists the emulated assemblies; and {@code GetCurrentThreadId()}, the current thread's
 * number.
 */
@DotNetName("System.AppDomain")
public final class AppDomain {
    private static final AppDomain CURRENT = new AppDomain();

    private AppDomain() {
    }

    public static AppDomain getCurrentDomain() {
        return CURRENT;
    }

    public static int GetCurrentThreadId() {
        return (int) Thread.currentThread().threadId();
    }

    public String getFriendlyName() {
        return "pwsh";
    }

    public int getId() {
        return 1;
    }

    public Object[] GetAssemblies() {
        return EmulatedAssembly.loaded().toArray();
    }

    @Override
    public String toString() {
        return "Name:pwsh\nThere are no context policies.\n";
    }
}
