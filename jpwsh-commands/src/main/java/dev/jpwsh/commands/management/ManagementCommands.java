package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/** The provider cmdlets of Microsoft.PowerShell.Management and their Linux aliases, in one readable list. */
public final class ManagementCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table
                .cmdlet("Get-Location", GetLocationCommand.class).alias("gl", "Get-Location")
                .alias("pwd", "Get-Location")
                .cmdlet("Set-Location", SetLocationCommand.class).alias("cd", "Set-Location")
                .alias("chdir", "Set-Location").alias("sl", "Set-Location")
                .cmdlet("Push-Location", PushLocationCommand.class).alias("pushd", "Push-Location")
                .cmdlet("Pop-Location", PopLocationCommand.class).alias("popd", "Pop-Location")
                .cmdlet("Join-Path", JoinPathCommand.class)
                .cmdlet("Split-Path", SplitPathCommand.class)
                .cmdlet("Test-Path", TestPathCommand.class)
                .cmdlet("Resolve-Path", ResolvePathCommand.class).alias("rvpa", "Resolve-Path")
                .cmdlet("Convert-Path", ConvertPathCommand.class).alias("cvpa", "Convert-Path");
    }
}
