/**
 * {@code $Host.UI.RawUI} of the console: the window's and buffer's size, the cursor's position, the colours and
 * title, and single keys (KeyAvailable, ReadKey), as pwsh's console gives them on Linux; with the value types pwsh
 * uses for them (System.Management.Automation.Host.Size, Coordinates, KeyInfo).
 *
 * <p>May use the line editor (the terminal behind it) and the engine's host types; used by the console host.
 */
package dev.jpwsh.console.rawui;
