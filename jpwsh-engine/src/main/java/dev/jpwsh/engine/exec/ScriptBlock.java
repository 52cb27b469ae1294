package dev.jpwsh.engine.exec;

import dev.jpwsh.engine.command.CommandArgument;
import dev.jpwsh.engine.command.ParameterSpec;
import dev.jpwsh.engine.command.PositionalShape;
import dev.jpwsh.engine.command.ScriptParameterBinder;
import dev.jpwsh.engine.node.Stmt;
import dev.jpwsh.engine.languagemode.PSLanguageMode;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.VariableOptions;
import dev.jpwsh.engine.scope.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * A script block value ({@code { ... }}, a function's body): shared compiled code plus, after
 * {@code GetNewClosure()}, the variables it captured, and the language mode it runs in.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.ScriptBlock")
public final class ScriptBlock implements dev.jpwsh.runtime.object.MemberMethod {
    /** Returned by {@link #invokeMethod} for a name that is not a script block method. */
    public static final Object NOT_A_METHOD = new Object();

    /**
     * The compiled body, immutable and shared: its source text, parameters, and the statements of its named
     * blocks (null when absent). An unnamed body is its end block (its process block for a filter).
     * {@code defaultParameterSet} is the {@code [CmdletBinding()]} attribute's, or null. {@code definition} is where
     * the source defines it (a function's whole {@code function name {...}} statement), for what reads the source
     * around it, such as comment-based help. {@code options} holds the rest of what its attributes declare;
     * {@code positional} what the parameters and blocks decide about calls that pass values only.
     */
    public record Compiled(String text, List<ParameterSpec> parameters, Stmt begin, Stmt process, Stmt end,
            Stmt clean, boolean cmdletBinding, String defaultParameterSet, dev.jpwsh.language.source.Extent definition,
            dev.jpwsh.engine.command.ScriptCommandOptions options, PositionalShape positional) {
        public Compiled(String text, List<ParameterSpec> parameters, Stmt begin, Stmt process, Stmt end, Stmt clean,
                boolean cmdletBinding, String defaultParameterSet, dev.jpwsh.language.source.Extent definition,
                dev.jpwsh.engine.command.ScriptCommandOptions options) {
            this(text, parameters, begin, process, end, clean, cmdletBinding, defaultParameterSet, definition, options,
                    PositionalShape.of(parameters, cmdletBinding, begin, process, clean));
        }
    }

    private final Compiled body;
    private final Scope closure;
    /** Where a literal was evaluated: the session a delegate made from the block runs in; null when unknown. */
    private final Frame home;
    /**
     * The language mode the block runs in (spec 3.2): the mode of the session it was created in, FullLanguage for
     * an InitialSessionState's functions; null for a block made outside a session's code (script text, files),
     * which runs in the mode of the session that runs it.
     */
    private final PSLanguageMode languageMode;
    /** The scope of the module the block belongs to, which is its {@code $script:} scope; null outside modules. */
    private final Scope moduleScope;

    public ScriptBlock(Compiled body) {
        this(body, null, null, null, null);
    }

    private ScriptBlock(Compiled body, Scope closure, Frame home, PSLanguageMode languageMode, Scope moduleScope) {
        this.body = body;
        this.closure = closure;
        this.home = home;
        this.languageMode = languageMode;
        this.moduleScope = moduleScope;
    }

    /** The value of a script block literal evaluated in {@code frame}. */
    public static ScriptBlock createdIn(Compiled body, Frame frame) {
        return new ScriptBlock(body, null, frame, frame.context().languageMode(), null);
    }

    /** A function's body, defined by code running in {@code context}: it keeps the session's mode of that time. */
    public static ScriptBlock definedIn(Compiled body, ExecutionContext context) {
        return new ScriptBlock(body, null, null, context.languageMode(), null);
    }

    /**
     * A {@code function} statement's body, defined by code running in {@code frame}: it belongs to that frame's
     * session state, so module code calling a function defined outside modules runs it there, where it sees the
     * session's variables, not the module's.
     */
    public static ScriptBlock definedIn(Compiled body, Frame frame) {
        return new ScriptBlock(body, null, frame, frame.context().languageMode(), null);
    }

    /** This block, pinned to run in {@code mode} whatever the mode of the session that runs it. */
    public ScriptBlock withLanguageMode(PSLanguageMode mode) {
        return new ScriptBlock(body, closure, home, mode, moduleScope);
    }

    /**
     * This block, able to run as a script method or delegate of objects that code running in {@code frame}'s session
     * gets (a function's body has no session of its own to run such calls in).
     */
    public ScriptBlock homedIn(Frame frame) {
        return home != null ? this : new ScriptBlock(body, closure, frame, languageMode, moduleScope);
    }

    /** Where the block was made or its function defined, or null when unknown: where its dynamicparam block runs for Get-Command. */
    public Frame homeFrame() {
        return home;
    }

    /** The mode the block runs in, or null when it runs in the mode of its caller's session. */
    public PSLanguageMode languageMode() {
        return languageMode;
    }

    /**
     * The block as a module exports it: wherever it is called from, it runs in a child of the module's scope, which
     * is also its {@code $script:} scope, so it sees the module's private functions and variables. A block that
     * already belongs to a module (one a nested module exported) stays with it.
     */
    public ScriptBlock inModule(Scope scope) {
        return moduleScope != null ? this : new ScriptBlock(body, scope, home, languageMode, scope);
    }

    /** {@code [scriptblock]::Create(text)}: a parse error throws a ParseException. */
    public static ScriptBlock Create(String text) {
        return ScriptFiles.create(text);
    }

    public Compiled body() {
        return body;
    }

    /** {@code $block.Ast}: the block's syntax tree as scripts see it (a function's is its FunctionDefinitionAst). */
    public Object getAst() {
        return ScriptBlockSyntax.instance().astOf(body.definition());
    }

    /** {@code $block.StartPosition}: a Position PSToken spanning the block's source. */
    public Object getStartPosition() {
        return ScriptBlockSyntax.instance().startPosition(body.definition());
    }

    /** {@code $block.Attributes}: the {@code [CmdletBinding()]}, {@code [OutputType()]} and {@code [Alias()]} it declares. */
    public dev.jpwsh.dotnet.collections.GenericList getAttributes() {
        return new dev.jpwsh.dotnet.collections.GenericList(ScriptBlockSyntax.instance().attributes(body));
    }

    /** {@code $block.File}: the script file the block's source is in, null for text. */
    public String getFile() {
        String name = body.definition() == null ? "" : body.definition().source().name();
        return name.isEmpty() ? null : name;
    }

    public boolean getIsFilter() {
        return ScriptBlockSyntax.instance().isFilter(body.definition());
    }

    public boolean getIsConfiguration() {
        return false;
    }

    /**
     * {@code $block.Module}: the module whose session state the block belongs to (a module's function, or a literal
     * made by a module's code), null outside modules.
     */
    public Object getModule() {
        Scope scope = moduleScope != null ? moduleScope : home != null ? home.scope() : null;
        ExecutionContext context = home != null ? home.context() : ExecutionContext.onThisThread();
        ModuleScopes modules = scope == null || context == null ? null : context.service(ModuleScopes.class);
        return modules == null ? null : modules.moduleOf(scope);
    }

    /** {@code $block.Id}: a Guid of the compiled block, the same for every value made from it. */
    public Object getId() {
        return ScriptBlockSyntax.instance().id(body);
    }

    /** {@code $block.DebuggerHidden}: declared by {@code [DebuggerHidden()]}, settable, shared like {@link #getId}. */
    public boolean getDebuggerHidden() {
        return ScriptBlockSyntax.instance().debuggerHidden(body);
    }

    public void setDebuggerHidden(boolean hidden) {
        ScriptBlockSyntax.instance().setDebuggerHidden(body, hidden);
    }

    /**
     * The frame a call of this block runs in: a child of the current scope of the session state the block belongs to,
     * which is the caller's scope when the caller runs in that state, with the caller's {@code $global:}; or of its
     * captured scope, under the session's global scope. A module's function called from outside runs in a child of
     * the module's current scope (its own scope unless a module function is still running), a literal or function
     * of the other side of a module boundary in a child of its own state's current scope (where it was made when
     * no call of that state is running).
     */
    public Frame callFrame(Frame caller) {
        if (closure == null && moduleScope == null) {
            if (crossesModule(caller)) {
                ModuleScopes modules = caller.context().service(ModuleScopes.class);
                Frame current = SessionStateCalls.currentFrame(caller, modules.moduleOf(home.scope()), modules);
                Frame at = current != null ? current : home;
                return crossedFrame(caller, at.scope(), at.scriptScope(), caller.global());
            }
            return new Frame(caller.context(), new Scope(caller.scope()), caller.scriptScope(), caller.global());
        }
        if (closure == moduleScope) {
            ModuleScopes modules = caller.context().service(ModuleScopes.class);
            Object module = modules == null ? null : modules.moduleOf(moduleScope);
            if (module != null) {
                Frame current = SessionStateCalls.currentFrame(caller, module, modules);
                if (current == caller) {
                    return new Frame(caller.context(), new Scope(caller.scope()), moduleScope);
                }
                Scope parent = current != null ? current.scope() : moduleScope;
                return crossedFrame(caller, parent, moduleScope, caller.context().global());
            }
        }
        Scope parent = closure != null ? closure : caller.scope();
        return new Frame(caller.context(), new Scope(parent), moduleScope != null ? moduleScope : caller.scriptScope());
    }

    /** A frame in a new child of {@code parent}, in another session state than {@code caller}'s, which it records. */
    private static Frame crossedFrame(Frame caller, Scope parent, Scope scriptScope, Scope global) {
        Scope scope = new Scope(parent);
        SessionStateCalls.crossed(scope, caller);
        return new Frame(caller.context(), scope, scriptScope, global);
    }

    /**
     * Whether a literal made in one session state (a module's, or the session's outside modules) is called from the
     * other: it then runs in a child of the scope it was made in, as pwsh runs a block in its own session state, so
     * a caller's block passed into a module function sees the caller's variables, not the function's. Blocks made
     * by {@code [scriptblock]::Create} are bound to no session state and run where they are called; a block bound to
     * a module or a closure runs there.
     */
    private boolean crossesModule(Frame caller) {
        if (home == null || closure != null || moduleScope != null || home.scriptScope() == caller.scriptScope()
                || home.context() != caller.context()) {
            return false;
        }
        ModuleScopes modules = caller.context().service(ModuleScopes.class);
        return modules != null && modules.inModule(home.scriptScope()) != modules.inModule(caller.scriptScope());
    }

    /**
     * The frame the block runs in dot-sourced into {@code target}'s scope: that frame, unless the block is a literal
     * from the other side of a module boundary, which runs in its own session state's current scope (where it was
     * made when no call of that state is running).
     */
    public Frame dotSourceFrame(Frame target) {
        if (!crossesModule(target)) {
            return target;
        }
        ModuleScopes modules = target.context().service(ModuleScopes.class);
        Frame current = SessionStateCalls.currentFrame(target, modules.moduleOf(home.scope()), modules);
        Frame at = current != null ? current : home;
        return new Frame(target.context(), at.scope(), at.scriptScope(), target.global());
    }

    /**
     * Runs the block as {@code & $block args} does outside a pipeline: binds the arguments, runs its begin,
     * process and end blocks once, and writes the output to {@code out}.
     */
    public void invoke(Frame caller, List<CommandArgument> args, Object dollarUnder, boolean dotSource, Pipe out) {
        Frame frame = dotSource ? dotSourceFrame(caller) : callFrame(caller);
        ExecutionContext context = caller.context();
        PSLanguageMode previous = context.enterLanguageMode(languageMode, !dotSource);
        try {
            if (dollarUnder != null) {
                frame.setLocal("_", "_", dollarUnder);
            }
            ScriptParameterBinder.bind(this, frame, args, List.of());
            runBlocks(frame, out);
        } finally {
            context.restoreLanguageMode(previous);
        }
    }

    /** Runs every named block once, in the block's language mode, with the frame (a new scope) already prepared. */
    public void runAll(Frame frame, Pipe out) {
        PSLanguageMode previous = frame.context().enterLanguageMode(languageMode, true);
        try {
            runBlocks(frame, out);
        } finally {
            frame.context().restoreLanguageMode(previous);
        }
    }

    private void runBlocks(Frame frame, Pipe out) {
        frame.context().enterCall();
        try {
            run(body.begin(), frame, out);
            run(body.process(), frame, out);
            run(body.end(), frame, out);
        } catch (FlowSignal.Return done) {
            done.writeCarried(out);
        } finally {
            try {
                if (body.clean() != null) {
                    run(body.clean(), frame, Pipe.NULL);
                }
            } finally {
                frame.context().leaveCall();
            }
        }
    }

    private static void run(Stmt block, Frame frame, Pipe out) {
        if (block != null) {
            block.exec(frame, out);
        }
    }

    /**
     * Runs the block dot-sourced in {@code caller}'s scope with {@code $_} set to {@code item}, writing to {@code out}:
     * how ForEach-Object and Where-Object run their script blocks.
     */
    public void invokeInScope(Frame caller, Object item, Pipe out) {
        Frame frame = dotSourceFrame(caller);
        frame.setPipelineItem(item);
        // A later command in the pipeline runs its own block in this scope while ours waits on its output:
        // give $_ back to us when it returns.
        Pipe restoring = value -> {
            out.write(value);
            frame.setPipelineItem(item);
        };
        frame.context().enterCall();
        PSLanguageMode previous = frame.context().enterLanguageMode(languageMode, false);
        try {
            run(body.begin(), frame, restoring);
            run(body.process(), frame, restoring);
            run(body.end(), frame, restoring);
        } catch (FlowSignal.Return done) {
            // return ends this run of the block only
            done.writeCarried(restoring);
        } finally {
            frame.context().restoreLanguageMode(previous);
            frame.context().leaveCall();
        }
    }

    /** Runs the block with {@code $_} set to {@code item} and returns its collected output. */
    public Object invokeWithUnderscore(Frame caller, Object item) {
        Enumerables.Collector out = new Enumerables.Collector();
        Frame frame = callFrame(caller);
        PSLanguageMode previous = caller.context().enterLanguageMode(languageMode, true);
        try {
            frame.setPipelineItem(item);
            ScriptParameterBinder.bind(this, frame, List.of(CommandArgument.value(item)), List.of());
            runBlocks(frame, out);
        } finally {
            caller.context().restoreLanguageMode(previous);
        }
        return out.result();
    }

    /** {@code $block.Invoke(...)}, {@code InvokeReturnAsIs}, {@code GetNewClosure()}, {@code ToString()}. */
    public Object invokeMethod(Frame caller, String name, List<Object> args) {
        switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "invoke", "invokereturnasis" -> {
                List<CommandArgument> arguments = new ArrayList<>();
                args.forEach(a -> arguments.add(CommandArgument.value(a)));
                Enumerables.Collector out = new Enumerables.Collector();
                invoke(caller, arguments, null, false, out);
                return name.equalsIgnoreCase("invoke") ? new dev.jpwsh.dotnet.collections.PSCollection(out.items())
                        : out.result();
            }
            case "getnewclosure" -> {
                Scope global = caller.context().global();
                Scope captured = new Scope(global);
                // the global scope's plain variables too when the caller runs there (a -File script does), as pwsh
                // captures its current scope's
                for (Scope s = caller.scope(); s != null && (s != global || s == caller.scope()); s = s.parent()) {
                    for (PSVariable v : s.variables().values()) {
                        if (captured.local(Scope.key(v.name())) == null
                                && (s != global || v.options().equals(VariableOptions.NONE))) {
                            captured.set(v.name(), v.value());
                        }
                    }
                }
                return new ScriptBlock(body, captured, home, languageMode, moduleScope);
            }
            case "tostring" -> {
                return toString();
            }
            case "invokewithcontext" -> {
                return args.size() < 2 ? NOT_A_METHOD : invokeWithContext(caller, args.get(0), args.get(1),
                        args.subList(2, args.size()));
            }
            case "getsteppablepipeline" -> {
                if (args.size() > 2) {
                    return NOT_A_METHOD;
                }
                List<Object> values = args.size() == 2 && args.get(1) instanceof Object[] array ? List.of(array)
                        : List.of();
                return ScriptBlockConversion.instance().toSteppablePipeline(this, caller, values);
            }
            case "getpowershell" -> {
                List<Object> values = args.size() == 1 && args.getFirst() instanceof Object[] array ? List.of(array)
                        : args;
                return ScriptBlockConversion.instance().toPowerShell(this, caller, values);
            }
            case "checkrestrictedlanguage" -> {
                if (args.size() != 3) {
                    return NOT_A_METHOD;
                }
                checkRestrictedLanguage(names(args.get(0)), names(args.get(1)),
                        dev.jpwsh.runtime.convert.LanguagePrimitives.isTrue(args.get(2)));
                return AutomationNull.VALUE;
            }
            default -> {
                return NOT_A_METHOD;
            }
        }
    }

    /**
     * {@code InvokeWithContext(functions, variables, args)}: runs the block in a new scope where the functions (a
     * dictionary of names to script blocks) and the variables (PSVariables, {@code $_} among them) are defined first;
     * its output comes back as a collection, as {@code Invoke} gives it.
     */
    private Object invokeWithContext(Frame caller, Object functions, Object variables, List<Object> args) {
        Frame frame = callFrame(caller);
        if (functions instanceof java.util.Map<?, ?> map) {
            map.forEach((name, body) -> frame.scope().defineFunction(
                    dev.jpwsh.runtime.convert.LanguagePrimitives.toString(name),
                    body instanceof ScriptBlock block ? block : Create(String.valueOf(body))));
        }
        if (variables != null) {
            Enumerables.write(variables, item -> {
                if (item instanceof PSVariable v) {
                    frame.setLocal(v.name(), v.value());
                }
            });
        }
        List<Object> values = args.size() == 1 && args.getFirst() instanceof Object[] array ? List.of(array) : args;
        return new dev.jpwsh.dotnet.collections.PSCollection(runWith(frame, values).items());
    }

    /** Binds {@code args} in the prepared {@code frame} and runs the blocks in the block's language mode. */
    private Enumerables.Collector runWith(Frame frame, List<Object> args) {
        List<CommandArgument> arguments = new ArrayList<>();
        args.forEach(a -> arguments.add(CommandArgument.value(a)));
        Enumerables.Collector out = new Enumerables.Collector();
        PSLanguageMode previous = frame.context().enterLanguageMode(languageMode, true);
        try {
            ScriptParameterBinder.bind(this, frame, arguments, List.of());
            runBlocks(frame, out);
        } finally {
            frame.context().restoreLanguageMode(previous);
        }
        return out;
    }

    /**
     * {@code CheckRestrictedLanguage(commands, variables, environment)}: throws a ParseException (in a method call's
     * MethodInvocationException) listing where the block breaks the restricted-language rules with those commands
     * and variables allowed (any command for null).
     */
    private void checkRestrictedLanguage(List<String> commands, List<String> variables, boolean environment) {
        List<dev.jpwsh.language.parse.ParseError> errors = ScriptBlockSyntax.instance().checkRestrictedLanguage(
                body.definition(), commands, variables, environment);
        if (errors == null) {
            dev.jpwsh.language.parse.ParseResult parsed = dev.jpwsh.language.parse.Parser.parse(
                    dev.jpwsh.language.source.SourceText.of(body.text()));
            errors = parsed.hasErrors() ? parsed.errors()
                    : dev.jpwsh.language.parse.RestrictedLanguageChecker.checkScriptBlock(parsed.ast(), commands,
                            variables, environment);
        }
        if (!errors.isEmpty()) {
            dev.jpwsh.runtime.error.PSRuntimeException found =
                    dev.jpwsh.engine.languagemode.LanguageModeErrors.restrictedLanguage(errors);
            throw dev.jpwsh.engine.types.MethodInvoker.methodInvocation("CheckRestrictedLanguage", 3,
                    new dev.jpwsh.runtime.error.PSRuntimeException("ParseException", found.category(),
                            found.getMessage(), null, found.dotNetType()));
        }
    }

    /** A list of names given as one value or a collection; null for null. */
    private static List<String> names(Object value) {
        if (value == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        Enumerables.write(value, item -> names.add(dev.jpwsh.runtime.convert.LanguagePrimitives.toString(item)));
        return names;
    }

    /**
     * Runs the block as a script property or script method of {@code self} (pwsh's PSScriptProperty and
     * PSScriptMethod): {@code $this} is {@code self}, the arguments bind to its parameters (or {@code $args}), in a
     * child of the scope it was created in; its output comes back as one value, or an array of several.
     */
    @Override
    public Object invokeAsMember(Object self, List<Object> args) {
        Frame frame = callFrame(home());
        frame.setLocal("this", "this", self);
        return runWith(frame, args).result();
    }

    /**
     * Runs the block as a .NET delegate made from it: the arguments bind to its parameters (or {@code $args}) in a
     * child of the scope it was created in, and its output comes back as one value, or an array of several.
     */
    public Object invokeAsDelegate(List<Object> args) {
        return invokeMethod(home(), "InvokeReturnAsIs", args);
    }

    /**
     * Runs the block as a callback (an AsyncCallback, say) that any thread may make: on its home runspace's
     * thread, right away there, else as a one-off event action there, so it never races that runspace's script.
     */
    public void invokeAsCallback(Object... args) {
        home().context().pendingActions().post(this, args);
    }

    private Frame home() {
        if (home == null) {
            throw RuntimeFailures.create("NoRunspaceAvailable", "InvalidOperation", "There is no Runspace available "
                    + "to run scripts in this thread. The script block you attempted to invoke was: " + body.text(),
                    null, "System.Management.Automation.PSInvalidOperationException");
        }
        return home;
    }

    @Override
    public String toString() {
        return body.text();
    }
}
