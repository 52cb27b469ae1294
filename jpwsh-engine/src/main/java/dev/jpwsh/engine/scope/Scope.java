package dev.jpwsh.engine.scope;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One PowerShell scope: its variables and functions, keyed by lower-cased name, and the scope it was created
 * in. Reads look through the parents (dynamic scoping); writes go to the scope they are made in. A scope
 * belongs to one runspace and is used by that runspace's pipeline thread only.
 */
public final class Scope {
    private final Scope parent;
    private final Map<String, PSVariable> variables = new HashMap<>();
    private final Map<String, Object> functions = new HashMap<>(4);

    public Scope(Scope parent) {
        this.parent = parent;
    }

    public Scope parent() {
        return parent;
    }

    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The nearest variable with this (lower-cased) name, or null. */
    public PSVariable lookup(String key) {
        for (Scope s = this; s != null; s = s.parent) {
            PSVariable v = s.variables.get(key);
            if (v != null && (s == this || !v.isPrivate())) {
                return v;
            }
        }
        return null;
    }

    public PSVariable local(String key) {
        return variables.get(key);
    }

    /** The variable an assignment here changes: this scope's own, or an AllScope one it shares; else null. */
    public PSVariable assignable(String key) {
        PSVariable v = variables.get(key);
        if (v != null) {
            return v;
        }
        PSVariable inherited = parent == null ? null : parent.lookup(key);
        return inherited != null && inherited.isAllScope() ? inherited : null;
    }

    /** Sets the variable in this scope, creating it here if this scope has none by that name. */
    public PSVariable set(String name, Object value) {
        String key = key(name);
        PSVariable v = assignable(key);
        if (v == null) {
            v = new PSVariable(name, value, VariableOptions.NONE);
            variables.put(key, v);
        } else {
            v.setValue(value);
        }
        return v;
    }

    public void define(PSVariable variable) {
        variables.put(key(variable.name()), variable);
    }

    public boolean remove(String key) {
        return variables.remove(key) != null;
    }

    public Map<String, PSVariable> variables() {
        return variables;
    }

    /** The nearest function (a ScriptBlock) with this lower-cased name, or null. */
    public Object lookupFunction(String key) {
        for (Scope s = this; s != null; s = s.parent) {
            Object f = s.functions.get(key);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    public void defineFunction(String name, Object function) {
        functions.put(key(name), function);
    }

    /** Forgets every variable and function of this scope. */
    public void clear() {
        variables.clear();
        functions.clear();
    }
}
