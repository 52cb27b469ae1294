package dev.jpwsh.engine.provider.session;

import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code Env:}: the process environment with the session's changes, the same variables {@code $env:} reads. */
public final class EnvironmentProvider extends SessionStateProvider {
    public EnvironmentProvider() {
        super("Environment", "Env");
    }

    @Override
    public boolean caseSensitiveNames() {
        return true;
    }

    @Override
    Map<String, Object> entries(ProviderContext context) {
        return new LinkedHashMap<>(context.frame().context().environment().all());
    }

    @Override
    Object value(ProviderContext context, String name) {
        return context.frame().context().environment().get(name);
    }

    @Override
    void set(ProviderContext context, String name, Object value) {
        context.frame().context().environment().set(name, value == null ? null : LanguagePrimitives.toString(value));
    }

    @Override
    void remove(ProviderContext context, String name) {
        context.frame().context().environment().set(name, null);
    }
}
