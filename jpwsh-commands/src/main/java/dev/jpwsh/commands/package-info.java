/**
 * The built-in commands of jpwsh, registered in one readable list: {@link dev.jpwsh.commands.CoreCommands} names
 * every cmdlet of this module with its aliases and is found by the engine as a {@code CommandLibrary} service
 * ({@code META-INF/services}), so the engine itself names no command. The cmdlets live in subpackages grouped like
 * pwsh's modules: {@code core} (with {@code core.parallel}), {@code utility} and {@code threadjob}.
 *
 * <p>May use the engine and the modules below it (runtime, language; the .NET class library); never
 * {@code jpwsh-format} or a module above. Nothing uses this package at compile time: hosts find it on the class path.
 */
package dev.jpwsh.commands;
