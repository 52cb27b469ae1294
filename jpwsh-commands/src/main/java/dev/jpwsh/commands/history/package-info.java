/**
 * The call stack, history and error cmdlets: Get-Error (the newest errors of {@code $Error} marked for their
 * detailed view), Get-PSCallStack (CallStackFrame objects read from the call scopes'
 * {@code $MyInvocation}), Get-History, Add-History, Clear-History and Invoke-History over a runspace's
 * {@link dev.jpwsh.engine.runspaces.SessionHistory}, registered by {@link dev.jpwsh.commands.history.HistoryCommands}.
 * May use the engine's public API and the modules below it.
 */
package dev.jpwsh.commands.history;
