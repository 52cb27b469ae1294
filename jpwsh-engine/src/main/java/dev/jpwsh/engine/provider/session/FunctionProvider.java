package dev.jpwsh.engine.provider.session;

import dev.jpwsh.engine.command.FunctionInfo;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.Map;
import java.util.TreeMap;

/** {@code Function:}: the functions visible from the calling scope, as FunctionInfo; new ones go in that scope. */
public final class FunctionProvider extends SessionStateProvider {
    public FunctionProvider() {
        super("Function", "Function");
    }

    @Override
    Map<String, Object> entries(ProviderContext context) {
        Map<String, Object> visible = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Scope s = context.frame().scope(); s != null; s = s.parent()) {
            s.functions().forEach(visible::putIfAbsent);
        }
        return visible;
    }

    @Override
    Object value(ProviderContext context, String name) {
        return context.frame().scope().lookupFunction(Scope.key(name));
    }

    @Override
    Object item(ProviderPath location, String name, Object value) {
        return value instanceof ScriptBlock body ? new FunctionInfo(name, body, "") : null;
    }

    @Override
    void set(ProviderContext context, String name, Object value) {
        ScriptBlock body = value instanceof ScriptBlock block ? block
                : ScriptBlock.Create(value == null ? "" : LanguagePrimitives.toString(value));
        if (!context.frame().scope().defineFunction(name, ScriptBlock.definedIn(body.body(),
                context.frame().context()))) {
            throw RuntimeFailures.functionNotWritable(name);
        }
    }

    @Override
    void remove(ProviderContext context, String name) {
        for (Scope s = context.frame().scope(); s != null; s = s.parent()) {
            if (s.removeFunction(Scope.key(name))) {
                return;
            }
        }
    }
}
