/**
 * The remoting cmdlets: Invoke-Command (in this runspace, or on sessions and SSH hosts as a job of one child per
 * computer, throttled), New-PSSession, Get-PSSession, Remove-PSSession, Enter-PSSession and Exit-PSSession, and the
 * PSSession objects they list per session; New-PSSessionOption and its PSSessionOption. Uses {@code remoting.client}'s
 * connection infos and the engine's public hosting, job and command API; runs on the calling pipeline's thread except
 * for each remote child's virtual thread.
 */
package dev.jpwsh.remoting.commands;
