package dev.jpwsh.remoting.protocol;

import dev.jpwsh.language.ast.AstSearch;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.parse.Parser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code $using:} values as pwsh 5 and later send them to a server other than a WSMan one: the script's text as
 * written, and one parameter named {@value #TABLE_PARAMETER} whose value is a table from each using expression's key
 * (its text, lower-cased when it names a plain variable, in UTF-16LE and base64) to the value read in the caller.
 * The server looks each {@code $using:} up in that table by the same key; this server does it by turning the entries
 * into parameters of the script ({@link #parameterized}).
 */
public final class UsingValues {
    /** The name of the parameter that carries the table (pwsh's verbatim-argument marker). */
    public static final String TABLE_PARAMETER = "--%";
    private static final String PREFIX = "__using_";
    private static final Pattern PARAM = Pattern.compile("(?i)\\bparam\\s*\\(");

    private UsingValues() {
    }

    /** A script whose using expressions read parameters, and the values to bind to those parameters by name. */
    public record Parameterized(String script, Map<String, Object> parameters) {
    }

    /** {@return pwsh's key of {@code using}} */
    public static String key(ExpressionAst.Using using) {
        String text = using.extent().text();
        if (using.expression() instanceof ExpressionAst.Variable) {
            text = text.toLowerCase(Locale.ROOT);
        }
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_16LE));
    }

    /** Whether {@code name} is the table's parameter as a client names it ({@code --%}) or as it binds ({@code -%}). */
    public static boolean isTableParameter(String name) {
        return TABLE_PARAMETER.equals(name) || TABLE_PARAMETER.substring(1).equals(name);
    }

    /**
     * {@return the table for {@code script}: an entry for each using expression of a variable, its value what
     * {@code variable} gives for the variable's name}
     */
    public static Map<String, Object> table(String script, Function<String, Object> variable) {
        Map<String, Object> table = new LinkedHashMap<>();
        for (ExpressionAst.Using using : AstSearch.findAll(Parser.parse(script).ast(), ExpressionAst.Using.class)) {
            if (using.expression() instanceof ExpressionAst.Variable v) {
                table.putIfAbsent(key(using), variable.apply(v.path().name()));
            }
        }
        return table;
    }

    /**
     * {@return {@code script} with each using expression whose key {@code table} holds replaced by a parameter
     * {@code $__using_<n>} added in front of the script's own (or in a param block of its own), so that arguments
     * still bind by position to the script's parameters}
     */
    public static Parameterized parameterized(String script, Map<?, ?> table) {
        ScriptBlockAst ast = Parser.parse(script).ast();
        List<ExpressionAst.Using> usings = new ArrayList<>(AstSearch.findAll(ast, ExpressionAst.Using.class));
        usings.sort(Comparator.comparingInt((ExpressionAst.Using u) -> u.extent().start()).reversed());
        Map<String, String> parameterOfKey = new LinkedHashMap<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder(script);
        for (ExpressionAst.Using using : usings) {
            String key = key(using);
            if (!table.containsKey(key)) {
                continue;
            }
            String parameter = parameterOfKey.computeIfAbsent(key, k -> PREFIX + parameterOfKey.size());
            parameters.put(parameter, table.get(key));
            text.replace(using.extent().start(), using.extent().end(), "$" + parameter);
        }
        if (parameters.isEmpty()) {
            return new Parameterized(script, Map.of());
        }
        String declared = String.join(", ", parameters.keySet().stream().map(p -> "$" + p).toList());
        return new Parameterized(withParameters(text.toString(), ast, declared), parameters);
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
