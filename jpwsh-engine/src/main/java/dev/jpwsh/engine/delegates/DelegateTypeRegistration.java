package dev.jpwsh.engine.delegates;

import dev.jpwsh.runtime.object.TypeRegistration;

/** The names of the delegate types a script block converts to ({@code [Func[int,int]] { ... }}). */
public final class DelegateTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(ScriptDelegate.Func.class, "System.Func");
        registrar.alias(ScriptDelegate.Action.class, "System.Action");
        registrar.alias(ScriptDelegate.Predicate.class, "System.Predicate");
        registrar.alias(ScriptDelegate.Callback.class, "System.AsyncCallback");
        registrar.alias(ScriptDelegate.Comparison.class, "System.Comparison");
        registrar.alias(ScriptDelegate.Converter.class, "System.Converter");
    }
}
