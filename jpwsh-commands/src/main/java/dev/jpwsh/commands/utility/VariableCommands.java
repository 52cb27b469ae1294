package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.Map;
import java.util.TreeMap;

/** Get-Variable, Set-Variable, New-Variable, Remove-Variable and Clear-Variable. */
public final class VariableCommands {
    private VariableCommands() {
    }

    /** What the variable cmdlets share: -Name, -Scope (a name or a number of levels up) and -Option. */
    abstract static class VariableCommand extends Cmdlet {
        @Parameter(position = 0)
        String name;

        @Parameter
        String scope;

        @Parameter
        String option;

        @Parameter
        boolean force;

        Scope targetScope() {
            if (scope != null && scope.chars().allMatch(Character::isDigit)) {
                Scope s = frame().scope();
                for (int i = Integer.parseInt(scope); i > 0 && s.parent() != null; i--) {
                    s = s.parent();
                }
                return s;
            }
            return scope == null ? frame().scope() : frame().scopeFor(scope);
        }

        /** Sets the variable, honouring -Option ReadOnly/Constant and refusing to change read-only ones. */
        void store(Object value) {
            Scope target = targetScope();
            PSVariable existing = target.local(Scope.key(name));
            if (existing != null && existing.isConstant() && !force) {
                writeError(RuntimeFailures.create("VariableNotWritable,Microsoft.PowerShell.Commands."
                        + getClass().getSimpleName() + "Command", "WriteError", "Cannot overwrite variable " + name
                        + " because it is read-only or constant.", name,
                        "System.Management.Automation.SessionStateUnauthorizedAccessException").record());
                return;
            }
            boolean readOnly = option != null && (option.toLowerCase(java.util.Locale.ROOT).contains("readonly")
                    || option.toLowerCase(java.util.Locale.ROOT).contains("constant"));
            if (readOnly || existing != null && existing.isConstant()) {
                target.define(new PSVariable(name, value, readOnly));
            } else {
                target.set(name, value);
            }
        }
    }

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
                writeError(RuntimeFailures.create("VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand",
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
                    writeObject(o);
                }
            }
        }
    }

    public static final class SetVariable extends VariableCommand {
        @Parameter(position = 1)
        private Object value;

        @Override
        protected void endProcessing() {
            store(value);
        }
    }

    public static final class NewVariable extends VariableCommand {
        @Parameter(position = 1)
        private Object value;

        @Override
        protected void endProcessing() {
            if (targetScope().local(Scope.key(name)) != null && !force) {
                writeError(RuntimeFailures.create("VariableAlreadyExists,Microsoft.PowerShell.Commands."
                        + "NewVariableCommand", "ResourceExists", "A variable with name '" + name
                        + "' already exists.", name, "System.Management.Automation.SessionStateException").record());
                return;
            }
            store(value);
        }
    }

    public static final class RemoveVariable extends VariableCommand {
        @Override
        protected void endProcessing() {
            targetScope().remove(Scope.key(name));
        }
    }

    public static final class ClearVariable extends VariableCommand {
        @Override
        protected void endProcessing() {
            PSVariable v = targetScope().lookup(Scope.key(name));
            if (v != null) {
                v.setValue(null);
            }
        }
    }
}
