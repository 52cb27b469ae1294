package dev.jpwsh.engine.exec;

import dev.jpwsh.dotnet.ProcessEnvironment;

/**
 * {@code $env:}: the process environment with the changes scripts made on top, kept by
 * {@link ProcessEnvironment} so that {@code [Environment]::GetEnvironmentVariable} and child processes see the same
 * values. As in pwsh, the environment belongs to the process: a change made in one runspace is seen by every other
 * (a new runspace finds the modules on a {@code $env:PSModulePath} its creator set). Safe for all threads.
 */
public final class EnvironmentVariables {
    public Object get(String name) {
        return ProcessEnvironment.get(name);
    }

    /** The environment a child process gets: the process's own with every session's changes applied. */
    public java.util.Map<String, String> snapshot() {
        return ProcessEnvironment.snapshot();
    }

    /** {@return every variable with its value, the changes applied, in ordinal order of the names} */
    public java.util.SortedMap<String, String> all() {
        return new java.util.TreeMap<>(ProcessEnvironment.snapshot());
    }

    /** Sets a variable; null or an empty string removes it. */
    public void set(String name, String value) {
        ProcessEnvironment.set(name, value);
    }
}
