package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.language.ast.AstSearch;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.parse.Parser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends {@code $using:} values as parameters, as pwsh does for a server that takes no using-value table: each
 * {@code $using:name} in the script becomes {@code $__using_name}, a parameter added in front of the script's own
 * (or in a param block of its own), and the value read here from the caller's variables is bound to it by name, so
 * the -ArgumentList items still bind by position to the script's own parameters.
 */
final class UsingParameters {
    static final String PREFIX = "__using_";
    private static final Pattern PARAM = Pattern.compile("(?i)\\bparam\\s*\\(");

    private UsingParameters() {
    }

    /** {@return the command for {@code script}, its using values read from {@code caller}} */
    static RemoteCommand of(String script, Frame caller, Object[] arguments) {
        ScriptBlockAst ast = Parser.parse(script).ast();
        List<ExpressionAst.Using> usings = new ArrayList<>(AstSearch.findAll(ast, ExpressionAst.Using.class));
        Map<String, Object> values = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder(script);
        usings.sort(Comparator.comparingInt((ExpressionAst.Using u) -> u.extent().start()).reversed());
        for (ExpressionAst.Using using : usings) {
            if (!(using.expression() instanceof ExpressionAst.Variable variable)) {
                continue;
            }
            String name = variable.path().name();
            String parameter = PREFIX + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
            PSVariable found = caller.scope().lookup(Scope.key(name));
            values.put(parameter, found == null ? null : found.value());
            text.replace(using.extent().start(), using.extent().end(), "$" + parameter);
        }
        if (values.isEmpty()) {
            return new RemoteCommand(script, Map.of(), arguments == null ? new Object[0] : arguments);
        }
        String declared = String.join(", ", values.keySet().stream().map(p -> "$" + p).toList());
        return new RemoteCommand(withParameters(text.toString(), ast, declared), values,
                arguments == null ? new Object[0] : arguments);
    }

    /** Adds {@code declared} in front of the script's param block, or as a param block of its own. */
    private static String withParameters(String text, ScriptBlockAst ast, String declared) {
        if (ast.paramBlock() != null) {
            Matcher m = PARAM.matcher(text);
            if (m.find()) {
                String rest = text.substring(m.end());
                boolean empty = rest.stripLeading().startsWith(")");
                return text.substring(0, m.end()) + declared + (empty ? "" : ", ") + rest;
            }
        }
        return "param(" + declared + ")\n" + text;
    }
}
