package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.languagemode.PSLanguageMode;
import dev.jpwsh.engine.command.CommandTypes;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.exec.ScriptFiles;
import dev.jpwsh.engine.scope.VariableOptions;
import dev.jpwsh.runtime.object.DotNetName;

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

    /**
     * A function {@code name} with the body {@code definition}, no options and no help file.
     *
     * @param name the function's name
     * @param definition the body as script text; a syntax error throws a ParseException with the parser's error id
     */
    public SessionStateFunctionEntry(String name, String definition) {
        this(name, definition, VariableOptions.None, null);
    }

    /**
     * A function with a help file and no options.
     *
     * @param name the function's name
     * @param definition the body as script text; a syntax error throws a ParseException with the parser's error id
     * @param helpFile its HelpFile, kept only
     */
    public SessionStateFunctionEntry(String name, String definition, String helpFile) {
        this(name, definition, VariableOptions.None, helpFile);
    }

    /**
     * A function with options and a help file.
     *
     * @param name the function's name
     * @param definition the body as script text; a syntax error throws a ParseException with the parser's error id
     * @param options its Options (ScopedItemOptions), with which the function is defined
     * @param helpFile its HelpFile, kept only; may be null
     */
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

    /** {@return {@code Definition}: the body's script text, as given} */
    public String getDefinition() {
        return definition;
    }

    /** {@return {@code Options}: the ScopedItemOptions the function is defined with} */
    public VariableOptions getOptions() {
        return options;
    }

    /** {@return {@code HelpFile}: kept only; may be null} */
    public String getHelpFile() {
        return helpFile;
    }

    /** {@return {@code Function}} */
    @Override
    public CommandTypes getCommandType() {
        return CommandTypes.Function;
    }

    /** The compiled definition, shared by every runspace the entry defines the function in. */
    ScriptBlock scriptBlock() {
        return scriptBlock;
    }

    /** {@return a copy with the same values and visibility, sharing the compiled definition} */
    @Override
    public SessionStateFunctionEntry Clone() {
        return withVisibilityOf(new SessionStateFunctionEntry(getName(), definition, options, helpFile, scriptBlock));
    }
}
