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
     * The variables of this frame's scope found last ({@link #lookup}), under their keys, while the scope had
     * {@code rememberedVersion}; filled in turn, the oldest replaced first.
     */
    private String key0;
    private String key1;
    private String key2;
    private PSVariable variable0;
    private PSVariable variable1;
    private PSVariable variable2;
    private long rememberedVersion;
    /**
     * The variables {@link #setPipelineItem} set last, while the scope had {@code itemVersion}: still the ones a
     * set by their names would change, as no variable of the scope has been removed or replaced since.
     */
    private PSVariable underscore;
    private PSVariable psItem;
    private long itemVersion;

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
     */
    public Scope scopeFor(Scope caller, String argument) {
        if (argument != null && !argument.isEmpty() && argument.chars().allMatch(Character::isDigit)) {
            Scope s = caller;
            for (int i = Integer.parseInt(argument); i > 0 && s.parent() != null; i--) {
                s = s.parent();
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
     * The variable {@code $name} reads here (its lower-cased {@code key}): the nearest one, through the parents. The
     * last two found in this frame's own scope are remembered, by key identity and the scope's
     * {@linkplain Scope#version version}, so a loop reading and updating the same variables does not search the
     * scope's map each time.
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
            if (local != null) {
                remember(key, local);
            }
        }
        return local;
    }

    private PSVariable cachedLocal(String key) {
        if (rememberedVersion != scope.version()) {
            return null;
        }
        return key0 == key ? variable0 : key1 == key ? variable1 : key2 == key ? variable2 : null;
    }

    private void remember(String key, PSVariable variable) {
        if (rememberedVersion != scope.version()) {
            key1 = null;
            key0 = null;
            rememberedVersion = scope.version();
        }
        key2 = key1;
        variable2 = variable1;
        key1 = key0;
        variable1 = variable0;
        key0 = key;
        variable0 = variable;
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
        if (underscore != null && itemVersion == scope.version()) {
            underscore.setValue(item);
            psItem.setValue(item);
            return;
        }
        underscore = scope.set("_", "_", item);
        psItem = scope.set("psitem", "PSItem", item);
        itemVersion = scope.version();
    }

    /** {@link #setLocal(String, Object)} with the name's {@link Scope#key} already computed. */
    public void setLocal(String key, String name, Object value) {
        scope.set(key, name, value);
    }
}
