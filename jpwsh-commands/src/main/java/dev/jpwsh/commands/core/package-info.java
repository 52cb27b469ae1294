/**
 * Cmdlets of pwsh's Microsoft.PowerShell.Core module: ForEach-Object and Where-Object, the module cmdlets
 * (Import-Module, Get-Module, Export-ModuleMember) and the job cmdlets (Get-, Receive-, Stop-, Wait- and Remove-Job,
 * which share their parameter sets through {@link dev.jpwsh.commands.core.JobSelection} and
 * {@link dev.jpwsh.commands.core.JobTargets}). ForEach-Object -Parallel's machinery is in {@code core.parallel}.
 *
 * <p>One class per cmdlet; an instance serves one pipeline, on that pipeline's thread. May use the engine (commands
 * and binding, jobs, modules, language modes) and the modules below it.
 */
package dev.jpwsh.commands.core;
