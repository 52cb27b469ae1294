package dev.jpwsh.commands.completion;

import dev.jpwsh.engine.command.CommandInfo;
import dev.jpwsh.engine.exec.Frame;
import java.util.List;

/**
 * Where custom argument completers ({@code [ArgumentCompleter()]} attributes and Register-ArgumentCompleter) are
 * consulted: before the built-in completion of a parameter's value, {@link Completers} asks the hook installed with
 * {@link #install}; a non-null answer is the whole result. Until a registry installs one, no hook is asked.
 */
@FunctionalInterface
public interface ArgumentCompleterHook {
    /**
     * The completions of {@code command}'s {@code parameterName} argument for {@code wordToComplete}, or null when no
     * custom completer applies.
     */
    List<CompletionResult> complete(Frame frame, CommandInfo command, String parameterName, String wordToComplete);

    /** Installs the registry's hook, which every later completion consults. */
    static void install(ArgumentCompleterHook hook) {
        Installed.hook = hook;
    }

    /** The installed hook, or null. */
    static ArgumentCompleterHook installed() {
        return Installed.hook;
    }

    /** Holds the installed hook. */
    final class Installed {
        private static volatile ArgumentCompleterHook hook;

        private Installed() {
        }
    }
}
