package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.exec.AutomationNull;
import dev.jpwsh.engine.exec.ConfirmImpact;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.engine.scope.VariableOptions;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Get-Variable, Set-Variable, New-Variable, Remove-Variable and Clear-Variable. */
public final class VariableCommands {
    private VariableCommands() {
    }

    /**
     * What the variable cmdlets share: -Scope (a name or a number of levels up), -Option and -Force; each declares
     * its own -Name (one name or several), which only Get-Variable may leave out.
     */
    abstract static class VariableCommand extends Cmdlet {
        @Parameter
        String scope;

        @Parameter
        Object option;

        @Parameter
        boolean force;

        @Parameter
        String[] include;

        @Parameter
        String[] exclude;

        /** Whether -Include (when given: one of its patterns) and -Exclude (none of its patterns) let {@code name} by. */
        boolean passes(String name) {
            return (include == null || java.util.Arrays.stream(include).anyMatch(p -> Wildcard.matches(name, p, false)))
                    && (exclude == null || java.util.Arrays.stream(exclude).noneMatch(p -> Wildcard.matches(name, p,
                            false)));
        }

        /**
         * The variables {@code pattern} matches that -Include and -Exclude pass, by key, each with the scope that holds
         * it: without -Scope the nearest visible one of each name, with it only that scope's own.
         */
        Map<String, Scope> owners(String pattern) {
            Map<String, Scope> owners = new TreeMap<>();
            Scope start = targetScope();
            for (Scope s = start; s != null && (s == start || scope == null); s = s.parent()) {
                for (PSVariable v : s.variables().values()) {
                    if ((s == start || !v.isPrivate()) && Wildcard.matches(v.name(), pattern, false)
                            && passes(v.name())) {
                        owners.putIfAbsent(Scope.key(v.name()), s);
                    }
                }
            }
            return owners;
        }

        /**
         * The names a -Name entry stands for: the variables a wildcard pattern matches, or the name itself when
         * -Include and -Exclude let it by.
         */
        java.util.List<String> namesFor(String pattern) {
            if (Wildcard.containsWildcardCharacters(pattern)) {
                return owners(pattern).entrySet().stream().map(e -> e.getValue().local(e.getKey()).name()).toList();
            }
            return passes(pattern) ? java.util.List.of(pattern) : java.util.List.of();
        }

        /** The scope -Scope names; a number beyond the global scope ends the command, as in pwsh. */
        Scope targetScope() {
            try {
                return frame().scopeFor(callerScope(), scope);
            } catch (PSException e) {
                throw terminatingError(e);
            }
        }

        /** The options -Option names, or null when it is absent. */
        VariableOptions requestedOptions() {
            if (option == null) {
                return null;
            }
            StringBuilder names = new StringBuilder();
            Enumerables.write(option, o -> names.append(LanguagePrimitives.toString(o)).append(','));
            VariableOptions parsed = VariableOptions.parse(names.toString());
            return parsed == null ? VariableOptions.NONE : parsed;
        }

        /** The names -Name gives, or none. */
        abstract String[] names();

        void notFound(String missing) {
            writeError(RuntimeFailures.create("VariableNotFound", "ObjectNotFound",
                    "Cannot find a variable with the name '" + missing + "'.", missing,
                    "System.Management.Automation.ItemNotFoundException").record());
        }

        void notWritable(String name) {
            writeError(RuntimeFailures.create("VariableNotWritable", "WriteError",
                    "Cannot overwrite variable " + name + " because it is read-only or constant.", name,
                    "System.Management.Automation.SessionStateUnauthorizedAccessException").record());
        }

        /**
         * Sets the variable (its value unless {@code value} is AutomationNull, which stands for no -Value), the
         * options -Option names and the -Description when given, and {@return the variable}, or null when it may not
         * change: a constant variable never changes, a read-only one only with -Force.
         */
        PSVariable store(String name, Object value, String description) {
            Scope target = targetScope();
            PSVariable existing = target.assignable(Scope.key(name));
            VariableOptions options = requestedOptions();
            if (existing == null) {
                existing = new PSVariable(name, value == AutomationNull.VALUE ? null : value,
                        options == null ? VariableOptions.NONE : options);
                target.define(existing);
            } else if (existing.isConstant() || existing.isReadOnly() && !force
                    || options != null && options.has(VariableOptions.CONSTANT_BIT)) {
                notWritable(name);
                return null;
            } else {
                if (value != AutomationNull.VALUE) {
                    existing.setValue(value);
                }
                if (options != null) {
                    existing.setOptions(options);
                }
            }
            if (description != null) {
                existing.setDescription(description);
            }
            if ("private".equalsIgnoreCase(scope)) {
                existing.makePrivate();
            }
            return existing;
        }
    }

    /**
     * Set-Variable and New-Variable: a value (-Value, or each object piped in: one is the value, several an array),
     * a -Description, and -PassThru to write the variable.
     */
    abstract static class StoringVariableCommand extends NamedVariableCommand {
        /** AutomationNull, as in pwsh, until -Value is given or an object is piped in. */
        @Parameter(position = 1, valueFromPipeline = true)
        Object value = AutomationNull.VALUE;

        @Parameter
        String description;

        @Parameter
        boolean passThru;

        /** The values -Value or the pipeline gave, one per record. */
        final List<Object> values = new ArrayList<>();

        @Override
        protected void processRecord() {
            if (value != AutomationNull.VALUE) {
                values.add(value);
            }
        }

        /** {@return the value to store: AutomationNull for none (keeping an existing variable's), one, or an array} */
        Object collected() {
            return switch (values.size()) {
                case 0 -> AutomationNull.VALUE;
                case 1 -> values.getFirst();
                default -> values.toArray();
            };
        }

        void storeAndPass(String name, Object stored) {
            PSVariable variable = store(name, stored, description);
            if (variable != null && passThru) {
                writeObject(variable);
            }
        }
    }

    /** The variable cmdlets whose -Name must be given: Set, New, Remove and Clear-Variable. */
    abstract static class NamedVariableCommand extends VariableCommand {
        @Parameter(position = 0, mandatory = true)
        String[] name;

        @Override
        String[] names() {
            return name;
        }
    }

    @DotNetName("Microsoft.PowerShell.Commands.GetVariableCommand")
    @dev.jpwsh.engine.command.OutputType({"System.Management.Automation.PSVariable"})
    public static final class GetVariable extends VariableCommand {
        @Parameter(position = 0)
        private String[] name;

        @Override
        String[] names() {
            return name == null ? new String[0] : name;
        }

        /** The engine's own bookkeeping variables, which pwsh keeps out of sight. */
        private static final java.util.Set<String> ENGINE_KEYS = java.util.Set.of("__commandname",
                "__parametersetname", "__errorvariable", "__warningvariable", "__informationvariable", "__outvariable",
                "__pipelinevariable", "__strictmodeversion", dev.jpwsh.engine.exec.TrapSite.KEY);

        @Parameter
        private boolean valueOnly;

        /**
         * Without -Scope, every variable visible from the caller (the nearest of each name); with it, that scope's
         * own variables and the AllScope ones it shares.
         */
        @Override
        protected void endProcessing() {
            Map<String, PSVariable> visible = new TreeMap<>();
            Scope start = targetScope();
            for (Scope s = start; s != null; s = s.parent()) {
                for (PSVariable v : s.variables().values()) {
                    boolean seen = s == start || !v.isPrivate() && (scope == null || v.isAllScope());
                    if (seen && !ENGINE_KEYS.contains(Scope.key(v.name()))) {
                        visible.putIfAbsent(Scope.key(v.name()), v);
                    }
                }
            }
            String[] patterns = name == null ? new String[] {"*"} : name;
            Map<String, PSVariable> found = new java.util.LinkedHashMap<>();
            for (String pattern : patterns) {
                boolean matched = false;
                for (PSVariable v : visible.values()) {
                    if (Wildcard.matches(v.name(), pattern, false) && passes(v.name())) {
                        found.putIfAbsent(Scope.key(v.name()), v);
                        matched = true;
                    }
                }
                if (!matched && !Wildcard.containsWildcardCharacters(pattern)) {
                    notFound(pattern);
                }
            }
            for (PSVariable v : found.values()) {
                writeObject(valueOnly ? v.value() : v);
            }
        }
    }

    @DotNetName("Microsoft.PowerShell.Commands.SetVariableCommand")
    @dev.jpwsh.engine.command.OutputType({"System.Management.Automation.PSVariable"})
    @SupportsShouldProcess
    public static final class SetVariable extends StoringVariableCommand {
        /** Adds the values to the variable's own (an array's elements, or the value): one -Name only. */
        @Parameter
        private boolean append;

        @Override
        protected void beginProcessing() {
            if (append && names().length != 1) {
                throw terminatingError(RuntimeFailures.create("SetVariableAppend", "InvalidOperation",
                        "Operation is not valid due to the current state of the object.", names(),
                        "System.InvalidOperationException"));
            }
        }

        @Override
        protected void endProcessing() {
            Object stored = append ? appended() : collected();
            for (String pattern : names()) {
                namesFor(pattern).forEach(n -> storeAndPass(n, stored));
            }
        }

        /** The variable's value (its elements when it is a list or an array) followed by the values given. */
        private Object[] appended() {
            List<Object> all = new ArrayList<>();
            PSVariable current = targetScope().lookup(Scope.key(names()[0]));
            if (current != null) {
                switch (current.value()) {
                    case Object[] array -> all.addAll(java.util.Arrays.asList(array));
                    case List<?> list -> all.addAll(list);
                    case Object single -> all.add(single);
                    case null -> all.add(null);
                }
            }
            all.addAll(values);
            return all.toArray();
        }
    }

    @DotNetName("Microsoft.PowerShell.Commands.NewVariableCommand")
    @dev.jpwsh.engine.command.OutputType({"System.Management.Automation.PSVariable"})
    @SupportsShouldProcess(ConfirmImpact.Low)
    public static final class NewVariable extends StoringVariableCommand {
        @Override
        protected void endProcessing() {
            for (String n : names()) {
                if (targetScope().assignable(Scope.key(n)) != null && !force) {
                    writeError(RuntimeFailures.create("VariableAlreadyExists", "ResourceExists", "A variable with name '"
                            + n + "' already exists.", n, "System.Management.Automation.SessionStateException")
                            .record());
                } else {
                    storeAndPass(n, collected());
                }
            }
        }
    }

    @DotNetName("Microsoft.PowerShell.Commands.RemoveVariableCommand")
    @SupportsShouldProcess
    public static final class RemoveVariable extends NamedVariableCommand {
        /**
         * Removes each named variable (wildcards allowed) that -Include and -Exclude pass: without -Scope the nearest
         * visible one of each name, with it only that scope's own.
         */
        @Override
        protected void endProcessing() {
            for (String pattern : names()) {
                Map<String, Scope> owners = owners(pattern);
                if (owners.isEmpty() && !Wildcard.containsWildcardCharacters(pattern)) {
                    notFound(pattern);
                }
                owners.forEach(this::remove);
            }
        }

        private void remove(String key, Scope owner) {
            PSVariable v = owner.local(key);
            if (v.isConstant() || v.isReadOnly() && !force) {
                writeError(RuntimeFailures.create("VariableNotRemovable", "WriteError",
                        "Cannot remove variable " + v.name() + " because it is constant or read-only. If the variable "
                                + "is read-only, try the operation again specifying the Force option.", v.name(),
                        "System.Management.Automation.SessionStateUnauthorizedAccessException").record());
                return;
            }
            owner.remove(key);
        }
    }

    @DotNetName("Microsoft.PowerShell.Commands.ClearVariableCommand")
    @dev.jpwsh.engine.command.OutputType({"System.Management.Automation.PSVariable"})
    @SupportsShouldProcess
    public static final class ClearVariable extends NamedVariableCommand {
        @Parameter
        private boolean passThru;

        /** Sets each named variable (wildcards allowed) to $null; a name that is no variable is VariableNotFound. */
        @Override
        protected void endProcessing() {
            for (String pattern : names()) {
                for (String n : namesFor(pattern)) {
                    PSVariable v = targetScope().lookup(Scope.key(n));
                    if (v == null) {
                        notFound(n);
                    } else if (v.isConstant() || v.isReadOnly() && !force) {
                        notWritable(n);
                    } else {
                        v.setValue(null);
                        if (passThru) {
                            writeObject(v);
                        }
                    }
                }
            }
        }
    }
}
