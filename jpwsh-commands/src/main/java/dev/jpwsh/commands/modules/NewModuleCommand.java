package dev.jpwsh.commands.modules;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.modules.ModuleImporter;
import dev.jpwsh.engine.modules.PSModuleInfo;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSMemberTypes;
import dev.jpwsh.runtime.object.PSObject;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * New-Module: runs -ScriptBlock as a dynamic module (named -Name, else {@code __DynamicModule_<guid>}) with
 * -ArgumentList, imports its functions (those -Function names, all by default) into the session and writes the
 * module; -ReturnResult writes the script block's output instead, -AsCustomObject an object whose script methods
 * are the module's exported functions and whose properties are its exported variables.
 */
@DotNetName("Microsoft.PowerShell.Commands.NewModuleCommand")
@dev.jpwsh.engine.command.DefaultParameterSet("ScriptBlock")
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.PSModuleInfo"})
public final class NewModuleCommand extends Cmdlet {
    @Parameter(parameterSetName = "Name", position = 0, mandatory = true)
    private String name;

    @Parameter(parameterSetName = "Name", position = 1, mandatory = true)
    @Parameter(parameterSetName = "ScriptBlock", position = 0, mandatory = true)
    private ScriptBlock scriptBlock;

    @Parameter
    private String[] function;

    @Parameter
    private String[] cmdlet;

    @Parameter
    private boolean returnResult;

    @Parameter
    private boolean asCustomObject;

    @Parameter(aliases = {"Args"}, valueFromRemainingArguments = true)
    private Object[] argumentList;

    @Override
    protected void endProcessing() {
        String moduleName = name != null ? name : "__DynamicModule_" + UUID.randomUUID();
        ModuleImporter importer = new ModuleImporter(frame(), this::writeObject, this::writeError);
        List<Object> args = argumentList == null ? List.of() : Arrays.asList(argumentList);
        PSModuleInfo module = importer.dynamicModule(scriptBlock, moduleName, args,
                function == null ? null : Arrays.asList(function), returnResult ? this::writeObject : Pipe.NULL);
        if (returnResult) {
            return;
        }
        if (asCustomObject) {
            PSObject object = new PSObject();
            module.getExportedFunctions().values().forEach(f -> InstanceMembers.forUpdate(object).add(
                    new PSMember(PSMemberTypes.ScriptMethod, f.name(), f.getScriptBlock().homedIn(frame()), null)));
            module.getExportedVariables().forEach((n, v) -> object.set(n, v.value()));
            writeObject(object);
            return;
        }
        writeObject(module);
    }
}
