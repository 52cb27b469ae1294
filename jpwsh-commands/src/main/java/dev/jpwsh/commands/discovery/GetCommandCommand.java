package dev.jpwsh.commands.discovery;

import dev.jpwsh.engine.command.AliasInfo;
import dev.jpwsh.engine.command.ApplicationInfo;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.CommandDiscovery;
import dev.jpwsh.engine.command.CommandInfo;
import dev.jpwsh.engine.command.CommandTypes;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.FunctionInfo;
import dev.jpwsh.engine.command.PSTypeName;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.ParameterMetadata;
import dev.jpwsh.engine.modules.ModuleTable;
import dev.jpwsh.engine.modules.PSModuleInfo;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Get-Command: the commands of the session as CommandInfo objects. Without -Name, the cmdlets, functions and
 * Verb-Noun aliases (-Verb, -Noun); with -Name, what each name means (the first match, or every match with -All,
 * -CommandType or a wildcard), programs on the PATH included; -Module, -ParameterName and -TotalCount narrow the
 * result, -Syntax writes each command's syntax text instead.
 */
@DotNetName("Microsoft.PowerShell.Commands.GetCommandCommand")
@DefaultParameterSet("CmdletSet")
@dev.jpwsh.engine.command.OutputType({
        "System.Management.Automation.AliasInfo",
        "System.Management.Automation.ApplicationInfo",
        "System.Management.Automation.FunctionInfo",
        "System.Management.Automation.CmdletInfo",
        "System.Management.Automation.ExternalScriptInfo",
        "System.Management.Automation.FilterInfo",
        "System.String",
        "System.Management.Automation.PSObject"})
public final class GetCommandCommand extends Cmdlet {
    @Parameter(parameterSetName = "AllCommandSet", position = 0, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private String[] name;

    @Parameter(parameterSetName = "CmdletSet", valueFromPipelineByPropertyName = true)
    private String[] verb;

    @Parameter(parameterSetName = "CmdletSet", valueFromPipelineByPropertyName = true)
    private String[] noun;

    @Parameter(valueFromPipelineByPropertyName = true, aliases = {"PSSnapin"})
    private String[] module;

    @Parameter
    private String[] excludeModule;

    @Parameter(parameterSetName = "AllCommandSet", valueFromPipelineByPropertyName = true, aliases = {"Type"})
    @PSTypeName("CommandTypes")
    private CommandTypes[] commandType;

    @Parameter(valueFromPipelineByPropertyName = true)
    private Integer totalCount;

    @Parameter(valueFromPipelineByPropertyName = true)
    private boolean syntax;

    @Parameter(position = 1, valueFromRemainingArguments = true, aliases = {"Args"})
    private Object[] argumentList;

    @Parameter(valueFromPipelineByPropertyName = true)
    private boolean all;

    @Parameter(valueFromPipelineByPropertyName = true)
    private boolean listImported;

    @Parameter(valueFromPipelineByPropertyName = true)
    private String[] parameterName;

    private final List<CommandInfo> found = new ArrayList<>();
    private final Set<String> matchedParameters = new HashSet<>();
    private boolean sawPattern;
    private Map<String, String> moduleOfFunction;

    @Override
    protected void processRecord() {
        if (name == null) {
            return;
        }
        for (String n : name) {
            search(n);
        }
    }

    @Override
    protected void endProcessing() {
        if (name == null) {
            sawPattern = true;
            EnumSet<CommandTypes> types = EnumSet.of(CommandTypes.Alias, CommandTypes.Function, CommandTypes.Filter,
                    CommandTypes.Cmdlet);
            types.retainAll(typesAsked());
            int accepted = 0;
            for (CommandInfo command : CommandDiscovery.all(frame())) {
                if (accepted < limit() && types.contains(command.getCommandType()) && verbNounMatch(command)
                        && accept(withModule(command))) {
                    accepted++;
                }
            }
            if (!all && totalCount == null) {
                boolean aliasesAsked = commandType != null && typesAsked().contains(CommandTypes.Alias);
                found.removeIf(c -> c.getName().indexOf('-') <= 0 && (c.getCommandType() == CommandTypes.Application
                        || c.getCommandType() == CommandTypes.Alias && !aliasesAsked));
            }
        }
        reportMissingParameters();
        List<CommandInfo> result = new ArrayList<>(found);
        if (sawPattern) {
            result.sort(Comparator.comparing((CommandInfo c) -> c.getCommandType().ordinal())
                    .thenComparing(CommandInfo::getName, String.CASE_INSENSITIVE_ORDER));
        }
        result.forEach(c -> writeObject(syntax ? syntaxText(c) : c));
    }

    /** The commands one -Name value means, added to the result; an error when a plain name means nothing. */
    private void search(String requested) {
        int slash = requested.indexOf('\\');
        boolean qualified = slash > 0 && slash < requested.length() - 1
                && !requested.toLowerCase(Locale.ROOT).endsWith(".ps1");
        String qualifier = qualified ? requested.substring(0, slash) : null;
        String plain = qualified ? requested.substring(slash + 1) : requested;
        boolean pattern = Wildcard.containsWildcardCharacters(plain);
        sawPattern |= pattern;
        List<CommandInfo> candidates = new ArrayList<>();
        if (pattern) {
            for (CommandInfo command : CommandDiscovery.all(frame())) {
                if (Wildcard.matches(command.getName(), plain, false)) {
                    candidates.add(withModule(command));
                }
            }
            if (typesAsked().contains(CommandTypes.Application)) {
                candidates.addAll(CommandDiscovery.applications(frame(), f -> Wildcard.matches(f, plain, false)));
            }
        } else {
            candidates.addAll(everyMeaning(plain));
        }
        boolean every = pattern || all || commandType != null || module != null || totalCount != null;
        boolean any = false;
        int accepted = 0;
        for (CommandInfo command : candidates) {
            if (accepted == limit()) {
                break;
            }
            if (qualifier != null && !qualifier.equalsIgnoreCase(command.getModuleName())) {
                continue;
            }
            if (!typesAsked().contains(command.getCommandType()) || !moduleMatch(command)) {
                continue;
            }
            any = true;
            if (accept(command)) {
                accepted++;
            }
            if (!every) {
                break;
            }
        }
        if (!any && !pattern) {
            writeError(DiscoveryErrors.commandNotFound(requested));
        }
    }

    /** Every command a plain name means, in the order pwsh's lookup tries them. */
    private List<CommandInfo> everyMeaning(String plain) {
        List<CommandInfo> meanings = new ArrayList<>();
        AliasInfo alias = CommandDiscovery.alias(frame(), plain);
        if (alias != null) {
            meanings.add(CommandDiscovery.find(frame(), plain));
        }
        FunctionInfo function = CommandDiscovery.function(frame(), plain);
        if (function != null) {
            meanings.add(withModule(function));
        }
        if (frame().context().commands().cmdlet(plain) != null) {
            meanings.add(frame().context().commands().cmdlet(plain));
        }
        CommandInfo script = CommandDiscovery.script(frame(), plain);
        if (script != null) {
            meanings.add(script);
        }
        if (plain.contains("/") || plain.contains("\\")) {
            CommandInfo program = CommandDiscovery.find(frame(), plain);
            if (program instanceof ApplicationInfo) {
                meanings.add(program);
            }
        } else {
            meanings.addAll(CommandDiscovery.applications(frame(), plain::equals));
        }
        return meanings;
    }

    /**
     * Adds a command that passed the name and type filters, if its parameters match and it is not there yet; true
     * when added.
     */
    private boolean accept(CommandInfo command) {
        if (!parameterMatch(command)) {
            return false;
        }
        boolean duplicate = found.stream().anyMatch(c -> c.getCommandType() == command.getCommandType()
                && c.getName().equalsIgnoreCase(command.getName()) && c.getSource().equals(command.getSource()));
        if (!duplicate) {
            found.add(command);
        }
        return !duplicate;
    }

    /** How many commands each name may add: -TotalCount, or no limit. */
    private int limit() {
        return totalCount == null || totalCount < 0 ? Integer.MAX_VALUE : totalCount;
    }

    private EnumSet<CommandTypes> typesAsked() {
        if (commandType == null) {
            return EnumSet.allOf(CommandTypes.class);
        }
        EnumSet<CommandTypes> asked = EnumSet.noneOf(CommandTypes.class);
        for (CommandTypes t : commandType) {
            if (t == CommandTypes.All) {
                return EnumSet.allOf(CommandTypes.class);
            }
            asked.add(t);
        }
        return asked;
    }

    private boolean verbNounMatch(CommandInfo command) {
        String commandName = command.getName();
        int dash = commandName.indexOf('-');
        String v = dash > 0 ? commandName.substring(0, dash) : "";
        String n = dash > 0 ? commandName.substring(dash + 1) : "";
        return moduleMatch(command) && (verb == null || Arrays.stream(verb).anyMatch(p -> Wildcard.matches(v, p, false)))
                && (noun == null || Arrays.stream(noun).anyMatch(p -> Wildcard.matches(n, p, false)));
    }

    private boolean moduleMatch(CommandInfo command) {
        String source = command.getModuleName();
        if (excludeModule != null && !source.isEmpty()
                && Arrays.stream(excludeModule).anyMatch(p -> Wildcard.matches(source, p, false))) {
            return false;
        }
        return module == null || Arrays.stream(module).anyMatch(p -> Wildcard.matches(source, p, false));
    }

    /** Whether the command has a parameter (by name or alias) each -ParameterName pattern matches. */
    private boolean parameterMatch(CommandInfo command) {
        if (parameterName == null) {
            return true;
        }
        Map<Object, Object> parameters = command.getParameters();
        boolean matched = false;
        for (String requested : parameterName) {
            for (Object metadata : parameters.values()) {
                ParameterMetadata p = (ParameterMetadata) metadata;
                boolean hit = Wildcard.matches(p.getName(), requested, false)
                        || p.getAliases().stream().anyMatch(a -> Wildcard.matches(a, requested, false));
                if (hit) {
                    matchedParameters.add(requested.toLowerCase(Locale.ROOT));
                    matched = true;
                }
            }
        }
        return matched;
    }

    private void reportMissingParameters() {
        if (parameterName == null) {
            return;
        }
        for (String requested : parameterName) {
            if (!Wildcard.containsWildcardCharacters(requested)
                    && !matchedParameters.contains(requested.toLowerCase(Locale.ROOT))) {
                writeError(DiscoveryErrors.commandParameterNotFound(requested));
            }
        }
    }

    /** A function exported by a module, named with that module (FunctionInfo.Source), else as it is. */
    private CommandInfo withModule(CommandInfo command) {
        if (!(command instanceof FunctionInfo function) || !function.moduleName().isEmpty()) {
            return command;
        }
        if (moduleOfFunction == null) {
            moduleOfFunction = new HashMap<>();
            for (PSModuleInfo m : ModuleTable.of(frame().context()).all(true)) {
                m.getExportedFunctions().keySet().forEach(f -> moduleOfFunction.putIfAbsent(
                        f.toLowerCase(Locale.ROOT), m.getName()));
            }
        }
        String owner = moduleOfFunction.get(function.name().toLowerCase(Locale.ROOT));
        return owner == null ? command : new FunctionInfo(function.name(), function.scriptBlock(), owner);
    }

    /**
     * The -Syntax text of a command: its syntax, or for a command found through an alias or pattern, the alias
     * naming its target first ({@code gci (alias) -> Get-ChildItem}), as pwsh writes it.
     */
    private String syntaxText(CommandInfo command) {
        if (command instanceof AliasInfo alias) {
            CommandInfo target = alias.resolvedCommand();
            if (target == null) {
                return alias.getDefinition();
            }
            if (target instanceof ApplicationInfo app) {
                return app.getPath();
            }
            return alias.name() + " (alias) -> " + target.getName() + "\n"
                    + target.syntax().replace(target.getName(), alias.name());
        }
        return command.syntax();
    }
}
