package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.languagemode.PSLanguageMode;
import dev.jpwsh.engine.command.CommandTypes;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.exec.ScriptFiles;
import dev.jpwsh.engine.scope.DeferredFunction;
import dev.jpwsh.engine.scope.VariableOptions;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * A function an {@link InitialSessionState} defines in the global scope of every runspace built from it. The
 * definition is compiled when the entry is made, so a syntax error throws a ParseException here, and the one
 * compiled block serves every runspace (and every clone of the entry). It runs in FullLanguage even in a
 * constrained session (spec 3.2). The built-in functions' entries ({@link #builtIn}) compile their definitions,
 * known to be valid, only when a session first reaches the function.
 */
@DotNetName("System.Management.Automation.Runspaces.SessionStateFunctionEntry")
public final class SessionStateFunctionEntry extends SessionStateCommandEntry {
    private final String definition;
    private final VariableOptions options;
    private final String helpFile;
    /** The compiled block, or the {@link Compilation} that makes it. */
    private final Object body;

    /** A built-in definition's compilation, made at the first use and shared by every session; racy but idempotent. */
    private static final class Compilation implements DeferredFunction {
        private final String definition;
        private volatile ScriptBlock block;

        Compilation(String definition) {
            this.definition = definition;
        }

        @Override
        public ScriptBlock body() {
            ScriptBlock made = block;
            if (made == null) {
                made = compile(definition);
                block = made;
            }
            return made;
        }
    }

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
        this(name, definition, options, helpFile, compile(definition));
    }

    private SessionStateFunctionEntry(String name, String definition, VariableOptions options, String helpFile,
            Object body) {
        super(name, SessionStateEntryVisibility.Public);
        this.definition = definition;
        this.options = options;
        this.helpFile = helpFile;
        this.body = body;
    }

    /** The entry of a built-in function, whose valid {@code definition} is compiled when a session first needs it. */
    static SessionStateFunctionEntry builtIn(String name, String definition) {
        return new SessionStateFunctionEntry(name, definition, VariableOptions.None, null, new Compilation(definition));
    }

    private static ScriptBlock compile(String definition) {
        return ScriptFiles.create(definition).withLanguageMode(PSLanguageMode.FullLanguage);
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

    /**
     * The function's body for a scope: the compiled definition, shared by every runspace the entry defines the function
     * in, or the {@link DeferredFunction} that compiles it at the first use.
     */
    Object body() {
        return body;
    }

    /** {@return a copy with the same values and visibility, sharing the compiled definition} */
    @Override
    public SessionStateFunctionEntry Clone() {
        return withVisibilityOf(new SessionStateFunctionEntry(getName(), definition, options, helpFile, body));
    }
}
