package dev.jpwsh.engine.command;

import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.Enumeration;
import java.util.ArrayList;
import java.util.List;

/**
 * The argument vector of a native program, as pwsh builds it on Unix with {@code $PSNativeCommandArgumentPassing}
 * Standard: every argument value is one element whatever spaces or quotes it holds, an empty string is an empty
 * element, {@code $null} is no element, a collection gives one element per item, and a parameter token passes as
 * written ({@code -flag}, {@code -name:value}).
 */
final class NativeArguments {
    private NativeArguments() {
    }

    static List<String> of(String program, List<CommandArgument> args) {
        List<String> argv = new ArrayList<>(args.size() + 1);
        argv.add(program);
        for (CommandArgument arg : args) {
            if (arg.isParameter()) {
                argv.add("-" + arg.parameterName() + (arg.hasValue() ? ":" + text(arg.value()) : ""));
                continue;
            }
            for (Object item : Enumeration.toList(arg.value())) {
                if (item != null) {
                    argv.add(text(item));
                }
            }
        }
        return argv;
    }

    private static String text(Object value) {
        return LanguagePrimitives.toString(value);
    }
}
