package dev.jpwsh.engine.command;

import dev.jpwsh.runtime.object.DotNetName;

/** An alias a session knows: its name and the name of the command it stands for. Immutable. */
@DotNetName("System.Management.Automation.AliasInfo")
public record AliasInfo(String name, String definition) {
    public String getName() {
        return name;
    }

    public String getDefinition() {
        return definition;
    }

    public CommandTypes getCommandType() {
        return CommandTypes.Alias;
    }

    @Override
    public String toString() {
        return name;
    }
}
