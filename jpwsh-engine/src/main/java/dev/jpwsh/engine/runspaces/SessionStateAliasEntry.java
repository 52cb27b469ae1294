package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.command.CommandTypes;
import dev.jpwsh.engine.scope.VariableOptions;
import dev.jpwsh.engine.types.DotNetName;

/** An alias: a name that stands for another command's name. Its options are kept; jpwsh has no alias cmdlets. */
@DotNetName("System.Management.Automation.Runspaces.SessionStateAliasEntry")
public final class SessionStateAliasEntry extends SessionStateCommandEntry {
    private final String definition;
    private final String description;
    private final VariableOptions options;

    public SessionStateAliasEntry(String name, String definition) {
        this(name, definition, "");
    }

    public SessionStateAliasEntry(String name, String definition, String description) {
        this(name, definition, description, VariableOptions.None);
    }

    public SessionStateAliasEntry(String name, String definition, String description, VariableOptions options) {
        super(name, SessionStateEntryVisibility.Public);
        this.definition = definition;
        this.description = description;
        this.options = options;
    }

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

    @Override
    public SessionStateAliasEntry Clone() {
        return withVisibilityOf(new SessionStateAliasEntry(getName(), definition, description, options));
    }
}
