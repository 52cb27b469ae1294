package dev.jpwsh.commands.modules;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/** The module cmdlets of this package and their aliases. */
public final class ModuleCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("New-ModuleManifest", NewModuleManifestCommand.class)
                .cmdlet("Test-ModuleManifest", TestModuleManifestCommand.class)
                .cmdlet("Remove-Module", RemoveModuleCommand.class).alias("rmo", "Remove-Module")
                .cmdlet("New-Module", NewModuleCommand.class).alias("nmo", "New-Module")
                .cmdlet("Import-PowerShellDataFile", ImportPowerShellDataFileCommand.class);
    }
}
