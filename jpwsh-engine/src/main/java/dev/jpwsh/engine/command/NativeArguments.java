package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.EnvironmentVariables;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.Enumeration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The argument vector of a native program, as pwsh builds it on Unix with {@code $PSNativeCommandArgumentPassing}
 * Standard: every argument value is one element whatever spaces or quotes it holds, an empty string is an empty
 * element, {@code $null} is no element, a collection gives one element per item, and a parameter token passes as
 * written ({@code -flag}, {@code -name:value}). After a {@code --%} argument, which is not passed on, the rest of the
 * line is split at blanks with {@code %NAME%} replaced by the environment variable's value. On Unix pwsh globs and
 * {@code ~}-expands every word that is not a quoted string ({@link NativeGlob}), and an array literal written on the
 * command line ({@code a,b}) passes its source text split at blanks, so {@code a,b} is the one argument "a,b".
 */
final class NativeArguments {
    private NativeArguments() {
    }

    private static final String STOP_PARSING = "--%";
    private static final Pattern VARIABLE = Pattern.compile("%([^%]+)%");

    static List<String> of(String program, List<CommandArgument> args, ExecutionContext context) {
        List<String> argv = new ArrayList<>(args.size() + 1);
        argv.add(program);
        Path directory = NativeCommandLookup.workingDirectory(context);
        String home = home(context.environment());
        boolean verbatim = false;
        for (CommandArgument arg : args) {
            if (arg.isParameter()) {
                String text = "-" + arg.parameterName();
                if (arg.hasValue()) {
                    argv.add(text + ":" + text(arg.value()));
                } else {
                    NativeGlob.add(argv, text, directory, home);
                }
                continue;
            }
            ArgumentSpelling spelling = arg.spelling();
            for (Object item : Enumeration.toList(arg.value())) {
                if (item == null) {
                    continue;
                }
                String text = spelling.numberText() != null ? spelling.numberText() : text(item);
                if (verbatim) {
                    addVerbatim(argv, text, context.environment());
                } else if (text.equals(STOP_PARSING)) {
                    verbatim = true;
                } else if (spelling.quoted() || text.isEmpty() || hasUnquotedBlank(text)) {
                    argv.add(text);
                } else if (spelling.arrayLiteral() != null) {
                    for (String word : spelling.arrayLiteral().split(" ")) {
                        if (!word.isEmpty()) {
                            NativeGlob.add(argv, word, directory, home);
                        }
                    }
                    break;
                } else {
                    NativeGlob.add(argv, text, directory, home);
                }
            }
        }
        return argv;
    }

    /** Whether pwsh would quote {@code text} on a command line: a blank outside double quotes. */
    private static boolean hasUnquotedBlank(String text) {
        boolean inQuotes = false;
        boolean afterBackslash = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && !afterBackslash) {
                inQuotes = !inQuotes;
            } else if (Character.isWhitespace(c) && !inQuotes) {
                return true;
            }
            afterBackslash = c == '\\';
        }
        return false;
    }

    private static String home(EnvironmentVariables environment) {
        Object home = environment.get("HOME");
        return home == null ? System.getProperty("user.home") : home.toString();
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
