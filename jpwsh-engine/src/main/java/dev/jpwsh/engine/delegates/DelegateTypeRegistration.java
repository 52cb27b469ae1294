package dev.jpwsh.engine.delegates;

import dev.jpwsh.runtime.object.TypeRegistration;

/**
 * The names of the delegate types a script block converts to ({@code [Func[int,int]] { ... }}); the Func and Action
 * families also by each arity's name ({@code System.Func`2}).
 */
public final class DelegateTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(ScriptDelegate.Func.class, arities("System.Func", 17));
        registrar.alias(ScriptDelegate.Action.class, arities("System.Action", 16));
        registrar.alias(ScriptDelegate.Predicate.class, "System.Predicate");
        registrar.alias(ScriptDelegate.Callback.class, "System.AsyncCallback");
        registrar.alias(ScriptDelegate.Comparison.class, "System.Comparison");
        registrar.alias(ScriptDelegate.Converter.class, "System.Converter");
    }

    /** {@code family}, then {@code family`1} to {@code family`most}. */
    private static String[] arities(String family, int most) {
        String[] names = new String[most + 1];
        names[0] = family;
        for (int arity = 1; arity <= most; arity++) {
            names[arity] = family + "`" + arity;
        }
        return names;
    }
}
