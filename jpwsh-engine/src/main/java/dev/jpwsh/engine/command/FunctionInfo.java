package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.object.DotNetName;

/** A function as a module exports it: its name, its script block and the module's name. Immutable. */
@DotNetName("System.Management.Automation.FunctionInfo")
public record FunctionInfo(String name, ScriptBlock scriptBlock, String moduleName) {
    public String getName() {
        return name;
    }

    public ScriptBlock getScriptBlock() {
        return scriptBlock;
    }

    public String getDefinition() {
        return scriptBlock.toString();
    }

    public String getModuleName() {
        return moduleName;
    }

    public String getSource() {
        return moduleName;
    }

    public CommandTypes getCommandType() {
        return CommandTypes.Function;
    }

    @Override
    public String toString() {
        return name;
    }
}
