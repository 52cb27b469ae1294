package dev.jpwsh.commands.core.parallel;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.language.ast.AstSearch;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.parse.Parser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code $using:} values of a -Parallel script or a thread job's, read once from the caller's variables: the
 * live objects, not copies. {@code $using:a[1]} and {@code $using:a.P} pass {@code a}; the task indexes or reads the
 * member itself, on the same object. Unlike pwsh, a nested -Parallel block's {@code $using:} variables are read here
 * too.
 */
public final class UsingValues {
    private UsingValues() {
    }

    /** For -Parallel: the values by variable key; an unset variable or a script-block value is a terminating error. */
    static Map<String, Object> of(String script, Frame caller) {
        return read(Parser.parse(script).ast(), caller, true);
    }

    /**
     * For Start-ThreadJob: the values by variable key; an unset variable is {@code $null}, as pwsh reads it with
     * GetVariableValue, and script blocks are passed like any value.
     *
     * @param script the job's parsed script
     * @param caller the frame whose variables are read
     * @return the values, for {@code Runspace.context().setUsingValues}
     */
    public static Map<String, Object> forThreadJob(ScriptBlockAst script, Frame caller) {
        return read(script, caller, false);
    }

    /**
     * {@return the text of each {@code $using:a[1]} or {@code $using:a.P} in {@code script}: more than a variable,
     * which Start-ThreadJob refuses}
     *
     * @param ast the job's parsed script
     */
    public static List<String> beyondAVariable(ScriptBlockAst ast) {
        List<String> found = new ArrayList<>();
        for (ExpressionAst.Index index : AstSearch.findAll(ast, ExpressionAst.Index.class)) {
            if (index.target() instanceof ExpressionAst.Using) {
                found.add(index.extent().text());
            }
        }
        for (ExpressionAst.Member member : AstSearch.findAll(ast, ExpressionAst.Member.class)) {
            if (member.target() instanceof ExpressionAst.Using) {
                found.add(member.extent().text());
            }
        }
        return found;
    }

    private static Map<String, Object> read(ScriptBlockAst script, Frame caller, boolean parallel) {
        Map<String, Object> values = new HashMap<>();
        for (ExpressionAst.Using using : AstSearch.findAll(script, ExpressionAst.Using.class)) {
            if (!(using.expression() instanceof ExpressionAst.Variable variable)) {
                continue;
            }
            String name = variable.path().name();
            PSVariable found = caller.scope().lookup(Scope.key(name));
            if (found == null && parallel) {
                throw new PSException(ParallelErrors.usingUndefined(name));
            }
            Object value = found == null ? null : found.value();
            if (value instanceof ScriptBlock && parallel) {
                throw new PSException(ParallelErrors.usingScriptBlock());
            }
            values.put(Scope.key(name), value);
        }
        return Collections.unmodifiableMap(values);
    }
}
