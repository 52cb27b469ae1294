/**
 * Tab completion: {@code TabExpansion2} and {@code [System.Management.Automation.CommandCompletion]::CompleteInput}.
 * {@link dev.jpwsh.commands.completion.CompletionInput} works out what the text before the cursor asks for (a command
 * name, a parameter name, a parameter's value, a variable, a member after {@code .} or {@code ::}, a type name in
 * {@code [...]} or a path); {@link dev.jpwsh.commands.completion.Completers} and its helpers find the candidates in
 * pwsh's order and quote them as pwsh does; {@link dev.jpwsh.commands.completion.CustomCompleters} asks a parameter's
 * custom completers first (Register-ArgumentCompleter, {@code [ArgumentCompleter]}, {@code [ArgumentCompletions]}).
 *
 * <p>May use the engine and the modules below it, and the object cmdlets' member listing
 * ({@code dev.jpwsh.commands.objects}); nothing in the engine uses this package.
 */
package dev.jpwsh.commands.completion;
