package dev.jpwsh.engine.intrinsics;

import dev.jpwsh.engine.command.AliasInfo;
import dev.jpwsh.engine.command.CommandDiscovery;
import dev.jpwsh.engine.command.CommandInfo;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.command.ScriptParameterBinder;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.InputEnumerator;
import dev.jpwsh.engine.exec.ScriptBlock;
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

    CommandIntrinsics(Frame frame) {
        this.frame = frame;
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
        return wanted ? other : null;
    }

    /** The cmdlet {@code name} means, or null. */
    public CommandInfo GetCmdlet(String name) {
        return GetCommand(name, "Cmdlet");
    }

    /** A script block of {@code scriptText}, as {@code [scriptblock]::Create} makes it; a parse error throws. */
    public ScriptBlock NewScriptBlock(String scriptText) {
        return ScriptBlock.Create(dev.jpwsh.dotnet.ArgumentExceptions.notNull(scriptText, "scriptText"));
    }

    /**
     * The commands whose names {@code name} matches (a wildcard pattern when {@code nameIsPattern}, else the name
     * itself, any case) among the kinds {@code commandTypes} names, in Get-Command's order: aliases, functions,
     * cmdlets.
     */
    public java.util.List<CommandInfo> GetCommands(String name, Object commandTypes, boolean nameIsPattern) {
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
        return found;
    }

    /** Runs the script text in a new scope and returns its output. */
    public Object InvokeScript(String script) {
        return InvokeScript(script, new Object[0]);
    }

    /** Runs the script text in a new scope with {@code args} (a params array) as its arguments; returns its output. */
    public Object InvokeScript(String script, Object... args) {
        return invoke(scriptText(script), frame, true, null, args);
    }

    /**
     * Runs the script text, in a new scope when {@code useNewScope}, with {@code input} as its {@code $input} and
     * {@code args} as its arguments; the output comes back. {@code writeToPipelines} may name Output and Error only
     * (they go where they go anyway); any other stream is not implemented, as in pwsh.
     */
    public Object InvokeScript(String script, boolean useNewScope, Object writeToPipelines, Object input,
            Object... args) {
        ScriptBlock block = scriptText(script);
        checkResultTypes(writeToPipelines);
        return invoke(block, frame, useNewScope, input, args);
    }

    /** Refuses PipelineResultTypes other than None, Output and Error (flags: Output is 1, Error 2). */
    private static void checkResultTypes(Object writeToPipelines) {
        long flags = writeToPipelines instanceof Enum<?> e ? e.ordinal()
                : writeToPipelines instanceof Number n ? n.longValue() : 0;
        if ((flags & ~3L) != 0) {
            throw new dev.jpwsh.runtime.error.PSRuntimeException("PSNotImplementedException", "NotImplemented",
                    "Cannot perform operation because operation \"InvokeScript\" is not implemented.", null,
                    "System.Management.Automation.PSNotImplementedException");
        }
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
                input, args);
    }

    /**
     * Runs the block in the scope {@code sessionState} stands for (a module's, say), dot-sourced there as pwsh does,
     * with {@code args} as its arguments. The block's text runs, unbound from where it was made.
     */
    public Object InvokeScript(SessionStateView sessionState, ScriptBlock scriptBlock, Object... args) {
        dev.jpwsh.dotnet.ArgumentExceptions.notNull(sessionState, "sessionState");
        ScriptBlock block = dev.jpwsh.dotnet.ArgumentExceptions.notNull(scriptBlock, "scriptBlock");
        Frame state = sessionState.frame();
        return invoke(ScriptBlock.Create(block.toString()), new Frame(state.context(), state.scope(),
                state.scriptScope(), frame.global()), false, null, args);
    }

    /** {@link #InvokeScript(SessionStateView, ScriptBlock, Object[])} without arguments. */
    public Object InvokeScript(SessionStateView sessionState, ScriptBlock scriptBlock) {
        return InvokeScript(sessionState, scriptBlock, new Object[0]);
    }

    private static ScriptBlock scriptText(String script) {
        return ScriptBlock.Create(dev.jpwsh.dotnet.ArgumentExceptions.notNull(script, "script"));
    }

    /** Runs the block from {@code caller} (in a new scope when {@code newScope}), its output as a collection. */
    private static Object invoke(ScriptBlock block, Frame caller, boolean newScope, Object input, Object[] args) {
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
        block.runAll(run, output);
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
