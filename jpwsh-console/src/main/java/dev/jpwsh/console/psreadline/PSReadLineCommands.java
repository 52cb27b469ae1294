package dev.jpwsh.console.psreadline;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/** The PSReadLine cmdlets, and the PSReadLine module Import-Module imports. */
public final class PSReadLineCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        dev.jpwsh.engine.modules.ModuleImporter.provide(PSReadLineModule.NAME, PSReadLineModule::of);
        table.cmdlet("Get-PSReadLineOption", GetPSReadLineOptionCommand.class);
        table.cmdlet("Set-PSReadLineOption", SetPSReadLineOptionCommand.class);
        table.cmdlet("Get-PSReadLineKeyHandler", GetPSReadLineKeyHandlerCommand.class);
        table.cmdlet("Set-PSReadLineKeyHandler", SetPSReadLineKeyHandlerCommand.class);
        table.cmdlet("Remove-PSReadLineKeyHandler", RemovePSReadLineKeyHandlerCommand.class);
    }
}
