package dev.jpwsh.commands.completion;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * {@code System.Management.Automation.IArgumentCompleter}: what a script class implements to be named by a
 * parameter's {@code [ArgumentCompleter([MyCompleter])]}. Tab completion makes one with its parameterless
 * constructor and asks it for the completions of the word: CompletionResults or strings, one or a collection.
 */
@DotNetName("System.Management.Automation.IArgumentCompleter")
public interface IArgumentCompleter {
    Object CompleteArgument(String commandName, String parameterName, String wordToComplete, Object commandAst,
            java.util.Map<?, ?> fakeBoundParameters);
}
