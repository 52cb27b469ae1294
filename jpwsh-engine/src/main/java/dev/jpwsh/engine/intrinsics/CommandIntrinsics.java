package dev.jpwsh.engine.intrinsics;

import dev.jpwsh.engine.command.AliasInfo;
import dev.jpwsh.engine.command.CommandDiscovery;
import dev.jpwsh.engine.command.CommandInfo;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.convert.LanguagePrimitives;

/**
 * {@code $ExecutionContext.InvokeCommand}: expanding strings, running script text in the caller's scope, and finding
 * commands (GetCommand, GetCmdlet).
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

    /** Runs the script text in the caller's scope and returns its output. */
    public Object InvokeScript(String script) {
        return run(script);
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
