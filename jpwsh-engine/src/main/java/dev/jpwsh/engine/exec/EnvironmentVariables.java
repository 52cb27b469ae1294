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

    /** The environment a child process gets: the process's own with every session's changes applied. */
    public Map<String, String> snapshot() {
        Map<String, String> environment = new java.util.HashMap<>(System.getenv());
        CHANGES.forEach((name, value) -> {
            if (value.isPresent()) {
                environment.put(name, value.get());
            } else {
                environment.remove(name);
            }
        });
        return environment;
    }

    /** Sets a variable; null or an empty string removes it. */
    public void set(String name, String value) {
        CHANGES.put(name, value == null || value.isEmpty() ? Optional.empty() : Optional.of(value));
    }
}
