/**
 * The {@code jpwsh} console host. {@link dev.jpwsh.console.Main} wires the standard streams into a
 * {@code ConsoleOutput} and hands the command line to {@code Startup}, which follows pwsh's startup order:
 * command-line errors and help ({@link dev.jpwsh.console.options}), {@code -Version}, then the script: parsed by
 * {@code jpwsh-language}, reported in pwsh's concise error view ({@link dev.jpwsh.console.errorview}) when it
 * does not parse, else handed to the interpreter (for now {@code InterpreterNotAvailable}). {@code ParseCheck} is
 * the {@code --parse} developer tool.
 *
 * <p>This package is the host: it alone writes to the process's standard streams. Everything here runs on the
 * main thread.
 */
package dev.jpwsh.console;
