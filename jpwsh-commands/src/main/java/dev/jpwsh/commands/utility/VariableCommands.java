package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.engine.scope.VariableOptions;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.Map;
import java.util.TreeMap;

/** Get-Variable, Set-Variable, New-Variable, Remove-Variable and Clear-Variable. */
public final class VariableCommands {
    private VariableCommands() {
    }

    /** What the variable cmdlets share: -Name, -Scope (a name or a number of levels up), -Option and -Force. */
    abstract static class VariableCommand extends Cmdlet {
        @Parameter(position = 0)
        String name;

        @Parameter
        String scope;

        @Parameter
        Object option;

        @Parameter
        boolean force;

        Scope targetScope() {
            if (scope != null && scope.chars().allMatch(Character::isDigit)) {
                Scope s = callerScope();
                for (int i = Integer.parseInt(scope); i > 0 && s.parent() != null; i--) {
                    s = s.parent();
                }
                return s;
            }
            boolean here = scope == null || scope.equalsIgnoreCase("local") || scope.equalsIgnoreCase("private");
            return here ? callerScope() : frame().scopeFor(scope);
        }

        /**
         * Checks that -Name was given: Set-, New-, Remove- and Clear-Variable declare it mandatory (Get-Variable does
         * not), so without it pwsh's binder reports MissingMandatoryParameter.
         */
        void requireName() {
            if (name == null) {
                throw terminatingError(RuntimeFailures.parameterBinding("MissingMandatoryParameter", "Cannot process "
                        + "command because of one or more missing mandatory parameters: Name."));
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

        void notWritable() {
            writeError(RuntimeFailures.create("VariableNotWritable", "WriteError",
                    "Cannot overwrite variable " + name + " because it is read-only or constant.", name,
                    "System.Management.Automation.SessionStateUnauthorizedAccessException").record());
        }

        /**
         * Sets the variable and the options -Option names. A constant variable never changes; a read-only one
         * only with -Force.
         */
        void store(Object value) {
            Scope target = targetScope();
            PSVariable existing = target.assignable(Scope.key(name));
            VariableOptions options = requestedOptions();
            if (existing == null) {
                target.define(new PSVariable(name, value, options == null ? VariableOptions.NONE : options));
                return;
            }
            if (existing.isConstant() || existing.isReadOnly() && !force
                    || options != null && options.has(VariableOptions.CONSTANT_BIT)) {
                notWritable();
                return;
            }
            existing.setValue(value);
            if (options != null) {
                existing.setOptions(options);
            }
        }
    }

    @DotNetName("Microsoft.PowerShell.Commands.GetVariableCommand")
    public static final class GetVariable extends VariableCommand {
        @Parameter
        private boolean valueOnly;

        @Override
        protected void endProcessing() {
            Map<String, PSVariable> found = new TreeMap<>();
            for (Scope s = targetScope(); s != null; s = s.parent()) {
                for (PSVariable v : s.variables().values()) {
                    if ((name == null || Wildcard.matches(v.name(), name, false))) {
                        found.putIfAbsent(Scope.key(v.name()), v);
                    }
                }
            }
            if (found.isEmpty() && name != null && !name.contains("*")) {
                writeError(RuntimeFailures.create("VariableNotFound",
                        "ObjectNotFound", "Cannot find a variable with the name '" + name + "'.", name,
                        "System.Management.Automation.ItemNotFoundException").record());
                return;
            }
            for (PSVariable v : found.values()) {
                if (valueOnly) {
                    writeObject(v.value());
                } else {
                    PSObject o = new PSObject();
                    o.set("Name", v.name());
                    o.set("Value", v.value());
                    o.set("Options", v.options());
                    writeObject(o);
                }
            }
        }
    }

    @DotNetName("Microsoft.PowerShell.Commands.SetVariableCommand")
    public static final class SetVariable extends VariableCommand {
        @Parameter(position = 1)
        private Object value;

        @Override
        protected void endProcessing() {
            requireName();
            store(value);
        }
    }

    @DotNetName("Microsoft.PowerShell.Commands.NewVariableCommand")
    public static final class NewVariable extends VariableCommand {
        @Parameter(position = 1)
        private Object value;

        @Override
        protected void endProcessing() {
            requireName();
            if (targetScope().assignable(Scope.key(name)) != null && !force) {
                writeError(RuntimeFailures.create("VariableAlreadyExists", "ResourceExists", "A variable with name '"
                        + name + "' already exists.", name, "System.Management.Automation.SessionStateException")
                        .record());
                return;
            }
            store(value);
        }
    }

    @DotNetName("Microsoft.PowerShell.Commands.RemoveVariableCommand")
    public static final class RemoveVariable extends VariableCommand {
        @Override
        protected void endProcessing() {
            requireName();
            PSVariable v = targetScope().local(Scope.key(name));
            if (v != null && (v.isConstant() || v.isReadOnly() && !force)) {
                writeError(RuntimeFailures.create("VariableNotRemovable", "WriteError",
                        "Cannot remove variable " + name + " because it is constant or read-only. If the variable is "
                                + "read-only, try the operation again specifying the Force option.", name,
                        "System.Management.Automation.SessionStateUnauthorizedAccessException").record());
                return;
            }
            targetScope().remove(Scope.key(name));
        }
    }

    @DotNetName("Microsoft.PowerShell.Commands.ClearVariableCommand")
    public static final class ClearVariable extends VariableCommand {
        @Override
        protected void endProcessing() {
            requireName();
            PSVariable v = targetScope().lookup(Scope.key(name));
            if (v != null && (v.isConstant() || v.isReadOnly() && !force)) {
                notWritable();
            } else if (v != null) {
                v.setValue(null);
            }
        }
    }
}
