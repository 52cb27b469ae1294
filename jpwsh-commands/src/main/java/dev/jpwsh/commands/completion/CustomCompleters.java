package dev.jpwsh.commands.completion;

import dev.jpwsh.engine.command.ArgumentCompleters;
import dev.jpwsh.engine.command.CommandInfo;
import dev.jpwsh.engine.command.FunctionInfo;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.runtime.object.PSHashtable;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The custom completers of a parameter's value, asked before the built-in ones in pwsh's order: the script block
 * Register-ArgumentCompleter registered for the command's parameter (or the parameter of any command), then the
 * parameter's {@code [ArgumentCompleter({...})]} (or the IArgumentCompleter class it names), then its
 * {@code [ArgumentCompletions(...)]} values.
 */
final class CustomCompleters {
    private CustomCompleters() {
    }

    /**
     * What the custom completers give for {@code word}, or null when none applies (no completer, or one that gave
     * nothing or failed), so the built-in completion goes on. A completer that gives a single empty string or null
     * answers with no completions at all, as pwsh lets it suppress the built-in ones.
     */
    static List<CompletionResult> complete(Frame frame, CommandInfo command, String parameterName, String word) {
        ScriptBlock registered = ArgumentCompleters.of(frame.context()).completerFor(command.getName(), parameterName);
        List<CompletionResult> results = registered == null ? null : run(registered, command, parameterName, word);
        if (results != null || !(command instanceof FunctionInfo function)) {
            return results;
        }
        Object declared = ArgumentCompleters.declaredCompleter(function, parameterName, frame);
        if (declared instanceof ScriptBlock block) {
            results = run(block, command, parameterName, word);
        } else if (declared instanceof Class<?> type && IArgumentCompleter.class.isAssignableFrom(type)) {
            results = ask(frame, type, command, parameterName, word);
        }
        if (results != null) {
            return results;
        }
        List<String> completions = ArgumentCompleters.declaredCompletions(function, parameterName);
        if (completions.isEmpty()) {
            return null;
        }
        String pattern = word.isBlank() ? "*" : word + "*";
        List<CompletionResult> matching = new ArrayList<>();
        for (String value : completions) {
            if (Wildcard.matches(value, pattern, false)) {
                matching.add(new CompletionResult(value, value, CompletionResultType.ParameterValue, value));
            }
        }
        return matching;
    }

    /** A completer script block called as pwsh calls it: (commandName, parameterName, wordToComplete, ast, bound). */
    private static List<CompletionResult> run(ScriptBlock completer, CommandInfo command, String parameterName,
            String word) {
        List<Object> output;
        try {
            output = Enumeration.toList(completer.invokeAsDelegate(Arrays.asList(command.getName(), parameterName,
                    word, null, new PSHashtable())));
        } catch (RuntimeException failed) {
            return null;
        }
        return results(output);
    }

    /** An IArgumentCompleter class's answer: a new instance asked with the same arguments as a script block. */
    private static List<CompletionResult> ask(Frame frame, Class<?> type, CommandInfo command, String parameterName,
            String word) {
        List<Object> output;
        try {
            IArgumentCompleter completer = (IArgumentCompleter) MemberGate.newObject(frame.context(), type, List.of(),
                    List.of());
            output = Enumeration.toList(completer.CompleteArgument(command.getName(), parameterName, word, null,
                    new PSHashtable()));
        } catch (RuntimeException failed) {
            return null;
        }
        return results(output);
    }

    /** The completions a completer's output gives; null for none (the built-in completion goes on). */
    private static List<CompletionResult> results(List<Object> output) {
        if (output.isEmpty()) {
            return null;
        }
        List<CompletionResult> results = new ArrayList<>();
        if (output.size() == 1 && (output.getFirst() == null || "".equals(output.getFirst()))) {
            return results;
        }
        for (Object item : output) {
            if (item instanceof CompletionResult result) {
                results.add(result);
            } else if (item != null && !LanguagePrimitives.toString(item).isEmpty()) {
                results.add(new CompletionResult(LanguagePrimitives.toString(item)));
            }
        }
        return results.isEmpty() ? null : results;
    }
}
