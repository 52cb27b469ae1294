package dev.jpwsh.engine.scope;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One PowerShell scope: its variables and functions, keyed by lower-cased name, and the scope it was created
 * in. Reads look through the parents (dynamic scoping); writes go to the scope they are made in. A scope
 * belongs to one runspace and is used by that runspace's pipeline thread only, except a session's global scope
 * (the one without a parent): the methods of the session's class instances, called from other runspaces' threads,
 * read and write its variables and functions, so its tables are concurrent maps from the start. Its
 * {@link #version} is not published to those threads: a variable one of them removes there may still be read for
 * a while by a frame of the session's own thread that found it before.
 */
public final class Scope extends VariableTable {
    /**
     * Counts every change to the functions or aliases of any scope of this JVM, made after the change (a scope's first
     * function or alias is one): a function found from a scope ({@link #functionLookupStart}) stays the answer while
     * the count is unchanged, which lets a call site remember it, and so does the scope a scope skips to
     * ({@link #enclosingWithFunctions}). Atomic, so no change of two threads at once goes uncounted. An int: an answer
     * is checked at each use, and 2^32 changes do not happen between two uses.
     */
    private static final java.util.concurrent.atomic.AtomicInteger FUNCTION_CHANGES =
            new java.util.concurrent.atomic.AtomicInteger();

    private final Scope parent;
    /**
     * Counts the changes that can take a variable out of this scope: removals, replacements, clearing. An int: a frame
     * compares it with the count it saw at its own last lookup, and no scope sees 2^32 such changes in between.
     */
    private int version;
    /** This scope's own functions; null until one is defined here, as in most call scopes. */
    private Map<String, FunctionItem> functions;
    /**
     * The nearest enclosing scope that may have functions, as found while {@link #FUNCTION_CHANGES} was
     * {@code skipEpoch}: every scope between this one and it had none then. Lets a function lookup from deep in a
     * recursion skip the call scopes, which rarely define functions.
     */
    private Scope skip;
    private int skipEpoch = -1;
    /**
     * Whether any scope of this JVM has ever had an alias of its own, so a command lookup in a session that never
     * defined a local alias does not walk its scopes for one.
     */
    private static volatile boolean localAliases;
    /** The aliases defined in this scope (not the global one, whose live in the session's command table). */
    private Map<String, Object> aliases;
    /** Variables this scope has but has not made yet ({@link DeferredVariables}); null once all are made. */
    private DeferredVariables deferred;

    /**
     * A function: its name as defined, its body (a ScriptBlock, or a {@link DeferredFunction} that makes it), its options
     * (ReadOnly, Constant, Private, AllScope).
     */
    private record FunctionItem(String name, Object definition, VariableOptions options) {
        Object body() {
            return definition instanceof DeferredFunction deferred ? deferred.body() : definition;
        }

        boolean isWritable() {
            return !options.has(VariableOptions.READ_ONLY_BIT) && !options.has(VariableOptions.CONSTANT_BIT);
        }
    }

    public Scope(Scope parent) {
        super(parent == null);
        this.parent = parent;
        if (parent == null) {
            functions = new ConcurrentHashMap<>();
        }
    }

    public Scope parent() {
        return parent;
    }

    /** How many names {@link #key} remembers: enough for every name a session and its scripts commonly use. */
    private static final int KEYS_REMEMBERED = 4096;
    /** Names to their keys, shared by every session; stops growing at {@value #KEYS_REMEMBERED}. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> KEYS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A variable or function name's key: lower-cased, and for a name seen before the same (interned) instance the
     * compiler gives its variables, so that a new session's hundred variables do not each cost a new string and a
     * key compares by identity first.
     */
    public static String key(String name) {
        String key = KEYS.get(name);
        if (key == null) {
            key = name.toLowerCase(Locale.ROOT).intern();
            if (KEYS.size() < KEYS_REMEMBERED) {
                KEYS.putIfAbsent(name, key);
            }
        }
        return key;
    }

    /**
     * Gives this scope variables it makes only when one is reached by name (see {@link DeferredVariables}). They are
     * made at once instead when this scope already holds a variable by one of their names (a dot-sourced call
     * replaces its caller's), or some variable has had AllScope under one (an assignment would change that one).
     */
    public void defer(DeferredVariables pending) {
        makeDeferred();
        DeferredNames names = pending.names();
        if (holdsAny(names) || parent != null && names.mayBeAllScope()) {
            for (String each : names.keys()) {
                PSVariable made = pending.make(each);
                set(each, made.name(), made.value());
            }
            return;
        }
        deferred = pending;
    }

    /** Whether {@code key} is one of {@code pending}'s variables that this scope has not made yet. */
    public boolean stillDeferred(DeferredVariables pending, String key) {
        return deferred == pending && !hasVariable(key)
                && (parent == null || !AllScopeNames.mayBeAllScope(key));
    }

    /** This scope's own variable by key, made now if it was deferred. */
    private PSVariable own(String key) {
        PSVariable v = getVariable(key);
        if (v != null || deferred == null) {
            return v;
        }
        v = deferred.make(key);
        if (v != null) {
            putVariable(key, v);
        }
        return v;
    }

    /** Makes every deferred variable that is not made yet; after this the map holds all of this scope's variables. */
    private void makeDeferred() {
        DeferredVariables pending = deferred;
        if (pending == null) {
            return;
        }
        deferred = null;
        for (String key : pending.names().keys()) {
            if (!hasVariable(key)) {
                putVariable(key, pending.make(key));
            }
        }
    }

    /** The nearest variable with this (lower-cased) name, or null. */
    public PSVariable lookup(String key) {
        for (Scope s = this; s != null; s = s.parent) {
            PSVariable v = s.own(key);
            if (v != null && (s == this || !v.isPrivate())) {
                return v;
            }
        }
        return null;
    }

    /** The nearest variable with this (lower-cased) name in a parent scope, or null; {@link #lookup} without this one. */
    public PSVariable lookupInParents(String key) {
        for (Scope s = parent; s != null; s = s.parent) {
            PSVariable v = s.own(key);
            if (v != null && !v.isPrivate()) {
                return v;
            }
        }
        return null;
    }

    public PSVariable local(String key) {
        return own(key);
    }

    /**
     * {@return a number that changes whenever a variable of this scope may have been removed or replaced} While it
     * stays the same, a variable found here earlier is still the one this scope holds by that name.
     */
    public int version() {
        return version;
    }

    /**
     * The variable an assignment here changes: this scope's own, or an AllScope one it shares; else null. The
     * parents are searched only for a name some variable has had AllScope for ({@link AllScopeNames}).
     */
    public PSVariable assignable(String key) {
        PSVariable v = own(key);
        if (v != null || parent == null || !AllScopeNames.mayBeAllScope(key)) {
            return v;
        }
        PSVariable inherited = parent.lookup(key);
        return inherited != null && inherited.isAllScope() ? inherited : null;
    }

    /** Sets the variable in this scope, creating it here if this scope has none by that name. */
    public PSVariable set(String name, Object value) {
        return set(key(name), name, value);
    }

    /** {@link #set(String, Object)} with the name's {@link #key} already computed. */
    public PSVariable set(String key, String name, Object value) {
        PSVariable v = assignable(key);
        if (v == null) {
            v = new PSVariable(name, value, VariableOptions.NONE);
            putVariable(key, v);
        } else {
            v.setValue(value);
        }
        return v;
    }

    public void define(PSVariable variable) {
        makeDeferred();
        version++;
        putVariable(key(variable.name()), variable);
    }

    public boolean remove(String key) {
        makeDeferred();
        version++;
        return removeVariable(key);
    }

    /** This scope's own variables by key, read-only: changes go through {@link #set}, {@link #define}, {@link #remove}. */
    public Map<String, PSVariable> variables() {
        makeDeferred();
        return variablesView();
    }

    /**
     * The nearest function (a ScriptBlock) with this lower-cased name, or null; a Private function is seen only from
     * its own scope.
     */
    public Object lookupFunction(String key) {
        for (Scope s = this; s != null; s = s.enclosingWithFunctions()) {
            FunctionItem f = s.functions == null ? null : s.functions.get(key);
            if (f != null && (s == this || !f.options().has(VariableOptions.PRIVATE_BIT))) {
                return f.body();
            }
        }
        return null;
    }

    /**
     * The nearest enclosing scope that had functions when last looked for; still right while no scope has changed its
     * functions since ({@link #FUNCTION_CHANGES}). A scope whose own answer is still right gives it to its
     * children, so a new call scope finds it in a step or two.
     */
    private Scope enclosingWithFunctions() {
        int epoch = FUNCTION_CHANGES.get();
        if (skipEpoch == epoch) {
            return skip;
        }
        Scope s = parent;
        while (s != null && s.functions == null) {
            if (s.skipEpoch == epoch) {
                s = s.skip;
                break;
            }
            s = s.parent;
        }
        skip = s;
        skipEpoch = epoch;
        return s;
    }

    /**
     * Defines a function without options; see {@link #defineFunction(String, Object, VariableOptions)}. The body may be
     * a {@link DeferredFunction}.
     */
    public boolean defineFunction(String name, Object function) {
        return defineFunction(name, function, VariableOptions.NONE);
    }

    /**
     * Defines a function in this scope, or replaces the AllScope one this scope shares. A ReadOnly or Constant
     * function is not replaced: the result is false, and the caller reports FunctionNotWritable.
     */
    public boolean defineFunction(String name, Object function, VariableOptions options) {
        String key = key(name);
        Scope owner = this;
        FunctionItem existing = functions == null ? null : functions.get(key);
        for (Scope s = parent; existing == null && s != null; s = s.parent) {
            FunctionItem inherited = s.functions == null ? null : s.functions.get(key);
            if (inherited != null && inherited.options().has(VariableOptions.ALL_SCOPE_BIT)) {
                owner = s;
                existing = inherited;
            }
        }
        if (existing != null && !existing.isWritable()) {
            return false;
        }
        if (owner.functions == null) {
            owner.functions = new HashMap<>(4);
        }
        owner.functions.put(key, new FunctionItem(name, function, options));
        FUNCTION_CHANGES.incrementAndGet();
        return true;
    }

    /** Removes this scope's own function with this lower-cased name; false when it has none by that name. */
    public boolean removeFunction(String key) {
        if (functions == null || functions.remove(key) == null) {
            return false;
        }
        FUNCTION_CHANGES.incrementAndGet();
        return true;
    }

    /** The count of function and alias changes so far; see {@link #FUNCTION_CHANGES}. */
    public static int functionChanges() {
        return FUNCTION_CHANGES.get();
    }

    /**
     * The scope a function lookup from here searches first: this one when it has functions of its own, else the
     * nearest enclosing one that has. While {@link #functionChanges} stays the same, every lookup of a name from
     * scopes with the same start (and the same answer to whether that start is the scope itself, which decides
     * whether its Private functions are seen) finds the same function.
     */
    public Scope functionLookupStart() {
        return functions != null ? this : enclosingWithFunctions();
    }

    /** This scope's own functions: each name as defined, with its body. */
    public Map<String, Object> functions() {
        Map<String, Object> own = new LinkedHashMap<>();
        if (functions == null) {
            return own;
        }
        functions.values().forEach(f -> own.put(f.name(), f.body()));
        return own;
    }

    /** The nearest alias with this lower-cased name defined in this scope or a parent, or null. */
    public Object lookupAlias(String key) {
        if (!localAliases) {
            return null;
        }
        for (Scope s = this; s != null; s = s.enclosingWithFunctions()) {
            Object alias = s.aliases == null ? null : s.aliases.get(key);
            if (alias != null) {
                return alias;
            }
        }
        return null;
    }

    /**
     * Defines an alias (its lower-cased name) in this scope only. The scope then counts as one with functions, so
     * that lookups reach it through the same skips ({@link #enclosingWithFunctions}) and a deep recursion that
     * defines no alias does not walk its scopes.
     */
    public void defineAlias(String key, Object alias) {
        if (aliases == null) {
            aliases = new LinkedHashMap<>(4);
            localAliases = true;
        }
        if (functions == null) {
            functions = new HashMap<>(4);
        }
        aliases.put(key, alias);
        FUNCTION_CHANGES.incrementAndGet();
    }

    /** Removes this scope's own alias with this lower-cased name; false when it has none by that name. */
    public boolean removeAlias(String key) {
        if (aliases == null || aliases.remove(key) == null) {
            return false;
        }
        FUNCTION_CHANGES.incrementAndGet();
        return true;
    }

    /** This scope's own aliases, in the order defined. */
    public java.util.Collection<Object> aliases() {
        return aliases == null ? List.of() : List.copyOf(aliases.values());
    }

    /** Forgets every variable and function of this scope. */
    public void clear() {
        version++;
        deferred = null;
        clearVariables(parent == null);
        functions = parent == null ? new ConcurrentHashMap<>() : null;
        aliases = null;
        FUNCTION_CHANGES.incrementAndGet();
    }
}
