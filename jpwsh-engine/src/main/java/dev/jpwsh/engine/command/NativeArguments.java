package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.EnvironmentVariables;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.Enumeration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The argument vector of a native program, as pwsh builds it on Unix with {@code $PSNativeCommandArgumentPassing}
 * Standard: every argument value is one element whatever spaces or quotes it holds, an empty string is an empty
 * element, {@code $null} is no element, a collection gives one element per item, and a parameter token passes as
 * written ({@code -flag}, {@code -name:value}). After a {@code --%} argument, which is not passed on, the rest of the
 * line is split at blanks with {@code %NAME%} replaced by the environment variable's value.
 */
final class NativeArguments {
    private NativeArguments() {
    }

    private static final String STOP_PARSING = "--%";
    private static final Pattern VARIABLE = Pattern.compile("%([^%]+)%");

    static List<String> of(String program, List<CommandArgument> args, EnvironmentVariables environment) {
        List<String> argv = new ArrayList<>(args.size() + 1);
        argv.add(program);
        boolean verbatim = false;
        for (CommandArgument arg : args) {
            if (arg.isParameter()) {
                argv.add("-" + arg.parameterName() + (arg.hasValue() ? ":" + text(arg.value()) : ""));
                continue;
            }
            for (Object item : Enumeration.toList(arg.value())) {
                if (item == null) {
                    continue;
                }
                String text = text(item);
                if (verbatim) {
                    addVerbatim(argv, text, environment);
                } else if (text.equals(STOP_PARSING)) {
                    verbatim = true;
                } else {
                    argv.add(text);
                }
            }
        }
        return argv;
    }

    private static void addVerbatim(List<String> argv, String text, EnvironmentVariables environment) {
        String expanded = VARIABLE.matcher(text).replaceAll(m -> {
            Object value = environment.get(m.group(1));
            return Matcher.quoteReplacement(value == null ? m.group() : value.toString());
        });
        for (String part : expanded.split(" ")) {
            if (!part.isEmpty()) {
                argv.add(part);
            }
        }
    }

    private static String text(Object value) {
        return LanguagePrimitives.toString(value);
    }
}
