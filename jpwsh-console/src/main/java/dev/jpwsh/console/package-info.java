/**
 * The {@code jpwsh} console host. {@link dev.jpwsh.console.Main} wires the standard streams into a
 * {@code ConsoleOutput} and hands the command line to {@code Startup}, which follows pwsh's startup order:
 * command-line errors and help ({@link dev.jpwsh.console.options}), {@code -Version}, then the script: parsed by
 * {@code jpwsh-language}, reported in pwsh's concise error view ({@link dev.jpwsh.console.errorview}) when it
 * does not parse, else run by {@code Interpreter} in the process's primary runspace with {@code ConsoleHost} as
 * its host, after {@code Profiles} set {@code $PROFILE} and ran the profiles. With no script and a terminal on
 * standard input (or with -NoExit), {@code InteractiveSession} then reads commands at the prompt with the line editor
 * ({@link dev.jpwsh.console.line}); the host draws Write-Progress ({@link dev.jpwsh.console.progress}) and gives
 * {@code $Host.UI.RawUI} ({@link dev.jpwsh.console.rawui}); prompts (PromptForChoice, credentials, confirmations) read
 * from the line editor or redirected standard input; {@code $Host.EnterNestedPrompt()} runs the loop again, and a
 * runspace Enter-PSSession or Enter-PSHostProcess pushes takes the prompt's commands ({@code PushedRunspace}). The
 * PSReadLine cmdlets live in {@link dev.jpwsh.console.psreadline}. {@code ParseCheck} is the {@code --parse} developer
 * tool.
 *
 * <p>This package is the host: it alone writes to the process's standard streams. May use every module below it
 * (the engine, jpwsh-format's default output, language and runtime; the built-in commands are found at run time);
 * nothing uses it but the tests. Startup runs on the main thread, the script on a pipeline thread of its own; the
 * host's writes are serialised, since several runspaces may write at once.
 */
package dev.jpwsh.console;
