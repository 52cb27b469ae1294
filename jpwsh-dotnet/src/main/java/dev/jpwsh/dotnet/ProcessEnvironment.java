package dev.jpwsh.dotnet;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process's environment variables as .NET and {@code $env:} see them: the JVM's environment (which Java cannot
 * change) with the changes made since on top. As in .NET, the environment belongs to the process: a change made in
 * one runspace is seen by every other and by the processes started after it. Safe for all threads.
 */
public final class ProcessEnvironment {
    /** The changes: a new value, or empty for a variable removed. */
    private static final Map<String, Optional<String>> CHANGES = new ConcurrentHashMap<>();

    private ProcessEnvironment() {
    }

    /** The variable's value, or null when it is not set. */
    public static String get(String name) {
        Optional<String> changed = CHANGES.get(name);
        return changed != null ? changed.orElse(null) : System.getenv(name);
    }

    /** Sets a variable; null or an empty string removes it, as in .NET. */
    public static void set(String name, String value) {
        CHANGES.put(name, value == null || value.isEmpty() ? Optional.empty() : Optional.of(value));
    }

    /** Every variable and its value, by name: what a child process starts with. */
    public static Map<String, String> snapshot() {
        Map<String, String> all = new TreeMap<>(System.getenv());
        CHANGES.forEach((name, value) -> {
            if (value.isPresent()) {
                all.put(name, value.get());
            } else {
                all.remove(name);
            }
        });
        return all;
    }
}
