package dev.jpwsh.commands.modules;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.CommandArgument;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.modules.ModuleErrors;
import dev.jpwsh.engine.modules.ModuleTable;
import dev.jpwsh.engine.modules.PSModuleInfo;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Remove-Module: takes the modules -Name (wildcards) or -ModuleInfo names out of the session, after running the
 * OnRemove script block a module's code set (with the module as its argument): Get-Module no longer lists them and their exported functions and variables leave the global scope. A name that matches no module
 * without a wildcard is Modules_NoModulesRemoved, once at the end.
 */
@DotNetName("Microsoft.PowerShell.Commands.RemoveModuleCommand")
@DefaultParameterSet("name")
@SupportsShouldProcess
public final class RemoveModuleCommand extends Cmdlet {
    @Parameter(parameterSetName = "name", position = 0, mandatory = true, valueFromPipeline = true)
    private String[] name;

    @Parameter(parameterSetName = "ModuleInfo", position = 0, mandatory = true, valueFromPipeline = true)
    private PSModuleInfo[] moduleInfo;

    @Parameter
    private boolean force;

    private boolean removedAny;
    private boolean unmatchedName;

    @Override
    protected void processRecord() {
        ModuleTable table = ModuleTable.of(frame().context());
        List<PSModuleInfo> targets = new ArrayList<>();
        if (moduleInfo != null) {
            targets.addAll(Arrays.asList(moduleInfo));
        } else {
            for (String pattern : name) {
                List<PSModuleInfo> matched = table.all(true).stream()
                        .filter(m -> Wildcard.matches(m.getName(), pattern, false)).toList();
                unmatchedName |= matched.isEmpty() && !Wildcard.containsWildcardCharacters(pattern);
                targets.addAll(matched);
            }
        }
        for (PSModuleInfo module : targets) {
            ScriptBlock onRemove = module.getOnRemove();
            if (onRemove != null) {
                ScriptBlock inModule = module.scope() == null ? onRemove : onRemove.inModule(module.scope());
                inModule.invoke(frame(), List.of(CommandArgument.value(module)), null, false, this::writeObject);
            }
            table.remove(module, frame().context().global());
            removedAny = true;
        }
    }

    @Override
    protected void endProcessing() {
        if (!removedAny && (unmatchedName || moduleInfo != null)) {
            writeError(ModuleErrors.noModulesRemoved());
        }
    }
}
