package dev.jpwsh.engine.intrinsics;

import dev.jpwsh.engine.command.AliasInfo;
import dev.jpwsh.engine.command.CommandDiscovery;
import dev.jpwsh.engine.command.CommandInfo;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.command.ScriptParameterBinder;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.InputEnumerator;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.dotnet.automation.PipelineResultTypes;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.runtime.convert.LanguagePrimitives;

/**
 * {@code $ExecutionContext.InvokeCommand}: expanding strings, running script text and script blocks (InvokeScript), and
 * finding commands (GetCommand, GetCommands, GetCmdlet).
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.CommandInvocationIntrinsics")
public final class CommandIntrinsics {
    /** The characters that end a double-quoted string, escaped with a backtick when text is expanded. */
    private static final String QUOTES = "\"\u201C\u201D\u201E";

    private final Frame frame;
    /** The output of the command whose {@code $PSCmdlet} this is, or null for {@code $ExecutionContext}'s. */
    private final Pipe commandOutput;

    CommandIntrinsics(Frame frame) {
        this(frame, null);
    }

    CommandIntrinsics(Frame frame, Pipe commandOutput) {
        this.frame = frame;
        this.commandOutput = commandOutput;
    }

    /** Expands {@code $variables} and {@code $(subexpressions)} in the text as a double-quoted string would. */
    public String ExpandString(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            literal.append(QUOTES.indexOf(c) >= 0 ? "`" : "").append(c);
        }
        return LanguagePrimitives.toString(run(literal.append('"').toString()));
    }

    /**
     * The command named {@code name} of the first of the kinds {@code types} names ({@code Cmdlet},
     * {@code 'Alias, Function'}, {@code All}) in lookup order; null when there is none.
     */
    public CommandInfo GetCommand(String name, Object types) {
        if (name == null) {
            return null;
        }
        String kinds = "," + LanguagePrimitives.toString(types).replace(" ", "").toLowerCase(java.util.Locale.ROOT)
                + ",";
        boolean all = kinds.contains(",all,");
        if (all || kinds.contains(",alias,")) {
            AliasInfo alias = CommandDiscovery.alias(frame, name);
            if (alias != null) {
                return alias.resolvedTo(CommandDiscovery.find(frame, alias.definition()));
            }
        }
        if (all || kinds.contains(",function,") || kinds.contains(",filter,")) {
            CommandInfo function = CommandDiscovery.function(frame, name);
            if (function != null) {
                return function;
            }
        }
        if (all || kinds.contains(",cmdlet,")) {
            CommandInfo cmdlet = frame.context().commands().cmdlet(name);
            if (cmdlet != null) {
                return cmdlet;
            }
        }
        CommandInfo other = CommandDiscovery.find(frame, name);
        boolean wanted = other != null && !(other instanceof AliasInfo)
                && (all || kinds.contains("," + other.getCommandType().toString().toLowerCase(java.util.Locale.ROOT)
                        + ","));
        if (wanted) {
            return other;
        }
        java.util.List<CommandInfo> onPath = onPath(name, kinds, false);
        return onPath.isEmpty() ? null : onPath.getFirst();
    }

    /** The scripts and programs on the PATH that {@code name} means, of the kinds the flag text {@code kinds} names. */
    private java.util.List<CommandInfo> onPath(String name, String kinds, boolean nameIsPattern) {
        boolean all = kinds.contains(",all,");
        return CommandDiscovery.onPath(frame, name, nameIsPattern, all || kinds.contains(",application,"),
                all || kinds.contains(",externalscript,"));
    }

    /** The cmdlet {@code name} means, or null. */
    public CommandInfo GetCmdlet(String name) {
        return GetCommand(name, "Cmdlet");
    }

    /** {@code GetCmdlets()}: every cmdlet of the session. */
    public java.util.List<CommandInfo> GetCmdlets() {
        return GetCmdlets("*");
    }

    /** {@code GetCmdlets(pattern)}: the cmdlets whose names the wildcard pattern matches, any case. */
    public java.util.List<CommandInfo> GetCmdlets(String pattern) {
        return GetCommands(dev.jpwsh.dotnet.ArgumentExceptions.notNull(pattern, "pattern"), "Cmdlet", true);
    }

    /** A script block of {@code scriptText}, as {@code [scriptblock]::Create} makes it; a parse error throws. */
    public ScriptBlock NewScriptBlock(String scriptText) {
        return ScriptBlock.Create(dev.jpwsh.dotnet.ArgumentExceptions.notNull(scriptText, "scriptText"));
    }

    /**
     * The commands whose names {@code name} matches (a wildcard pattern when {@code nameIsPattern}, else the name
     * itself, any case) among the kinds {@code commandTypes} names, in pwsh's search order: aliases, functions,
     * cmdlets, then the scripts and programs of the PATH directories, directory by directory.
     */
    public java.util.List<CommandInfo> GetCommands(String name, Object commandTypes, boolean nameIsPattern) {
        dev.jpwsh.dotnet.ArgumentExceptions.notNull(name, "name");
        String kinds = "," + LanguagePrimitives.toString(commandTypes).replace(" ", "")
                .toLowerCase(java.util.Locale.ROOT) + ",";
        java.util.List<CommandInfo> found = new java.util.ArrayList<>();
        for (CommandInfo command : CommandDiscovery.all(frame)) {
            String kind = command.getCommandType().toString().toLowerCase(java.util.Locale.ROOT);
            boolean named = nameIsPattern ? dev.jpwsh.runtime.ops.Wildcard.matches(command.getName(), name, false)
                    : command.getName().equalsIgnoreCase(name);
            if (named && (kinds.contains(",all,") || kinds.contains("," + kind + ","))) {
                found.add(command);
            }
        }
        found.addAll(onPath(name, kinds, nameIsPattern));
        return found;
    }

    /**
     * The names of the commands of every kind that {@code name} matches (see {@link #GetCommands}): an external
     * script's path instead of its name when {@code returnFullName}, and an application only when its extension is
     * one of {@code $env:PATHEXT}'s (so none on Linux, where that is unset), as pwsh lists them.
     */
    public java.util.List<String> GetCommandName(String name, boolean nameIsPattern, boolean returnFullName) {
        dev.jpwsh.dotnet.ArgumentExceptions.notNull(name, "name");
        String pathExt = System.getenv("PATHEXT");
        java.util.List<String> extensions = pathExt == null ? java.util.List.of()
                : java.util.Arrays.asList(pathExt.toLowerCase(java.util.Locale.ROOT).split(java.io.File.pathSeparator));
        java.util.List<String> names = new java.util.ArrayList<>();
        for (CommandInfo command : GetCommands(name, "All", nameIsPattern)) {
            String kind = command.getCommandType().toString();
            String commandName = command.getName();
            int dot = commandName.lastIndexOf('.');
            if (kind.equals("Application")
                    && (dot < 0 || !extensions.contains(commandName.substring(dot).toLowerCase(java.util.Locale.ROOT)))) {
                continue;
            }
            boolean path = returnFullName && (kind.equals("Application") || kind.equals("ExternalScript"));
            names.add(path ? command.getDefinition() : commandName);
        }
        return names;
    }

    /** Runs the script text in a new scope and returns its output. */
    public Object InvokeScript(String script) {
        return InvokeScript(script, new Object[0]);
    }

    /** Runs the script text in a new scope with {@code args} (a params array) as its arguments; returns its output. */
    public Object InvokeScript(String script, Object... args) {
        return invoke(scriptText(script), frame, true, null, args, null, false);
    }

    /**
     * Runs the script text, in a new scope when {@code useNewScope}, with {@code input} as its {@code $input} and
     * {@code args} as its arguments. {@code writeToPipelines} may name Output, which for {@code $PSCmdlet}'s
     * intrinsics streams the output to the command's own output (nothing comes back) and is ignored for
     * {@code $ExecutionContext}'s, and Error, which keeps the script's errors in the current error pipe (else they go to
     * the invocation's own, past the callers' redirections); any other stream is pwsh's
     * PSNotImplementedException, raised before the script runs.
     */
    public Object InvokeScript(String script, boolean useNewScope, Object writeToPipelines, Object input,
            Object... args) {
        ScriptBlock block = scriptText(script);
        long flags = resultTypes(writeToPipelines);
        if ((flags & ~3L) != 0) {
            // pwsh names the frame that made the exception, as its trace source writes a stack frame
            throw new dev.jpwsh.runtime.error.PSRuntimeException("PSNotImplementedException", "NotImplemented",
                    "Cannot perform operation because operation \"NewNotImplementedException at offset 5 in "
                            + "file:line:column <filename unknown>:0:0\n\" is not implemented.", null,
                    "System.Management.Automation.PSNotImplementedException");
        }
        return invoke(block, frame, useNewScope, input, args, (flags & 1) != 0 ? commandOutput : null,
                (flags & 2) != 0);
    }

    /**
     * The value of a PipelineResultTypes argument: the enum's (each constant's ordinal is its .NET value), a
     * number, or names ({@code 'Output'}, {@code 'Output, Error'}) combined as the flags they are.
     */
    private static long resultTypes(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value == null || value instanceof Enum<?>) {
            return value == null ? 0 : ((Enum<?>) value).ordinal();
        }
        long flags = 0;
        for (String name : LanguagePrimitives.toString(value).split(",")) {
            flags |= ((Enum<?>) Conversions.convert(name.strip(), PipelineResultTypes.class)).ordinal();
        }
        return flags;
    }

    /** {@link #InvokeScript(String, boolean, Object, Object, Object[])} without arguments. */
    public Object InvokeScript(String script, boolean useNewScope, Object writeToPipelines, Object input) {
        return InvokeScript(script, useNewScope, writeToPipelines, input, new Object[0]);
    }

    /** {@link #InvokeScript(boolean, ScriptBlock, Object, Object[])} without arguments. */
    public Object InvokeScript(boolean useLocalScope, ScriptBlock scriptBlock, Object input) {
        return InvokeScript(useLocalScope, scriptBlock, input, new Object[0]);
    }

    /**
     * Runs the block with {@code args}, in a new scope when {@code useLocalScope}, else dot-sourced into the
     * caller's; the items of {@code input} are its {@code $input}.
     */
    public Object InvokeScript(boolean useLocalScope, ScriptBlock scriptBlock, Object input, Object... args) {
        return invoke(dev.jpwsh.dotnet.ArgumentExceptions.notNull(scriptBlock, "scriptBlock"), frame, useLocalScope,
                input, args, null, false);
    }

    /**
     * Runs the block itself dot-sourced in the current scope of {@code sessionState} (a module's, say), with
     * {@code args} as its arguments: a block made by {@code [scriptblock]::Create} runs there, a literal from the
     * other side of a module boundary in its own session state, as pwsh runs a block bound to one.
     */
    public Object InvokeScript(SessionStateView sessionState, ScriptBlock scriptBlock, Object... args) {
        ScriptBlock block = dev.jpwsh.dotnet.ArgumentExceptions.notNull(scriptBlock, "scriptBlock");
        Frame state = dev.jpwsh.dotnet.ArgumentExceptions.notNull(sessionState, "sessionState").frame();
        Frame target = new Frame(state.context(), state.scope(), state.scriptScope(), frame.global());
        return invoke(block, block.dotSourceFrame(target), false, null, args, null, false);
    }

    /** {@link #InvokeScript(SessionStateView, ScriptBlock, Object[])} without arguments. */
    public Object InvokeScript(SessionStateView sessionState, ScriptBlock scriptBlock) {
        return InvokeScript(sessionState, scriptBlock, new Object[0]);
    }

    private static ScriptBlock scriptText(String script) {
        return ScriptBlock.Create(dev.jpwsh.dotnet.ArgumentExceptions.notNull(script, "script"));
    }

    /**
     * Runs the block from {@code caller} (in a new scope when {@code newScope}), its output as a collection, or
     * streamed to {@code streamTo} when that is given (the collection is then empty). Its errors go to the current
     * error pipe when {@code currentErrors}, else to the invocation's own (a [powershell]'s Error stream, or the
     * host), past the redirections of the commands that called it, as pwsh's default for InvokeScript.
     */
    private static Object invoke(ScriptBlock block, Frame caller, boolean newScope, Object input, Object[] args,
            Pipe streamTo, boolean currentErrors) {
        java.util.List<dev.jpwsh.engine.command.CommandArgument> arguments = new java.util.ArrayList<>();
        if (args != null) {
            for (Object arg : args) {
                arguments.add(dev.jpwsh.engine.command.CommandArgument.value(arg));
            }
        }
        Enumerables.Collector output = new Enumerables.Collector();
        Frame run = newScope ? block.callFrame(caller) : caller;
        ScriptParameterBinder.bind(block, run, arguments, java.util.List.of());
        java.util.List<Object> items = new java.util.ArrayList<>();
        if (input != null) {
            Enumerables.write(input, items::add);
        }
        run.setLocal("input", "input", new InputEnumerator(items));
        dev.jpwsh.engine.exec.ExecutionContext context = caller.context();
        dev.jpwsh.engine.exec.StreamRedirects previous = currentErrors ? null
                : context.swapRedirects(context.redirects().toExternalErrors());
        try {
            block.runAll(run, streamTo != null ? streamTo : output);
        } finally {
            if (previous != null) {
                context.swapRedirects(previous);
            }
        }
        return new dev.jpwsh.dotnet.collections.PSCollection(output.items());
    }

    private Object run(String script) {
        Enumerables.Collector output = new Enumerables.Collector();
        ScriptBlock.Create(script).runAll(frame, output);
        return output.result();
    }

    @Override
    public String toString() {
        return "System.Management.Automation.CommandInvocationIntrinsics";
    }
}
