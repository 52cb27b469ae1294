package dev.jpwsh.engine.exec;

import java.util.HashMap;
import java.util.Map;

/** {@code $env:}: the process environment as the session sees it, with the session's own changes on top. */
public final class EnvironmentVariables {
    private final Map<String, String> overrides = new HashMap<>();

    public Object get(String name) {
        if (overrides.containsKey(name)) {
            return overrides.get(name);
        }
        return System.getenv(name);
    }

    public void set(String name, String value) {
        overrides.put(name, value == null || value.isEmpty() ? null : value);
    }
}
