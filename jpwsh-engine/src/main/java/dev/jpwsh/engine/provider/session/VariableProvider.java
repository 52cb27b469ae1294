package dev.jpwsh.engine.provider.session;

import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import java.util.Map;
import java.util.TreeMap;

/** {@code Variable:}: the variables visible from the calling scope; new ones are made in that scope. */
public final class VariableProvider extends SessionStateProvider {
    public VariableProvider() {
        super("Variable", "Variable");
    }

    @Override
    Map<String, Object> entries(ProviderContext context) {
        Map<String, Object> visible = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Scope s = context.frame().scope(); s != null; s = s.parent()) {
            for (PSVariable v : s.variables().values()) {
                if (!visible.containsKey(v.name()) && (s == context.frame().scope() || !v.isPrivate())) {
                    visible.put(v.name(), v.value());
                }
            }
        }
        return visible;
    }

    @Override
    Object value(ProviderContext context, String name) {
        PSVariable v = context.frame().scope().lookup(Scope.key(name));
        return v == null ? null : v.value();
    }

    @Override
    boolean has(ProviderContext context, String name) {
        return context.frame().scope().lookup(Scope.key(name)) != null;
    }

    @Override
    void set(ProviderContext context, String name, Object value) {
        Scope scope = context.frame().scope();
        PSVariable v = scope.assignable(Scope.key(name));
        if (v != null && (v.isConstant() || v.isReadOnly() && !context.force())) {
            throw RuntimeFailures.variableNotWritable(name);
        }
        if (v != null) {
            v.setValue(value);
        } else {
            scope.set(name, value);
        }
    }

    @Override
    void remove(ProviderContext context, String name) {
        for (Scope s = context.frame().scope(); s != null; s = s.parent()) {
            if (s.remove(Scope.key(name))) {
                return;
            }
        }
    }
}
