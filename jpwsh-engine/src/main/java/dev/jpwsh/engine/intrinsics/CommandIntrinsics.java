package dev.jpwsh.engine.intrinsics;

import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.convert.LanguagePrimitives;

/** {@code $ExecutionContext.InvokeCommand}: expanding strings and running script text in the caller's scope. */
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
