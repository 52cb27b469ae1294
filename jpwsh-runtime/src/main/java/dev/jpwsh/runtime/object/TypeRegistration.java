package dev.jpwsh.runtime.object;

/**
 * One module's (or one engine layer's) contribution to the type table: the PowerShell names and accelerators of
 * the classes it implements ({@code [int]}, {@code System.Collections.Generic.List},
 * {@code System.Management.Automation.Runspaces.Runspace}). Each implementation is listed in its module's
 * {@code META-INF/services/dev.jpwsh.runtime.object.TypeRegistration}; the engine's type table loads them all once,
 * when it is first built. A name belongs to one class only: two registrations that give one name to different
 * classes are an error, so the order in which modules are found does not matter.
 */
public interface TypeRegistration {
    /** Gives the registrar this contribution's names. */
    void register(Registrar registrar);

    /** Takes names for classes. */
    @FunctionalInterface
    interface Registrar {
        /** Makes {@code type} known to scripts by each of {@code names} (case-insensitive, without brackets). */
        void alias(Class<?> type, String... names);
    }
}
