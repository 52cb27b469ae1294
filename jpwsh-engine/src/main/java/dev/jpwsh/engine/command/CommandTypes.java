package dev.jpwsh.engine.command;

import dev.jpwsh.runtime.object.DotNetName;

/** The kinds of command ({@code System.Management.Automation.CommandTypes}), as a command's CommandType shows. */
@DotNetName("System.Management.Automation.CommandTypes")
public enum CommandTypes {
    Alias, Function, Filter, Cmdlet, ExternalScript, Application, Script
}
