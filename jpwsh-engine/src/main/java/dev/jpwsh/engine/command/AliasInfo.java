package dev.jpwsh.engine.command;

import dev.jpwsh.engine.scope.VariableOptions;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;
import java.util.Map;

/**
 * An alias: its name, the name of the command it stands for, its description and options ({@code None},
 * {@code ReadOnly}, {@code AllScope}, ...), and, when Get-Command or Get-Alias looked it up in a session, the command
 * it resolves to there (else null). Immutable.
 */
@DotNetName("System.Management.Automation.AliasInfo")
public record AliasInfo(String name, String definition, String description, VariableOptions options,
        CommandInfo resolvedCommand) implements CommandInfo {
    /** A built-in alias, with pwsh's options for it. */
    public AliasInfo(String name, String definition) {
        this(name, definition, "", VariableOptions.parse(CommandFacts.aliasOptions(name)), null);
    }

    /** This alias as it resolves to {@code command} in a session. */
    public AliasInfo resolvedTo(CommandInfo command) {
        return new AliasInfo(name, definition, description, options, command);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDefinition() {
        return definition;
    }

    public String getDescription() {
        return description;
    }

    public VariableOptions getOptions() {
        return options;
    }

    @Override
    public CommandTypes getCommandType() {
        return CommandTypes.Alias;
    }

    /** The command the alias finally runs: an alias of an alias is followed to its end, as pwsh does. */
    public CommandInfo getResolvedCommand() {
        CommandInfo command = resolvedCommand;
        for (int hops = 0; command instanceof AliasInfo alias && hops < 32; hops++) {
            command = alias.resolvedCommand;
        }
        return command;
    }

    public CommandInfo getReferencedCommand() {
        return resolvedCommand;
    }

    public String getResolvedCommandName() {
        CommandInfo command = getResolvedCommand();
        return command == null ? definition : command.getName();
    }

    /** Empty: pwsh's built-in aliases belong to no module, so their Source, ModuleName and Version are blank. */
    @Override
    public String getSource() {
        return "";
    }

    @Override
    public String getModuleName() {
        return getSource();
    }

    @Override
    public Object getVersion() {
        return null;
    }

    @Override
    public Map<Object, Object> getParameters() {
        return resolvedCommand == null ? Map.of() : resolvedCommand.getParameters();
    }

    @Override
    public List<CommandParameterSetInfo> getParameterSets() {
        return resolvedCommand == null ? List.of() : resolvedCommand.getParameterSets();
    }

    /** The name pwsh's table shows: {@code gci -> Get-ChildItem}, the command an alias chain ends in when known. */
    public String getDisplayName() {
        CommandInfo command = getResolvedCommand();
        return name + " -> " + (command == null ? definition : command.getName());
    }

    @Override
    public String toString() {
        return name;
    }
}
