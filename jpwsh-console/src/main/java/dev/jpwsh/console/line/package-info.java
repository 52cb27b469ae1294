/**
 * The interactive console's line editor, on JLine: PSReadLine's Emacs-mode keys (JLine's emacs key map), the
 * {@code >> } continuation prompt while jpwsh's parser says the input is incomplete, history kept in PSReadLine's
 * file and format, Tab completion whose matches come from the session (a {@link dev.jpwsh.console.line.CompletionSource}),
 * the line coloured by token kind ({@code TokenHighlighter}), and PSReadLine's options and key handlers for this process
 * ({@link dev.jpwsh.console.line.ReadLineOptions}, {@link dev.jpwsh.console.line.KeyHandlers}, with
 * {@link dev.jpwsh.console.line.EditBuffer} for key handler script blocks), applied before each line is read.
 *
 * <p>May use JLine and jpwsh-language (the parser, for incompleteness); it knows nothing of the engine: whatever needs
 * the session comes in through {@code CompletionSource} and the key handler runner the session gives. Used by the
 * console package and the PSReadLine cmdlets; everything here runs on the console's pipeline thread, which reads the
 * lines and runs them, but for {@code ReadLineOptions}, which any thread may change under its lock.
 */
package dev.jpwsh.console.line;
