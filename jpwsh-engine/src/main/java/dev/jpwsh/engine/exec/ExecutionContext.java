package dev.jpwsh.engine.exec;

import dev.jpwsh.engine.command.CommandTable;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.languagemode.PSLanguageMode;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.engine.types.TypeResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Everything one session (one runspace) owns: the global scope, the host, the command table, the error
 * history, and the services of the layer above the interpreter core (engine events, jobs, modules), which the
 * hosting layer {@linkplain #installService installs} as it creates the session and which are found through
 * their own types' {@code of(context)}. Used by the session's pipeline thread only, except for the services,
 * which guard themselves.
 */
public final class ExecutionContext {
    private final Scope global = new Scope(null);
    /**
     * The host in force: the runspace's, or for one invocation the one its PSInvocationSettings name. Written
     * by the pipeline thread around that invocation; volatile, because event and job threads read it too.
     */
    private volatile Host host;
    /**
     * The session's cmdlets and aliases: the table it was created with until a script defines or removes an alias,
     * which replaces it with a changed copy (tables never change once used). Volatile: any thread may read it.
     */
    private volatile CommandTable commands;
    /** The table the session was created with, which a reset gives back. */
    private final CommandTable initialCommands;
    /** The session's {@code $Error}; {@link #errors} is this list unless an event action runs. */
    private final List<Object> sessionErrors = new ArrayList<>();
    private final EnvironmentVariables environment = new EnvironmentVariables();
    private final ErrorStream errorStream = new ErrorStream(this);
    /**
     * The services layer's objects of this session: their types and themselves, alternately, in an array replaced
     * (never changed) as each is installed before the session runs, then read by any thread. A handful of entries:
     * a scan is as fast as a map lookup, and costs a few dozen bytes per runspace where a map costs hundreds.
     */
    private volatile Object[] services = {};
    /**
     * The engine events' queue as the core sees it. Written once by the hosting layer before the session is opened
     * (the runspace's state transition publishes it to the pipeline threads); read at every statement.
     */
    private PendingActions pendingActions = PendingActions.NONE;
    /** Where relative file paths start; written once like {@link #pendingActions}. */
    private SessionLocation location = SessionLocation.PROCESS;
    /** What {@code $ExecutionContext} reads in a frame; written once like {@link #pendingActions}. */
    private Function<Frame, Object> executionContextVariable = frame -> null;
    /** The position of the statement running now, for errors reported without one. Pipeline thread only. */
    private dev.jpwsh.runtime.error.ErrorRecord.ScriptPosition currentPosition;
    private int pipelinePosition;
    private int pipelineLength;
    /** Whether the statement running now has failed; becomes {@code $?} when it ends. Pipeline thread only. */
    private boolean statementFailed;
    /**
     * The {@code $using:} values a ForEach-Object -Parallel task passes in, by variable key; empty otherwise.
     * Replaced whole (never mutated) by the task before it starts this session's pipeline and read by that
     * pipeline; volatile, because the task and the pipeline may run on different threads.
     */
    private volatile java.util.Map<String, Object> usingValues = java.util.Map.of();
    /** {@code $?}: whether the last statement succeeded. Pipeline thread only. */
    private boolean lastSucceeded = true;
    /** Where streams 2 to 6 go for the command running now. Pipeline thread only. */
    private StreamRedirects redirects = StreamRedirects.NONE;
    /** The {@code $Error} errors go into now: the session's, or an event action's own. Pipeline thread only. */
    private List<Object> errors = sessionErrors;
    /** How many try statements are running; while one is, statement-terminating errors propagate to it. */
    private int tryDepth;
    /** How deeply script calls (pipelines, script block invocations) are nested now. Pipeline thread only. */
    private int callDepth;
    /**
     * What the running code may do (spec 3.2). Switched by the pipeline thread as script blocks of other modes run;
     * volatile because SessionStateProxy reads and sets it from any thread, busy or not.
     */
    private volatile PSLanguageMode languageMode = PSLanguageMode.FullLanguage;
    private volatile boolean everConstrained;
    /** Whether Java classes stay hidden by their Java names even in FullLanguage; set once, before the session runs. */
    private boolean hidesJavaTypes;

    /** The session whose pipeline this thread runs, for code a Java caller enters (a script class's method). */
    private static final ThreadLocal<ExecutionContext> ON_THREAD = new ThreadLocal<>();
    /**
     * The classes and enums scripts of this session defined, by lower-cased name: a map replaced whole (never
     * changed) on each definition, so any thread reads it without a lock. Written by the session's pipeline thread.
     */
    private volatile java.util.Map<String, Class<?>> scriptTypes = java.util.Map.of();
    /**
     * The script scope each class definition was run in by this session, keyed by the definition object itself (by
     * identity): its methods' {@code $script:} scope, as pwsh runs them in the session state that defined the class.
     * Replaced whole on each definition, like {@link #scriptTypes}.
     */
    private volatile java.util.Map<Object, Scope> definitionScopes = java.util.Map.of();

    public ExecutionContext(Host host, CommandTable commands) {
        this.host = host;
        this.commands = commands;
        this.initialCommands = commands;
        AutomaticVariables.define(this);
    }

    public Scope global() {
        return global;
    }

    public Host host() {
        return host;
    }

    /** Makes {@code next} the host, {@code $Host} included; returns the previous one for the caller to restore. */
    public Host swapHost(Host next) {
        Host previous = host;
        host = next;
        global.lookup(Scope.key("Host")).setValue(next);
        return previous;
    }

    public CommandTable commands() {
        return commands;
    }

    /** Gives the session a changed copy of its command table (Set-Alias, Remove-Alias). */
    public void replaceCommands(CommandTable changed) {
        commands = changed;
    }

    /**
     * Gives the session a service of the layer above the core (its event manager, job repository, module table);
     * called by the hosting layer as it creates the session, before the session runs.
     */
    public <T> void installService(Class<T> type, T service) {
        Object[] installed = services;
        Object[] next = Arrays.copyOf(installed, installed.length + 2);
        next[installed.length] = type;
        next[installed.length + 1] = service;
        services = next;
    }

    /** {@return the session's service of {@code type}, as {@link #installService} gave it} */
    public <T> T service(Class<T> type) {
        Object[] installed = services;
        for (int i = 0; i < installed.length; i += 2) {
            if (installed[i] == type) {
                return type.cast(installed[i + 1]);
            }
        }
        throw new IllegalStateException("the session has no " + type.getSimpleName());
    }

    /** {@return the session's service of {@code type}, or null when none was installed} */
    public <T> T findService(Class<T> type) {
        Object[] installed = services;
        for (int i = 0; i < installed.length; i += 2) {
            if (installed[i] == type) {
                return type.cast(installed[i + 1]);
            }
        }
        return null;
    }

    /** {@return the engine events' queue, which statements give a checkpoint and callbacks are posted to} */
    public PendingActions pendingActions() {
        return pendingActions;
    }

    /** Installs the session's queue of pending event actions; see {@link #installService}. */
    public void setPendingActions(PendingActions actions) {
        pendingActions = actions;
    }

    /** {@return the session's location: the folder relative file paths and native programs start in} */
    public SessionLocation location() {
        return location;
    }

    /** Installs the session's location (its providers); see {@link #installService}. */
    public void setLocation(SessionLocation location) {
        this.location = location;
        global.set("PWD", location.currentPathInfo());
    }

    /** {@return the value of {@code $ExecutionContext} for code running in {@code frame}} */
    public Object executionContextVariable(Frame frame) {
        return executionContextVariable.apply(frame);
    }

    /** Installs what {@code $ExecutionContext} reads; see {@link #installService}. */
    public void setExecutionContextVariable(Function<Frame, Object> variable) {
        executionContextVariable = variable;
    }

    /** The types scripts name: the JVM's one table, made at the first use (a session that names none never makes it). */
    public TypeResolver types() {
        return TypeResolver.shared();
    }

    public ErrorStream errorStream() {
        return errorStream;
    }

    public dev.jpwsh.runtime.error.ErrorRecord.ScriptPosition currentPosition() {
        return currentPosition;
    }

    public void setCurrentPosition(dev.jpwsh.runtime.error.ErrorRecord.ScriptPosition position) {
        this.currentPosition = position;
    }

    /**
     * The place of the command being made in a pipeline of several ({@code position} of {@code length}, from 1),
     * as {@code $MyInvocation} reports it; 0 and 0 outside one (a command alone in its pipeline).
     */
    public void setPipelinePlace(int position, int length) {
        this.pipelinePosition = position;
        this.pipelineLength = length;
    }

    /** The pipeline place set by {@link #setPipelinePlace}, as {@code position << 16 | length}; 0 when none. */
    public int pipelinePlace() {
        return pipelinePosition << 16 | pipelineLength;
    }

    /** Called as a statement starts. */
    public void beginStatement() {
        statementFailed = false;
    }

    /** Called as a statement ends: {@code $?} becomes whether it reported no error. */
    public void endStatement() {
        lastSucceeded = !statementFailed;
    }

    /** Records that the running statement (a command in it) failed. */
    public void markFailed() {
        statementFailed = true;
        lastSucceeded = false;
    }

    public void setLastSucceeded(boolean succeeded) {
        lastSucceeded = succeeded;
        statementFailed = !succeeded;
    }

    public boolean lastSucceeded() {
        return lastSucceeded;
    }

    public int tryDepth() {
        return tryDepth;
    }

    public void enterTry() {
        tryDepth++;
    }

    public void exitTry() {
        tryDepth--;
    }

    /**
     * Entering a script call: counts it and, when deep enough, checks that the stack has room for it (a
     * ScriptCallDepthException when not, in which case the call is not counted). Pair with {@link #leaveCall}.
     */
    public void enterCall() {
        StackGuard.enter(callDepth + 1);
        callDepth++;
    }

    public void leaveCall() {
        callDepth--;
    }

    public PSLanguageMode languageMode() {
        return languageMode;
    }

    public void setLanguageMode(PSLanguageMode mode) {
        noteConstrained(mode);
        languageMode = mode;
    }

    /**
     * Whether the session has ever run in ConstrainedLanguage (pwsh's HasRunspaceEverUsedConstrainedLanguageMode):
     * Invoke-Expression then runs its text constrained whatever the mode now.
     */
    public boolean hasEverUsedConstrainedLanguage() {
        return everConstrained;
    }

    private void noteConstrained(PSLanguageMode mode) {
        if (mode == PSLanguageMode.ConstrainedLanguage) {
            everConstrained = true;
        }
    }

    /** {@return whether the InitialSessionState of this session hides Java classes by their Java names} */
    public boolean hidesJavaTypes() {
        return hidesJavaTypes;
    }

    public void setHidesJavaTypes(boolean hides) {
        hidesJavaTypes = hides;
    }

    /**
     * Enters the mode of a script block about to run ({@code blockMode}, null for a block that runs in whatever
     * mode the session has) and returns the mode to {@link #restoreLanguageMode restore} afterwards, or null when
     * the mode stays. Only a block run in a new scope lifts the session to FullLanguage: one dot-sourced into the
     * caller's scope keeps the caller's mode, as pwsh's script block invocation does.
     */
    public PSLanguageMode enterLanguageMode(PSLanguageMode blockMode, boolean newScope) {
        PSLanguageMode current = languageMode;
        if (blockMode == null || blockMode == current || !newScope && blockMode == PSLanguageMode.FullLanguage) {
            return null;
        }
        noteConstrained(blockMode);
        languageMode = blockMode;
        return current;
    }

    /** Gives back the mode {@link #enterLanguageMode} returned; null leaves the mode as it is. */
    public void restoreLanguageMode(PSLanguageMode previous) {
        if (previous != null) {
            languageMode = previous;
        }
    }

    /**
     * Runs {@code trusted} in FullLanguage, as pwsh runs an InitialSessionState's modules and startup scripts, then
     * gives the session its mode back unless {@code trusted} chose another one.
     */
    public void runInFullLanguage(Runnable trusted) {
        PSLanguageMode previous = languageMode;
        languageMode = PSLanguageMode.FullLanguage;
        try {
            trusted.run();
        } finally {
            if (languageMode == PSLanguageMode.FullLanguage) {
                languageMode = previous;
            }
        }
    }

    public StreamRedirects redirects() {
        return redirects;
    }

    /** Makes {@code next} the redirects in force; returns the previous ones for the caller to restore. */
    public StreamRedirects swapRedirects(StreamRedirects next) {
        StreamRedirects previous = redirects;
        redirects = next;
        return previous;
    }

    /**
     * Back to a fresh session's global scope (ResetRunspaceState): built-in variables only, no functions, an
     * empty {@code $Error}, the aliases it started with. jpwsh removes functions too, so that a reset runspace keeps nothing of its last use.
     */
    public void reset() {
        global.clear();
        commands = initialCommands;
        sessionErrors.clear();
        lastSucceeded = true;
        usingValues = java.util.Map.of();
        scriptTypes = java.util.Map.of();
        definitionScopes = java.util.Map.of();
        AutomaticVariables.define(this);
        global.set("PWD", location.currentPathInfo());
    }

    /** The session whose pipeline the calling thread runs, or null on a thread that runs none. */
    public static ExecutionContext onThisThread() {
        return ON_THREAD.get();
    }

    /** Makes this the session of the calling thread's pipeline; returns the previous one, for {@link #leaveThread}. */
    public ExecutionContext enterThread() {
        ExecutionContext previous = ON_THREAD.get();
        ON_THREAD.set(this);
        return previous;
    }

    /** Gives the calling thread back the session it ran before {@link #enterThread}. */
    public static void leaveThread(ExecutionContext previous) {
        ON_THREAD.set(previous);
    }

    /** The class or enum this session's scripts defined by that name (any case), or null. */
    public Class<?> scriptType(String name) {
        return scriptTypes.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether this session's scripts defined any class or enum, so type names must be looked up here first. */
    public boolean hasScriptTypes() {
        return !scriptTypes.isEmpty();
    }

    /** Makes a class or enum a script defined known to the session by its name, replacing one of the same name. */
    public void defineScriptType(String name, Class<?> type) {
        java.util.Map<String, Class<?>> next = new java.util.HashMap<>(scriptTypes);
        next.put(name.toLowerCase(java.util.Locale.ROOT), type);
        scriptTypes = java.util.Map.copyOf(next);
    }

    /** Records the script scope a class definition (the definition object) runs in, as its methods' script scope. */
    public void defineScriptScope(Object definition, Scope scriptScope) {
        java.util.Map<Object, Scope> next = new java.util.IdentityHashMap<>(definitionScopes);
        next.put(definition, scriptScope);
        definitionScopes = java.util.Collections.unmodifiableMap(next);
    }

    /** The script scope this session ran class definition {@code definition} in, or the global scope if none. */
    public Scope scriptScopeOf(Object definition) {
        Scope scope = definitionScopes.get(definition);
        return scope == null ? global : scope;
    }

    /** The {@code $using:} values this session was given, by variable key ({@link Scope#key}). */
    public java.util.Map<String, Object> usingValues() {
        return usingValues;
    }

    /** Gives the session the {@code $using:} values of the task it is about to run; an unmodifiable map. */
    public void setUsingValues(java.util.Map<String, Object> values) {
        usingValues = values;
    }

    public EnvironmentVariables environment() {
        return environment;
    }

    /** The session's {@code $Error}: the newest error first. */
    public List<Object> errors() {
        return sessionErrors;
    }

    /** Makes {@code next} the {@code $Error} errors go into; returns the previous one for the caller to restore. */
    public List<Object> swapErrors(List<Object> next) {
        List<Object> previous = errors;
        errors = next;
        return previous;
    }

    /** An error no try caught: into {@code $Error}, {@code $?} false, and to the error stream's redirect or the host. */
    public void reportError(dev.jpwsh.runtime.error.ErrorRecord record) {
        recordError(record);
        markFailed();
        Pipe redirect = redirects.target(dev.jpwsh.language.ast.RedirectionAst.Stream.ERROR);
        if (redirect != null) {
            redirect.write(record);
        } else {
            host.ui().writeError(record);
        }
    }

    public void recordError(Object errorRecord) {
        errors.addFirst(errorRecord);
        if (errors.size() > 256) {
            errors.removeLast();
        }
    }
}
