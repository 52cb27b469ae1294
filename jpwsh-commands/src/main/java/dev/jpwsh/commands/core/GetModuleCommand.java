package dev.jpwsh.commands.core;

import dev.jpwsh.engine.modules.ModuleTable;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.modules.PSModuleInfo;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.Arrays;

/**
 * Get-Module: the modules the session imported into the global scope, with -All also those imported into other
 * modules, sorted by name; -Name keeps those a pattern matches (any case).
 */
@DotNetName("Microsoft.PowerShell.Commands.GetModuleCommand")
public final class GetModuleCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true)
    private String[] name;

    @Parameter
    private boolean all;

    @Override
    protected void endProcessing() {
        for (PSModuleInfo module : ModuleTable.of(frame().context()).all(all)) {
            if (name == null || Arrays.stream(name).anyMatch(p -> Wildcard.matches(module.getName(), p, false))) {
                writeObject(module);
            }
        }
    }
}
