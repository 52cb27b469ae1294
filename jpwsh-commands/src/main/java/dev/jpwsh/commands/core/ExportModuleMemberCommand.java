package dev.jpwsh.commands.core;

import dev.jpwsh.engine.modules.ModuleTable;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.modules.ExportList;
import dev.jpwsh.engine.modules.ModuleErrors;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Export-ModuleMember: names (with wildcards) the functions and variables the module whose code runs now exports;
 * once it is called, the module exports only what its calls named. -Alias is accepted for modules written for
 * pwsh, but names nothing: jpwsh has no alias cmdlets, so a module defines no aliases. Outside a module's code it
 * fails.
 */
@DotNetName("Microsoft.PowerShell.Commands.ExportModuleMemberCommand")
public final class ExportModuleMemberCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    private String[] function;

    @Parameter(valueFromPipelineByPropertyName = true)
    private String[] variable;

    @Parameter(valueFromPipelineByPropertyName = true)
    private String[] alias;

    @Override
    protected void processRecord() {
        ExportList exports = ModuleTable.of(frame().context()).exports();
        if (exports == null) {
            throw terminatingError(ModuleErrors.exportOutsideModule());
        }
        exports.add(function, variable);
    }
}
