package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.command.CommandTypes;
import dev.jpwsh.engine.scope.VariableOptions;
import dev.jpwsh.runtime.object.DotNetName;

/** An alias: a name that stands for another command's name. Its options are kept; jpwsh has no alias cmdlets. */
@DotNetName("System.Management.Automation.Runspaces.SessionStateAliasEntry")
public final class SessionStateAliasEntry extends SessionStateCommandEntry {
    private final String definition;
    private final String description;
    private final VariableOptions options;

    /**
     * An alias {@code name} for {@code definition}, with an empty description and no options.
     *
     * @param name the alias
     * @param definition the name of the command it stands for
     */
    public SessionStateAliasEntry(String name, String definition) {
        this(name, definition, "");
    }

    /**
     * An alias with a description and no options.
     *
     * @param name the alias
     * @param definition the name of the command it stands for
     * @param description its Description, kept only
     */
    public SessionStateAliasEntry(String name, String definition, String description) {
        this(name, definition, description, VariableOptions.None);
    }

    /**
     * An alias with a description and options.
     *
     * @param name the alias
     * @param definition the name of the command it stands for
     * @param description its Description, kept only
     * @param options its Options (ScopedItemOptions), kept only
     */
    public SessionStateAliasEntry(String name, String definition, String description, VariableOptions options) {
        super(name, SessionStateEntryVisibility.Public);
        this.definition = definition;
        this.description = description;
        this.options = options;
    }

    /** {@return {@code Definition}: the name of the command the alias stands for} */
    public String getDefinition() {
        return definition;
    }

    /** {@return {@code Description}: kept only; empty unless given} */
    public String getDescription() {
        return description;
    }

    /** {@return {@code Options}: kept only; the alias is defined without them} */
    public VariableOptions getOptions() {
        return options;
    }

    /** {@return {@code Alias}} */
    @Override
    public CommandTypes getCommandType() {
        return CommandTypes.Alias;
    }

    /** {@return a copy with the same values and visibility} */
    @Override
    public SessionStateAliasEntry Clone() {
        return withVisibilityOf(new SessionStateAliasEntry(getName(), definition, description, options));
    }
}
