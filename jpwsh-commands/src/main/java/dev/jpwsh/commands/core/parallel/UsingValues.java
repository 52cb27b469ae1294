package dev.jpwsh.commands.core.parallel;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.language.ast.AstSearch;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.parse.Parser;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code $using:} values of a -Parallel script, read once from the caller's variables: the live objects, not
 * copies. {@code $using:a[1]} and {@code $using:a.P} pass {@code a}; the task indexes or reads the member itself, on
 * the same object. Unlike pwsh, a nested -Parallel block's {@code $using:} variables are read here too.
 */
final class UsingValues {
    private UsingValues() {
    }

    /** The values by variable key; an unset variable or a script-block value is a terminating error. */
    static Map<String, Object> of(String script, Frame caller) {
        Map<String, Object> values = new HashMap<>();
        for (ExpressionAst.Using using : AstSearch.findAll(Parser.parse(script).ast(), ExpressionAst.Using.class)) {
            if (!(using.expression() instanceof ExpressionAst.Variable variable)) {
                continue;
            }
            String name = variable.path().name();
            PSVariable found = caller.scope().lookup(Scope.key(name));
            if (found == null) {
                throw new PSException(ParallelErrors.usingUndefined(name));
            }
            if (found.value() instanceof ScriptBlock) {
                throw new PSException(ParallelErrors.usingScriptBlock());
            }
            values.put(Scope.key(name), found.value());
        }
        return Collections.unmodifiableMap(values);
    }
}
