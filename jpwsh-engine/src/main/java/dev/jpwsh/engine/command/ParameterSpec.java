package dev.jpwsh.engine.command;

import dev.jpwsh.engine.node.Access;
import dev.jpwsh.engine.node.Expr;
import java.util.List;

/**
 * A script parameter as declared: name (and its variable's lower-cased key), type constraint (null for none), default value, and what its
 * {@code [Parameter()]} attribute says. Positions order positional binding: explicit ones first, then the
 * declaration order; {@code Integer.MAX_VALUE} means named only.
 */
public record ParameterSpec(String name, Access.TypeLiteral type, Expr defaultValue, boolean mandatory, int position,
        boolean fromPipeline, boolean fromPipelineByPropertyName, boolean fromRemainingArguments, boolean isSwitch,
        List<String> aliases, List<String> parameterSets, List<Validation> validations, String key, Extras extras) {

    /**
     * What a parameter's attributes say that binding does not use: {@code HelpMessage} and {@code DontShow} of
     * {@code [Parameter()]}, and its {@code [ArgumentCompleter()]} (a script block or type expression, or null) and
     * {@code [ArgumentCompletions()]} values, which completion reads.
     */
    public record Extras(String helpMessage, boolean dontShow, Expr completer, List<String> completions) {
        public static final Extras NONE = new Extras(null, false, null, List.of());
    }

    /** True when {@code written} (without its dash) names this parameter: its name, a prefix of it, or an alias. */
    public boolean matches(String written) {
        if (name.regionMatches(true, 0, written, 0, written.length()) && written.length() <= name.length()) {
            return true;
        }
        for (String alias : aliases) {
            if (alias.equalsIgnoreCase(written)) {
                return true;
            }
        }
        return false;
    }

    /** True when the parameter belongs to {@code set}: it names that set, or no set at all. */
    public boolean isIn(String set) {
        return parameterSets.isEmpty() || parameterSets.stream().anyMatch(set::equalsIgnoreCase);
    }

    public boolean isExactly(String written) {
        return name.equalsIgnoreCase(written) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(written));
    }
}
