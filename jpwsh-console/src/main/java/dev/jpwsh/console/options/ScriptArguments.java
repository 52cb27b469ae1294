package dev.jpwsh.console.options;

import java.util.ArrayList;
import java.util.List;

/** Turns the arguments after a script file into {@link ScriptArgument}s, as pwsh does before binding them. */
final class ScriptArguments {
    private ScriptArguments() {
    }

    static List<ScriptArgument> collect(List<String> arguments) {
        List<ScriptArgument> collected = new ArrayList<>(arguments.size());
        String pendingName = null;
        for (String argument : arguments) {
            if (pendingName != null) {
                collected.add(new ScriptArgument.ParameterWithValue(pendingName, argument));
                pendingName = null;
            } else if (argument.length() > 1 && SwitchSyntax.isDash(argument.charAt(0))) {
                int colon = argument.indexOf(':');
                if (colon < 0) {
                    collected.add(new ScriptArgument.Parameter(argument));
                } else if (colon == argument.length() - 1) {
                    pendingName = argument.substring(0, colon);
                } else {
                    collected.add(new ScriptArgument.ParameterWithValue(argument.substring(0, colon),
                            booleanOrText(argument.substring(colon + 1))));
                }
            } else {
                collected.add(new ScriptArgument.Positional(argument));
            }
        }
        return List.copyOf(collected);
    }

    /** {@code true}, {@code false}, {@code $true} and {@code $false} (any case, outer blanks ignored) as Booleans. */
    private static Object booleanOrText(String value) {
        String word = value.startsWith("$") ? value.substring(1).strip() : value.strip();
        if (word.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (word.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        return value;
    }
}
