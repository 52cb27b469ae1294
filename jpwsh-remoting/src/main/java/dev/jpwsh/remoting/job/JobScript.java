package dev.jpwsh.remoting.job;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.language.ast.AstSearch;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.parse.Parser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A job's script as the child process runs it: each {@code $using:name} becomes the variable
 * {@code ${__using_name}}, whose value, read here in the caller's scope, the child sets before the script runs (the
 * values travel serialized, as pwsh sends them). Immutable.
 *
 * @param text the script with its {@code $using:} variables renamed
 * @param usingValues the values, by variable name
 */
record JobScript(String text, Map<String, Object> usingValues) {
    /**
     * What the child runs first: moves to the job's working directory (its first argument, when not null) and sets
     * the {@code $using:} variables from the values (its second).
     */
    static final String PRELUDE = "param($location, $values) if ($location) { Set-Location -LiteralPath $location }; "
            + "foreach ($name in $values.Keys) { Set-Variable -Scope Global -Name ('__using_' + $name) "
            + "-Value $values[$name] }";

    /**
     * {@return {@code script} with its {@code $using:} variables read from {@code caller}}
     *
     * @throws dev.jpwsh.engine.exec.PSException UsingVariableIsUndefined for a variable the caller has not set
     */
    static JobScript of(String script, Frame caller) {
        List<ExpressionAst.Using> usings = new ArrayList<>(AstSearch.findAll(Parser.parse(script).ast(),
                ExpressionAst.Using.class));
        usings.sort(Comparator.comparingInt((ExpressionAst.Using u) -> u.extent().start()).reversed());
        Map<String, Object> values = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder(script);
        for (ExpressionAst.Using using : usings) {
            if (!(using.expression() instanceof ExpressionAst.Variable variable)) {
                continue;
            }
            String name = variable.path().name();
            PSVariable found = caller.scope().lookup(Scope.key(name));
            if (found == null) {
                throw StartJobErrors.usingVariableUndefined(name);
            }
            values.put(name, found.value());
            text.replace(using.extent().start(), using.extent().end(), "${__using_" + name.replace("}", "`}")
                    + "}");
        }
        return new JobScript(text.toString(), values);
    }
}
