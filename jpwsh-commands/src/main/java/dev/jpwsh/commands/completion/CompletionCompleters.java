package dev.jpwsh.commands.completion;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/**
 * {@code [System.Management.Automation.CompletionCompleters]}: the completers TabExpansion2 uses, one kind of word
 * at a time, in the session of the calling thread.
 */
@DotNetName("System.Management.Automation.CompletionCompleters")
public final class CompletionCompleters {
    private CompletionCompleters() {
    }

    public static List<CompletionResult> CompleteCommand(String commandName) {
        return Completers.commands(CommandCompletion.sessionFrame(), commandName == null ? "" : commandName);
    }

    public static List<CompletionResult> CompleteVariable(String variableName) {
        String name = variableName == null ? "" : variableName;
        return OtherCompleters.variables(CommandCompletion.sessionFrame(),
                CompletionInput.alone(CompletionInput.Kind.VARIABLE, name.startsWith("$") ? name : "$" + name));
    }

    public static List<CompletionResult> CompleteType(String typeName) {
        return OtherCompleters.types(typeName == null ? "" : typeName);
    }

    public static List<CompletionResult> CompleteFilename(String fileName) {
        return OtherCompleters.paths(CommandCompletion.sessionFrame(),
                CompletionInput.alone(CompletionInput.Kind.ARGUMENT, fileName == null ? "" : fileName));
    }

    public static List<CompletionResult> CompleteOperator(String wordToComplete) {
        return Operators.complete(wordToComplete == null ? "" : wordToComplete);
    }
}
