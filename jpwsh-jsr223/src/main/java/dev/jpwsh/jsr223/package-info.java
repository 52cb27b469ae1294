/**
 * jpwsh behind {@code javax.script}: {@link dev.jpwsh.jsr223.PowerShellScriptEngineFactory} (registered as a
 * service, names {@code powershell}, {@code pwsh}, {@code jpwsh}) makes {@link dev.jpwsh.jsr223.PowerShellScriptEngine}s,
 * each with a runspace of its own. Depends on the engine's public hosting API; the built-in commands come from
 * {@code jpwsh-commands} and {@code jpwsh-format} at run time. An engine runs one script at a time: callers on
 * several threads use an engine each.
 */
package dev.jpwsh.jsr223;
