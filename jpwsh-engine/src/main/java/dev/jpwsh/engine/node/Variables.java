package dev.jpwsh.engine.node;

import dev.jpwsh.engine.exec.AutomationNull;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.convert.LanguagePrimitives;

/** Variable reads and writes. Names are lower-cased when compiled, so lookups do no case folding. */
public final class Variables {
    private Variables() {
    }

    /** A value converted to a variable's type constraint, which ConstrainedLanguage allows for core types only. */
    private static Object constrained(Frame frame, Object value, Class<?> type) {
        return MemberGate.convert(frame.context(), value, type, java.util.List.of());
    }

    /**
     * {@code $using:name}: the value the caller passed for {@code name} when this session runs a ForEach-Object
     * -Parallel task ({@link dev.jpwsh.engine.exec.ExecutionContext#usingValue}); otherwise, as before, the
     * variable {@code local} names.
     */
    public record UsingVariable(String key, Expr local) implements Expr {
        @Override
        public Object eval(Frame frame) {
            java.util.Map<String, Object> values = frame.context().usingValues();
            return values.containsKey(key) ? values.get(key) : local.eval(frame);
        }
    }

    /**
     * {@code $name}, {@code $script:name}, {@code $global:name}, {@code $local:name}. Under strict mode, reading a
     * variable that was never set is an error ({@code inString}: not under version 1, which allows it in strings).
     */
    public record Variable(String name, String key, String qualifier, boolean inString) implements Assignable {
        public static Variable of(String name, String qualifier) {
            return new Variable(name, Scope.key(name).intern(), qualifier, false);
        }

        public Variable inExpandableString() {
            return new Variable(name, key, qualifier, true);
        }

        @Override
        public Object eval(Frame frame) {
            PSVariable v = qualifier.isEmpty() ? frame.lookup(key) : lookupQualified(frame);
            if (v == null) {
                return undefined(frame);
            }
            return v.value();
        }

        @Override
        public Object evalKeepingNothing(Frame frame) {
            PSVariable v = qualifier.isEmpty() ? frame.lookup(key) : lookupQualified(frame);
            return v == null ? undefined(frame) : v.valueKeepingNothing();
        }

        private Object undefined(Frame frame) {
            Object strict = frame.variable(StrictMode.VARIABLE);
            if (strict != null && !(inString && StrictMode.version(strict) < 2) && !key.equals("_")
                    && !key.equals("psitem")) {
                throw dev.jpwsh.engine.exec.RuntimeFailures.create("VariableIsUndefined", "InvalidOperation",
                        "The variable '$" + name + "' cannot be retrieved because it has not been set.", name);
            }
            return null;
        }

        private PSVariable lookupQualified(Frame frame) {
            Scope scope = frame.scopeFor(qualifier);
            return qualifier.equalsIgnoreCase("local") || qualifier.equalsIgnoreCase("private") ? scope.local(key)
                    : scope.lookup(key);
        }

        /**
         * The variable an update ({@code +=}, {@code ++}) changes in place: the one in the scope assignments go
         * to; null when it does not exist there yet or cannot be written.
         */
        public PSVariable forUpdate(Frame frame) {
            PSVariable v = qualifier.isEmpty() ? frame.assignable(key) : frame.scopeFor(qualifier).assignable(key);
            return v == null || v.isReadOnly() ? null : v;
        }

        @Override
        public void assign(Frame frame, Object value) {
            Scope scope = frame.scopeFor(qualifier);
            PSVariable v = qualifier.isEmpty() ? frame.assignable(key) : scope.assignable(key);
            if (v == null) {
                PSVariable created = scope.set(name, value);
                if (qualifier.equalsIgnoreCase("private")) {
                    created.makePrivate();
                }
                return;
            }
            if (v.isReadOnly()) {
                throw RuntimeFailures.variableNotWritable(name);
            }
            v.setValue(v.typeConstraint() == null ? value
                    : constrained(frame, value == AutomationNull.VALUE ? null : value, v.typeConstraint()));
        }
    }

    /** {@code [ref]$x}: a reference to the variable itself (created, as null, when it does not exist yet). */
    public record Reference(Variable variable) implements Expr {
        @Override
        public Object eval(Frame frame) {
            PSVariable v = frame.scopeFor(variable.qualifier()).lookup(variable.key());
            if (v == null) {
                v = frame.scopeFor(variable.qualifier()).set(variable.name(), null);
            }
            return dev.jpwsh.dotnet.Ref.to(v);
        }
    }

    /** {@code $env:NAME}: the process environment, with the changes scripts made (process-wide, as in pwsh). */
    public record Environment(String name) implements Assignable {
        @Override
        public Object eval(Frame frame) {
            return frame.context().environment().get(name);
        }

        @Override
        public void assign(Frame frame, Object value) {
            frame.context().environment().set(name, value == null ? null : value.toString());
        }
    }

    /**
     * {@code ${function:Name}}: the function's script block, or null; assigning a script block (or its text) defines
     * the function in the current scope. The usual way to hand a function to another runspace.
     */
    public record FunctionDrive(String name) implements Assignable {
        private static final java.util.Set<String> SCOPES = java.util.Set.of("global", "script", "local", "private");

        @Override
        public Object eval(Frame frame) {
            return frame.scopeFor(scopeName()).lookupFunction(Scope.key(functionName()));
        }

        /**
         * Defines the function in the scope the name names ({@code function:global:f}) or this one: a script block
         * stays bound to the session state it was made in, as pwsh keeps the block itself, so a module's
         * {@code ${function:f} = {...}} runs in the module wherever it is called; text becomes a block of this one.
         */
        @Override
        public void assign(Frame frame, Object value) {
            ScriptBlock body = value instanceof ScriptBlock block ? block.homedIn(frame)
                    : ScriptBlock.definedIn(ScriptBlock.Create(LanguagePrimitives.toString(value)).body(), frame);
            if (!frame.scopeFor(scopeName()).defineFunction(functionName(), body)) {
                throw RuntimeFailures.functionNotWritable(functionName());
            }
        }

        /** The scope qualifier in the name ({@code global} of {@code global:f}), or empty. */
        private String scopeName() {
            int colon = name.indexOf(':');
            String prefix = colon < 0 ? "" : name.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
            return SCOPES.contains(prefix) ? prefix : "";
        }

        private String functionName() {
            return scopeName().isEmpty() ? name : name.substring(name.indexOf(':') + 1);
        }
    }

    /** {@code [type] $x = value}: converts and constrains the variable to the type. */
    public record TypedVariable(Variable variable, Access.TypeLiteral typeName) implements Assignable {
        @Override
        public Object eval(Frame frame) {
            return constrained(frame, variable.eval(frame), typeName.type(frame));
        }

        @Override
        public void assign(Frame frame, Object value) {
            Class<?> type = typeName.type(frame);
            Object converted = constrained(frame, value, type);
            Scope scope = frame.scopeFor(variable.qualifier());
            PSVariable v = scope.set(variable.name(), converted);
            v.setTypeConstraint(type);
        }
    }

    /**
     * A type before a member or index target ({@code [int]$h.x = "5"}): the value is converted before it is
     * assigned; unlike a variable, the target keeps no type constraint.
     */
    public record ConvertedTarget(Assignable target, Access.TypeLiteral typeName) implements Assignable {
        @Override
        public Object eval(Frame frame) {
            return constrained(frame, target.eval(frame), typeName.type(frame));
        }

        @Override
        public void assign(Frame frame, Object value) {
            target.assign(frame, constrained(frame, value, typeName.type(frame)));
        }
    }

    /** {@code $?}: whether the last command succeeded; assigning to it fails as to any read-only variable. */
    public record LastSucceeded() implements Assignable {
        @Override
        public Object eval(Frame frame) {
            return frame.context().lastSucceeded();
        }

        @Override
        public void assign(Frame frame, Object value) {
            throw RuntimeFailures.variableNotWritable("?");
        }
    }
}
