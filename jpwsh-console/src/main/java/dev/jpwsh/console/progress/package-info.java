/**
 * Write-Progress on the console as pwsh 7 draws it: the activities in progress as a tree (nested by ParentId),
 * rendered in {@code $PSStyle.Progress.View} (Minimal: one styled line per activity; Classic: the boxed lines of
 * older consoles) under the output, and the escape sequences that draw and erase them.
 *
 * <p>May use the engine's progress record and {@code PSStyle}; used by the console host alone, which calls it under
 * the lock that serialises its writes.
 */
package dev.jpwsh.console.progress;
