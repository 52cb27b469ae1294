package dev.jpwsh.engine.runspaces;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.modules.ModuleTable;
import dev.jpwsh.engine.languagemode.PSLanguageMode;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.CommandTable;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptFiles;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.modules.ModuleImporter;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a new runspace starts with: its commands, the variables and functions it defines (values shared by
 * reference with every runspace built from it), its language mode and thread options. Runspaces clone it
 * when they are created, so later edits do not reach them. Not thread-safe: build it on one thread.
 */
@DotNetName("System.Management.Automation.Runspaces.InitialSessionState")
public final class InitialSessionState {
    private final EntryCollection<SessionStateCommandEntry> commands;
    private final EntryCollection<SessionStateVariableEntry> variables;
    private final List<String> modules = new ArrayList<>();
    private final Set<String> startupScripts = new LinkedHashSet<>();
    private PSLanguageMode languageMode;
    private PSThreadOptions threadOptions = PSThreadOptions.Default;
    private ApartmentState apartmentState = ApartmentState.Unknown;
    private boolean throwOnRunspaceOpenError;
    private boolean hideJavaTypes;
    /** Null until set: only an explicitly set policy is applied at open (where Linux refuses it). */
    private ExecutionPolicy executionPolicy;

    private InitialSessionState(EntryCollection<SessionStateCommandEntry> commands,
            EntryCollection<SessionStateVariableEntry> variables, PSLanguageMode languageMode) {
        this.commands = commands;
        this.variables = variables;
        this.languageMode = languageMode;
    }

    /**
     * An empty session state: no commands, NoLanguage.
     *
     * @return a new state
     */
    public static InitialSessionState create() {
        return new InitialSessionState(new EntryCollection<>(), new EntryCollection<>(), PSLanguageMode.NoLanguage);
    }

    /**
     * Every built-in cmdlet and alias, FullLanguage.
     *
     * @return a new state
     */
    public static InitialSessionState createDefault() {
        return new InitialSessionState(EntryCollection.ofTemplate(BuiltInCommands.entries()), new EntryCollection<>(),
                PSLanguageMode.FullLanguage);
    }

    /**
     * As {@link #createDefault()}: jpwsh loads no modules lazily, so both hold the same commands.
     *
     * @return a new state
     */
    public static InitialSessionState createDefault2() {
        return createDefault();
    }

    /**
     * A copy with copies of the entries (sharing their values) and the same settings.
     *
     * @return the copy
     */
    public InitialSessionState Clone() {
        InitialSessionState copy = new InitialSessionState(commands.Clone(), variables.Clone(), languageMode);
        copy.threadOptions = threadOptions;
        copy.apartmentState = apartmentState;
        copy.throwOnRunspaceOpenError = throwOnRunspaceOpenError;
        copy.hideJavaTypes = hideJavaTypes;
        copy.executionPolicy = executionPolicy;
        copy.modules.addAll(modules);
        copy.startupScripts.addAll(startupScripts);
        return copy;
    }

    /**
     * {@return the variable entries: each becomes a global variable, with its options, when a runspace opens and again
     * at ResetRunspaceState; its value is shared by reference, never copied}
     */
    public EntryCollection<SessionStateVariableEntry> getVariables() {
        return variables;
    }

    /**
     * The cmdlets, aliases and functions of the runspaces built from this state.
     *
     * @return the command entries: SessionStateCmdletEntry, SessionStateAliasEntry and SessionStateFunctionEntry
     */
    public EntryCollection<SessionStateCommandEntry> getCommands() {
        return commands;
    }

    /**
     * {@return the language mode runspaces start in: NoLanguage for {@link #create()}, FullLanguage for
     * {@link #createDefault()}, unless set}
     */
    public PSLanguageMode getLanguageMode() {
        return languageMode;
    }

    /**
     * Sets the language mode of the runspaces created from this state from now on.
     *
     * @param languageMode the mode
     */
    public void setLanguageMode(PSLanguageMode languageMode) {
        this.languageMode = languageMode;
    }

    /**
     * {@return whether the runspaces created from this state hide Java classes by their Java names; false unless set}
     */
    public boolean getHideJavaTypes() {
        return hideJavaTypes;
    }

    /**
     * jpwsh's own setting (pwsh has none): whether scripts of the runspaces created from this state see only the .NET
     * surface. When true, a Java class name ({@code [java.util.HashMap]}, {@code New-Object java.lang.Object},
     * {@code [type]'java.lang.Runtime'}) is an unknown type (TypeNotFound) in every language mode, as it always is in
     * ConstrainedLanguage and RestrictedLanguage, while PowerShell's type names and accelerators resolve as before.
     * Thread jobs and ForEach-Object -Parallel tasks started from such a runspace hide them too. This hides names only:
     * FullLanguage code can still reach Java through the objects it is given, so untrusted scripts need
     * ConstrainedLanguage as well.
     *
     * @param hideJavaTypes true to hide Java class names
     */
    public void setHideJavaTypes(boolean hideJavaTypes) {
        this.hideJavaTypes = hideJavaTypes;
    }

    /** {@return the thread options runspaces and pools created from this state start with; Default unless set} */
    public PSThreadOptions getThreadOptions() {
        return threadOptions;
    }

    /**
     * Sets the thread options of the runspaces and pools created from this state from now on.
     *
     * @param threadOptions the thread options
     */
    public void setThreadOptions(PSThreadOptions threadOptions) {
        this.threadOptions = threadOptions;
    }

    /**
     * {@return the apartment state runspaces created from this state start with (pools use their own): Unknown unless
     * set; stored only}
     */
    public ApartmentState getApartmentState() {
        return apartmentState;
    }

    /**
     * Sets the apartment state of the runspaces created from this state from now on; stored only.
     *
     * @param apartmentState the apartment state
     */
    public void setApartmentState(ApartmentState apartmentState) {
        this.apartmentState = apartmentState;
    }

    /**
     * Restricted (.NET's Default) unless set.
     *
     * @return the policy
     */
    public ExecutionPolicy getExecutionPolicy() {
        return executionPolicy == null ? ExecutionPolicy.Default : executionPolicy;
    }

    /**
     * Sets the execution policy to apply at open. Linux has none, so any policy set here makes Open fail with
     * PlatformNotSupportedException and the runspace, or the pool, Broken, as pwsh does there.
     *
     * @param executionPolicy the policy; null undoes the setting
     */
    public void setExecutionPolicy(ExecutionPolicy executionPolicy) {
        this.executionPolicy = executionPolicy;
    }

    /**
     * {@return whether a module or startup script that fails makes Open throw RunspaceOpenModuleLoadException and
     * leaves the runspace Broken; false unless set, and then the errors are only reported in the session}
     */
    public boolean getThrowOnRunspaceOpenError() {
        return throwOnRunspaceOpenError;
    }

    /**
     * Sets whether a module or startup script that fails makes Open fail.
     *
     * @param value true to make Open throw RunspaceOpenModuleLoadException and the runspace Broken
     */
    public void setThrowOnRunspaceOpenError(boolean value) {
        this.throwOnRunspaceOpenError = value;
    }

    /**
     * Modules to import when a runspace opens: one name or path, or several. A name is looked up on
     * {@code $env:PSModulePath}; pwsh's own module names import nothing, jpwsh's commands being built in.
     *
     * @param names a module name or path, or an array or list of them
     */
    public void importPSModule(Object names) {
        for (Object name : Enumeration.toList(names)) {
            modules.add(LanguagePrimitives.toString(name));
        }
    }

    /** {@return the modules a runspace imports when it opens: names or paths, in the order added; a read-only copy} */
    public List<String> getModules() {
        return List.copyOf(modules);
    }

    /**
     * Script files run, dot-sourced, when a runspace opens, after the modules.
     *
     * @return the live set of script paths, in the order added; a path with no file fails as an unknown command
     */
    public Set<String> getStartupScripts() {
        return startupScripts;
    }

    /**
     * What opening does once the runspace is Opened: imports the modules as Import-Module does, then runs the
     * startup scripts, into the global scope. Errors are reported in the session (a host-less runspace shows
     * nothing); the first module or script that had some is returned, for ThrowOnRunspaceOpenError, else null.
     */
    BindFailure bind(ExecutionContext context) {
        Frame global = new Frame(context, context.global(), context.global());
        List<BindFailure> failures = new ArrayList<>();
        for (String module : modules) {
            collectErrors(context, module, failures, errors -> context.runInFullLanguage(
                    () -> new ModuleImporter(global, Pipe.NULL, errors).importModule(module, false, true)));
        }
        for (String script : startupScripts) {
            collectErrors(context, script, failures, errors -> {
                Path file = Path.of(script);
                if (!Files.isRegularFile(file)) {
                    throw RuntimeFailures.commandNotFound(script);
                }
                context.runInFullLanguage(
                        () -> ScriptFiles.load(file).invoke(global, List.of(), null, true, Pipe.NULL));
            });
        }
        return failures.isEmpty() ? null : failures.getFirst();
    }

    /** Runs one import or script; its errors, reported and thrown alike, become a failure of {@code name}. */
    private static void collectErrors(ExecutionContext context, String name, List<BindFailure> failures,
            Consumer<Consumer<ErrorRecord>> work) {
        List<ErrorRecord> errors = new ArrayList<>();
        try {
            work.accept(errors::add);
        } catch (PSException e) {
            errors.add(e.record());
        } catch (PSRuntimeException e) {
            errors.add(RuntimeFailures.of(e).record());
        }
        errors.forEach(context::reportError);
        if (!errors.isEmpty()) {
            failures.add(new BindFailure(name, errors));
        }
    }

    /** A module or startup script that failed while a runspace opened, and its errors. */
    record BindFailure(String name, List<ErrorRecord> errors) {
    }

    /**
     * A new session as this state describes it: its commands, then the variables and functions of the entries in its
     * global scope. A default state's untouched command entries are the built-in command table itself.
     */
    ExecutionContext createSession(Host host) {
        if (executionPolicy != null) {
            throw RunspaceErrors.executionPolicyNotSupported();
        }
        ExecutionContext context = new ExecutionContext(host, commands.isTemplate(BuiltInCommands.entries())
                ? CommandTable.builtIn() : commandTable());
        SessionServices.install(context);
        context.setLanguageMode(languageMode);
        context.setHidesJavaTypes(hideJavaTypes);
        defineEntries(context);
        return context;
    }

    /** The cmdlets and aliases of the command entries; Private entries are hidden from the host. */
    private CommandTable commandTable() {
        CommandTable table = new CommandTable();
        for (SessionStateCommandEntry entry : commands.snapshot()) {
            switch (entry) {
                case SessionStateCmdletEntry cmdlet ->
                        table.cmdlet(cmdlet.getName(), cmdlet.getImplementingType().asSubclass(Cmdlet.class));
                case SessionStateAliasEntry alias -> table.alias(alias.getName(), alias.getDefinition());
                default -> {
                }
            }
            if (entry.getVisibility() == SessionStateEntryVisibility.Private) {
                table.hide(entry.getName());
            }
        }
        return table;
    }

    /**
     * The variable and function entries, with their options, in the global scope of {@code context}, and the exports
     * of the modules the session imported: at open (before any import) and at reset.
     */
    void defineEntries(ExecutionContext context) {
        Scope global = context.global();
        for (SessionStateVariableEntry v : variables.snapshot()) {
            global.define(new PSVariable(v.getName(), v.getValue(), v.getOptions()));
        }
        if (commands.isTemplate(BuiltInCommands.entries())) {
            for (SessionStateFunctionEntry f : BuiltInCommands.functions()) {
                global.defineFunction(f.getName(), f.body(), f.getOptions());
            }
        } else {
            for (SessionStateCommandEntry entry : commands.snapshot()) {
                if (entry instanceof SessionStateFunctionEntry f) {
                    global.defineFunction(f.getName(), f.body(), f.getOptions());
                }
            }
        }
        ModuleTable.of(context).reimportInto(global);
    }

    @Override
    public String toString() {
        return "System.Management.Automation.Runspaces.InitialSessionState";
    }
}
