package dev.jpwsh.engine.command;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * The kinds of command ({@code System.Management.Automation.CommandTypes}), as a command's CommandType shows, in the
 * order of pwsh's flag values; {@code All} stands for every kind, as Get-Command -CommandType takes it.
 */
@DotNetName("System.Management.Automation.CommandTypes")
public enum CommandTypes {
    Alias, Function, Filter, Cmdlet, ExternalScript, Application, Script, Configuration, All
}
