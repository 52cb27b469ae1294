package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.command.CommandTypes;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.exec.ScriptFiles;
import dev.jpwsh.engine.scope.VariableOptions;
import dev.jpwsh.engine.types.DotNetName;

/**
 * A function an {@link InitialSessionState} defines in the global scope of every runspace built from it. The
 * definition is compiled when the entry is made, so a syntax error throws a ParseException here, and the one
 * compiled block serves every runspace (and every clone of the entry). It runs in FullLanguage even in a
 * constrained session (spec 3.2).
 */
@DotNetName("System.Management.Automation.Runspaces.SessionStateFunctionEntry")
public final class SessionStateFunctionEntry extends SessionStateCommandEntry {
    private final String definition;
    private final VariableOptions options;
    private final String helpFile;
    private final ScriptBlock scriptBlock;

    public SessionStateFunctionEntry(String name, String definition) {
        this(name, definition, VariableOptions.None, null);
    }

    public SessionStateFunctionEntry(String name, String definition, String helpFile) {
        this(name, definition, VariableOptions.None, helpFile);
    }

    public SessionStateFunctionEntry(String name, String definition, VariableOptions options, String helpFile) {
        this(name, definition, options, helpFile,
                ScriptFiles.create(definition).withLanguageMode(PSLanguageMode.FullLanguage));
    }

    private SessionStateFunctionEntry(String name, String definition, VariableOptions options, String helpFile,
            ScriptBlock scriptBlock) {
        super(name, SessionStateEntryVisibility.Public);
        this.definition = definition;
        this.options = options;
        this.helpFile = helpFile;
        this.scriptBlock = scriptBlock;
    }

    public String getDefinition() {
        return definition;
    }

    public VariableOptions getOptions() {
        return options;
    }

    public String getHelpFile() {
        return helpFile;
    }

    @Override
    public CommandTypes getCommandType() {
        return CommandTypes.Function;
    }

    /** The compiled definition, shared by every runspace the entry defines the function in. */
    ScriptBlock scriptBlock() {
        return scriptBlock;
    }

    @Override
    public SessionStateFunctionEntry Clone() {
        return withVisibilityOf(new SessionStateFunctionEntry(getName(), definition, options, helpFile, scriptBlock));
    }
}
