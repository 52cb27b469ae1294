package dev.jpwsh.engine.runspaces;

/** System.Threading.ApartmentState: accepted and stored, with no effect on the JVM. */
public enum ApartmentState {
    STA, MTA, Unknown
}
