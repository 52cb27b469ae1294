package dev.jpwsh.commands.discovery;

import dev.jpwsh.engine.command.AliasInfo;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.CommandDiscovery;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.exec.CmdletContext;
import dev.jpwsh.engine.exec.ConfirmImpact;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.engine.scope.VariableOptions;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Get-Alias, New-Alias, Set-Alias and Remove-Alias. A session's global aliases live in its command table: defining or
 * removing one gives the session a changed copy ({@link ExecutionContext#replaceCommands}). An alias defined in a
 * function or a -Scope below the global one lives in that scope ({@link Scope#defineAlias}) and goes with it; the
 * global ones (AllScope aliases such as gci) are seen from every scope. A module's own top-level aliases go to the
 * session, as jpwsh's modules export every alias.
 */
public final class AliasCommands {
    private AliasCommands() {
    }

    /**
     * The error of a -Scope value pwsh refuses before it touches an alias table, or null for a valid one: Global,
     * Local, Private, Script or a number of scopes up from the caller's.
     */
    static ErrorRecord scopeError(String scope, Scope callerScope) {
        if (scope == null || scope.isEmpty() || List.of("global", "local", "private", "script")
                .contains(scope.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        long levels;
        try {
            levels = Long.parseLong(scope.strip());
        } catch (NumberFormatException notANumber) {
            return DiscoveryErrors.invalidScope();
        }
        int depth = 0;
        for (Scope s = callerScope; s.parent() != null; s = s.parent()) {
            depth++;
        }
        return levels < 0 || levels > depth ? DiscoveryErrors.scopeOutOfRange(scope, levels < 0) : null;
    }

    /** Fails the command with the error of its -Scope value, if pwsh refuses it. */
    private static void checkScope(String scope, Scope callerScope,
            java.util.function.Function<ErrorRecord, RuntimeException> fail) {
        ErrorRecord error = scopeError(scope, callerScope);
        if (error != null) {
            throw fail.apply(error);
        }
    }

    /**
     * What the alias cmdlets share: finding, defining and removing an alias in the scope a -Scope value names.
     */
    abstract static class AliasCommand extends Cmdlet {
        /**
         * Whether aliases defined in {@code scope} belong in the session's table: the global scope, the top level of
         * a script run from it (pwsh runs {@code -File} scripts in the global scope), or a module's own scope.
         */
        final boolean isSessionScope(Scope scope) {
            ExecutionContext context = frame().context();
            return scope == context.global() || scope.parent() == context.global()
                    && (scope == frame().scriptScope()
                            || dev.jpwsh.engine.modules.ModuleTable.of(context).moduleOf(scope) != null);
        }

        /** The scope an alias command's -Scope names (the caller's when null). */
        final Scope targetScope(String scope) {
            return frame().scopeFor(callerScope(), scope);
        }

        /** The aliases a -Scope value lists: that scope's own; without one, every alias the caller sees. */
        final List<AliasInfo> aliasesIn(String scope) {
            if (scope == null) {
                return CommandDiscovery.aliases(frame());
            }
            Scope target = targetScope(scope);
            if (isSessionScope(target)) {
                return frame().context().commands().aliases();
            }
            List<AliasInfo> own = new ArrayList<>(target.aliases().stream().map(AliasInfo.class::cast).toList());
            frame().context().commands().aliases().stream()
                    .filter(a -> a.options().has(VariableOptions.ALL_SCOPE_BIT)
                            && own.stream().noneMatch(o -> o.name().equalsIgnoreCase(a.name())))
                    .forEach(own::add);
            return own;
        }

        /** The alias {@code name} in a -Scope value's scope, or the nearest one the caller sees without one; or null. */
        final AliasInfo aliasIn(String scope, String name) {
            if (scope == null) {
                return CommandDiscovery.alias(frame(), name);
            }
            return aliasesIn(scope).stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst()
                    .orElse(null);
        }

        /** Defines {@code alias} in the scope a -Scope value names. */
        final void defineIn(String scope, AliasInfo alias) {
            Scope target = targetScope(scope);
            ExecutionContext context = frame().context();
            if (isSessionScope(target)) {
                context.replaceCommands(context.commands().withAlias(alias));
            } else {
                target.defineAlias(Scope.key(alias.name()), alias);
            }
        }

        /** Removes the alias {@code name} from the scope a -Scope value names, or the nearest scope that has it. */
        final void removeIn(String scope, String name) {
            ExecutionContext context = frame().context();
            for (Scope s = targetScope(scope); s != null; s = scope == null ? s.parent() : null) {
                if (isSessionScope(s)) {
                    context.replaceCommands(context.commands().withoutAlias(name));
                    return;
                }
                if (s.removeAlias(Scope.key(name))) {
                    return;
                }
            }
        }
    }

    /** Get-Alias: the aliases whose names (or, with -Definition, targets) match, sorted by name. */
    @DotNetName("Microsoft.PowerShell.Commands.GetAliasCommand")
    @DefaultParameterSet("Default")
    @dev.jpwsh.engine.command.OutputType({"System.Management.Automation.AliasInfo"})
    public static final class GetAlias extends AliasCommand {
        @Parameter(parameterSetName = "Default", position = 0, valueFromPipeline = true,
                valueFromPipelineByPropertyName = true)
        private String[] name;

        @Parameter
        private String[] exclude;

        @Parameter
        private String scope;

        @Parameter(parameterSetName = "Definition")
        private String[] definition;

        @Override
        protected void processRecord() {
            checkScope(scope, callerScope(), this::terminatingError);
            boolean byDefinition = definition != null;
            for (String pattern : byDefinition ? definition : name == null ? new String[] {"*"} : name) {
                List<AliasInfo> matches = new ArrayList<>();
                for (AliasInfo alias : aliasesIn(scope)) {
                    String key = byDefinition ? alias.definition() : alias.name();
                    if (Wildcard.matches(key, pattern, false) && (exclude == null
                            || Arrays.stream(exclude).noneMatch(e -> Wildcard.matches(key, e, false)))) {
                        matches.add(alias.resolvedTo(CommandDiscovery.find(frame(), alias.definition())));
                    }
                }
                matches.sort(Comparator.comparing(AliasInfo::name, String.CASE_INSENSITIVE_ORDER));
                matches.forEach(this::writeObject);
                if (matches.isEmpty() && !Wildcard.containsWildcardCharacters(pattern) && exclude == null) {
                    writeError(DiscoveryErrors.aliasNotFound(byDefinition ? "definition" : "name", pattern));
                }
            }
        }
    }

    /** What New-Alias and Set-Alias share: the alias's name, target, description and options. */
    abstract static class WriteAlias extends AliasCommand {
        @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
        String name;

        @Parameter(position = 1, mandatory = true, valueFromPipelineByPropertyName = true)
        String value;

        @Parameter(valueFromPipelineByPropertyName = true)
        String description;

        @Parameter(valueFromPipelineByPropertyName = true)
        VariableOptions option;

        @Parameter
        boolean passThru;

        @Parameter(valueFromPipelineByPropertyName = true)
        String scope;

        @Parameter
        boolean force;

        /**
         * Defines the alias, unless an existing one is read-only (without -Force) or constant, or -WhatIf only tells
         * what {@code action} would do.
         */
        void define(String action) {
            checkScope(scope, callerScope(), this::terminatingError);
            AliasInfo existing = aliasIn(scope == null ? "Local" : scope, name);
            if (existing != null && (existing.options().has(VariableOptions.CONSTANT_BIT)
                    || existing.options().has(VariableOptions.READ_ONLY_BIT) && !force)) {
                writeError(DiscoveryErrors.aliasNotWritable(name));
                return;
            }
            if (!new CmdletContext(frame(), null, Pipe.NULL).ShouldProcess("Name: " + name + " Value: " + value,
                    action)) {
                return;
            }
            AliasInfo alias = new AliasInfo(name, value, description == null ? "" : description,
                    option == null ? VariableOptions.NONE : option, null);
            defineIn(scope, alias);
            if (passThru) {
                writeObject(alias.resolvedTo(CommandDiscovery.find(frame(), value)));
            }
        }
    }

    /** New-Alias: a new alias; one by that name already there is an error unless -Force. */
    @DotNetName("Microsoft.PowerShell.Commands.NewAliasCommand")
    @SupportsShouldProcess(ConfirmImpact.Low)
    @dev.jpwsh.engine.command.OutputType({"System.Management.Automation.AliasInfo"})
    public static final class NewAlias extends WriteAlias {
        @Override
        protected void processRecord() {
            checkScope(scope, callerScope(), this::terminatingError);
            if (!force && aliasIn(scope, name) != null) {
                writeError(DiscoveryErrors.aliasExists(name));
                return;
            }
            define("New Alias");
        }
    }

    /** Set-Alias: defines or changes an alias. */
    @DotNetName("Microsoft.PowerShell.Commands.SetAliasCommand")
    @SupportsShouldProcess
    @dev.jpwsh.engine.command.OutputType({"System.Management.Automation.AliasInfo"})
    public static final class SetAlias extends WriteAlias {
        @Override
        protected void processRecord() {
            define("Set Alias");
        }
    }

    /** Remove-Alias: removes aliases; a read-only one only with -Force, a constant one never. */
    @DotNetName("Microsoft.PowerShell.Commands.RemoveAliasCommand")
    @DefaultParameterSet("Default")
    public static final class RemoveAlias extends AliasCommand {
        @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
        private String[] name;

        @Parameter
        private String scope;

        @Parameter
        private boolean force;

        @Override
        protected void processRecord() {
            checkScope(scope, callerScope(), this::terminatingError);
            for (String n : name) {
                AliasInfo existing = aliasIn(scope, n);
                if (existing == null) {
                    writeError(DiscoveryErrors.aliasNotFound("name", n));
                } else if (existing.options().has(VariableOptions.CONSTANT_BIT)
                        || existing.options().has(VariableOptions.READ_ONLY_BIT) && !force) {
                    throw terminatingError(DiscoveryErrors.aliasNotRemovable(n));
                } else {
                    removeIn(scope, n);
                }
            }
        }
    }
}
