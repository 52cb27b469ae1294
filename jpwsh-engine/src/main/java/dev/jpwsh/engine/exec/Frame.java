package dev.jpwsh.engine.exec;

import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import java.util.Locale;

/**
 * Where code runs: the session, the current scope and the scope of the script being run ({@code $script:}).
 * A function call or script block invocation gets a new frame with a child scope.
 */
public final class Frame {
    private final ExecutionContext context;
    private final Scope scope;
    private final Scope scriptScope;
    /**
     * The scope {@code $global:} names: the session's global scope, except in a class method, whose frames hang under
     * the global scope of the session the instance was made in, whichever runspace calls it.
     */
    private final Scope global;
    /**
     * Set by a {@code return} that ends its end block without an exception (see
     * {@code Statements.Return#direct}): the statement lists it is in stop, and the block clears it.
     */
    private boolean returning;
    /**
     * What this frame remembers to spare searches ({@link Remembered}); null until a lookup in a scope of many
     * variables or a pipeline item needs it, which a plain function call's frame never does.
     */
    private Remembered remembered;
    /**
     * Searches of this frame's own scope so far, counted up to {@link #SEARCHES_BEFORE_REMEMBERING}: a frame that keeps
     * searching (a loop) remembers what it finds even in a scope of few variables.
     */
    private int searches;
    private static final int SEARCHES_BEFORE_REMEMBERING = 8;

    /**
     * The variables of the frame's scope found last ({@link #lookup}), under their keys, while the scope had
     * {@code version}, filled in turn, the oldest replaced first; and the variables {@link #setPipelineItem} set last,
     * while the scope had {@code itemVersion}: still the ones a set by their names would change, as no variable of the
     * scope has been removed or replaced since.
     */
    private static final class Remembered {
        private String key0;
        private String key1;
        private String key2;
        private PSVariable variable0;
        private PSVariable variable1;
        private PSVariable variable2;
        private int version;
        private PSVariable underscore;
        private PSVariable psItem;
        private int itemVersion;
    }

    public Frame(ExecutionContext context, Scope scope, Scope scriptScope) {
        this(context, scope, scriptScope, context.global());
    }

    /** A frame whose {@code $global:} is {@code global}, which need not be {@code context}'s (a class method's). */
    public Frame(ExecutionContext context, Scope scope, Scope scriptScope, Scope global) {
        this.context = context;
        this.scope = scope;
        this.scriptScope = scriptScope;
        this.global = global;
    }

    public ExecutionContext context() {
        return context;
    }

    public Scope scope() {
        return scope;
    }

    public Scope scriptScope() {
        return scriptScope;
    }

    /** {@return the scope {@code $global:} names here} */
    public Scope global() {
        return global;
    }

    /** A frame for a call: a new scope under this one. */
    public Frame childScope() {
        return new Frame(context, new Scope(scope), scriptScope, global);
    }

    /**
     * The scope a -Scope argument names, seen from {@code caller} (the scope the command was called from): Global,
     * Script, Local or Private (the caller's, as is null), or a number of scopes up from the caller's.
     *
     * @throws PSException ArgumentOutOfRange for a number beyond the global scope, as pwsh's GetScopeByID
     */
    public Scope scopeFor(Scope caller, String argument) {
        if (argument != null && !argument.isEmpty() && argument.chars().allMatch(Character::isDigit)) {
            int levels = Integer.parseInt(argument);
            Scope s = caller;
            for (int i = levels; i > 0; i--) {
                s = s.parent();
                if (s == null) {
                    throw RuntimeFailures.create("ArgumentOutOfRange", "InvalidArgument", "The scope number '"
                            + levels + "' exceeds the number of active scopes. (Parameter 'Scope')"
                            + System.lineSeparator() + "Actual value was " + levels + ".", levels,
                            "System.Management.Automation.PSArgumentOutOfRangeException");
                }
            }
            return s;
        }
        boolean here = argument == null || argument.equalsIgnoreCase("local") || argument.equalsIgnoreCase("private");
        return here ? caller : scopeFor(argument);
    }

    /** The scope a qualifier names: global, script, local/private, or this one when empty. */
    public Scope scopeFor(String qualifier) {
        if (qualifier.isEmpty()) {
            return scope;
        }
        return switch (qualifier.toLowerCase(Locale.ROOT)) {
            case "global" -> global;
            case "script" -> scriptScope;
            default -> scope;
        };
    }

    /**
     * The variable {@code $name} reads here (its lower-cased {@code key}): the nearest one, through the parents. When
     * this frame's own scope holds many variables, or the frame has searched it often, the last three found there are
     * remembered, by key identity and the scope's {@linkplain Scope#version version}, so a loop reading and updating
     * the same variables does not search the scope each time; a call that reads a few variables once makes nothing.
     */
    public PSVariable lookup(String key) {
        PSVariable local = ownVariable(key);
        return local != null ? local : scope.lookupInParents(key);
    }

    /** The variable an assignment to {@code key} here changes, as {@link Scope#assignable} finds it; remembered too. */
    public PSVariable assignable(String key) {
        PSVariable local = ownVariable(key);
        return local != null ? local : scope.assignable(key);
    }

    /** This frame's own scope's variable {@code key}, from the three remembered ones or its map (then remembered). */
    private PSVariable ownVariable(String key) {
        PSVariable local = cachedLocal(key);
        if (local == null) {
            local = scope.local(key);
            if (local != null && (searches >= SEARCHES_BEFORE_REMEMBERING || ++searches == SEARCHES_BEFORE_REMEMBERING
                    || scope.hasManyVariables())) {
                remember(key, local);
            }
        }
        return local;
    }

    private PSVariable cachedLocal(String key) {
        Remembered r = remembered;
        if (r == null || r.version != scope.version()) {
            return null;
        }
        return r.key0 == key ? r.variable0 : r.key1 == key ? r.variable1 : r.key2 == key ? r.variable2 : null;
    }

    private void remember(String key, PSVariable variable) {
        Remembered r = remembered();
        if (r.version != scope.version()) {
            r.key1 = null;
            r.key0 = null;
            r.version = scope.version();
        }
        r.key2 = r.key1;
        r.variable2 = r.variable1;
        r.key1 = r.key0;
        r.variable1 = r.variable0;
        r.key0 = key;
        r.variable0 = variable;
    }

    private Remembered remembered() {
        if (remembered == null) {
            remembered = new Remembered();
            remembered.version = -1;
            remembered.itemVersion = -1;
        }
        return remembered;
    }

    public boolean returning() {
        return returning;
    }

    public void setReturning(boolean returning) {
        this.returning = returning;
    }

    /** The value of the nearest variable by that key, or null; found without remembering it ({@link #lookup}). */
    public Object variable(String key) {
        PSVariable v = scope.lookup(key);
        return v == null ? null : v.value();
    }

    public void setLocal(String name, Object value) {
        scope.set(name, value);
    }

    /** Sets {@code $_} and {@code $PSItem} here, as a pipeline or a catch block gives each its current object. */
    public void setPipelineItem(Object item) {
        Remembered r = remembered();
        if (r.underscore != null && r.itemVersion == scope.version()) {
            r.underscore.setValue(item);
            r.psItem.setValue(item);
            return;
        }
        r.underscore = scope.set("_", "_", item);
        r.psItem = scope.set("psitem", "PSItem", item);
        r.itemVersion = scope.version();
    }

    /** {@link #setLocal(String, Object)} with the name's {@link Scope#key} already computed. */
    public void setLocal(String key, String name, Object value) {
        scope.set(key, name, value);
    }
}
