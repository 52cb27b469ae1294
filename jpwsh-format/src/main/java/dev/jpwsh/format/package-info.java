/**
 * Default output formatting: {@link dev.jpwsh.format.OutDefault} formats what a host's scripts output as pwsh does,
 * {@link dev.jpwsh.format.FileFormatting} the text of {@code >} and Out-File, {@link dev.jpwsh.format.FormatCommands}
 * registers the cmdlets of {@code dev.jpwsh.format.commands}. The pipeline is pwsh's: {@code dev.jpwsh.format.view}
 * turns objects into formatting objects ({@code dev.jpwsh.format.data}), {@code dev.jpwsh.format.render} turns those
 * into lines. Depends on the engine's public API. A formatter instance belongs to one output stream and one thread.
 */
package dev.jpwsh.format;
