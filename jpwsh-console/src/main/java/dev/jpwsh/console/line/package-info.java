/**
 * The interactive console's line editor, on JLine: PSReadLine's Emacs-mode keys (JLine's emacs key map), the
 * {@code >> } continuation prompt while jpwsh's parser says the input is incomplete, history kept in PSReadLine's
 * file and format, and Tab completion whose matches come from the session (a {@link dev.jpwsh.console.line.CompletionSource}).
 *
 * <p>May use JLine and jpwsh-language (the parser, for incompleteness); it knows nothing of the engine: whatever needs
 * the session comes in through {@code CompletionSource}. Used by the console package alone; everything here runs on
 * the console's pipeline thread, which reads the lines and runs them.
 */
package dev.jpwsh.console.line;
