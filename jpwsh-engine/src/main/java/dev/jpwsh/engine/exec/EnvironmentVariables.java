package dev.jpwsh.engine.exec;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code $env:}: the process environment with the changes scripts made on top. As in pwsh, the environment belongs
 * to the process: a change made in one runspace is seen by every other (a new runspace finds the modules on a
 * {@code $env:PSModulePath} its creator set). Safe for all threads.
 */
public final class EnvironmentVariables {
    /** The changes of every session: a new value, or empty for a variable removed. */
    private static final Map<String, Optional<String>> CHANGES = new ConcurrentHashMap<>();

    public Object get(String name) {
        Optional<String> changed = CHANGES.get(name);
        return changed != null ? changed.orElse(null) : System.getenv(name);
    }

    /** {@return every variable with its value, the changes applied, in ordinal order of the names} */
    public java.util.SortedMap<String, String> all() {
        java.util.SortedMap<String, String> all = new java.util.TreeMap<>(System.getenv());
        CHANGES.forEach((name, value) -> {
            if (value.isPresent()) {
                all.put(name, value.get());
            } else {
                all.remove(name);
            }
        });
        return all;
    }

    /** Sets a variable; null or an empty string removes it. */
    public void set(String name, String value) {
        CHANGES.put(name, value == null || value.isEmpty() ? Optional.empty() : Optional.of(value));
    }
}
