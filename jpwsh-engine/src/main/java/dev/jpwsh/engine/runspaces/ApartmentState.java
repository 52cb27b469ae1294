package dev.jpwsh.engine.runspaces;

/** System.Threading.ApartmentState: accepted and stored, with no effect on the JVM. */
@dev.jpwsh.runtime.object.DotNetName("System.Threading.ApartmentState")
public enum ApartmentState {
    /** Single-threaded apartment: what WPF and WinForms code asks for on Windows. */
    STA,
    /** Multi-threaded apartment. */
    MTA,
    /** Not set: the default of runspaces, pools and InitialSessionState. */
    Unknown
}
