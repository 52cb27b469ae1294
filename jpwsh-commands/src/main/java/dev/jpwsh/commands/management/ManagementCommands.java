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
                // aliases of a default function and of the mkdir program, as pwsh defines them on Unix
                .alias("cls", "Clear-Host").alias("md", "mkdir")
                .cmdlet("Join-Path", JoinPathCommand.class)
                .cmdlet("Split-Path", SplitPathCommand.class)
                .cmdlet("Test-Path", TestPathCommand.class)
                .cmdlet("Resolve-Path", ResolvePathCommand.class).alias("rvpa", "Resolve-Path")
                .cmdlet("Convert-Path", ConvertPathCommand.class).alias("cvpa", "Convert-Path")
                .cmdlet("Get-ChildItem", GetChildItemCommand.class).alias("dir", "Get-ChildItem")
                .alias("gci", "Get-ChildItem")
                .cmdlet("Get-Item", GetItemCommand.class).alias("gi", "Get-Item")
                .cmdlet("New-Item", NewItemCommand.class).alias("ni", "New-Item")
                .cmdlet("Remove-Item", RemoveItemCommand.class).alias("del", "Remove-Item").alias("erase",
                        "Remove-Item").alias("rd", "Remove-Item").alias("ri", "Remove-Item")
                .cmdlet("Copy-Item", CopyItemCommand.class).alias("copy", "Copy-Item").alias("cpi", "Copy-Item")
                .cmdlet("Move-Item", MoveItemCommand.class).alias("mi", "Move-Item").alias("move", "Move-Item")
                .cmdlet("Rename-Item", RenameItemCommand.class).alias("ren", "Rename-Item").alias("rni",
                        "Rename-Item")
                .cmdlet("Set-Item", SetItemCommand.class).alias("si", "Set-Item")
                .cmdlet("Clear-Item", ClearItemCommand.class).alias("cli", "Clear-Item")
                .cmdlet("Invoke-Item", InvokeItemCommand.class).alias("ii", "Invoke-Item")
                .cmdlet("Get-Content", GetContentCommand.class).alias("gc", "Get-Content").alias("type",
                        "Get-Content")
                .cmdlet("Set-Content", SetContentCommand.class)
                .cmdlet("Add-Content", AddContentCommand.class)
                .cmdlet("Clear-Content", ClearContentCommand.class).alias("clc", "Clear-Content")
                .cmdlet("Get-PSDrive", GetPSDriveCommand.class).alias("gdr", "Get-PSDrive")
                .cmdlet("New-PSDrive", NewPSDriveCommand.class).alias("ndr", "New-PSDrive")
                .cmdlet("Remove-PSDrive", RemovePSDriveCommand.class).alias("rdr", "Remove-PSDrive")
                .cmdlet("Get-PSProvider", GetPSProviderCommand.class)
                .cmdlet("Get-ItemProperty", GetItemPropertyCommand.class).alias("gp", "Get-ItemProperty")
                .cmdlet("Get-ItemPropertyValue", GetItemPropertyValueCommand.class).alias("gpv",
                        "Get-ItemPropertyValue")
                .cmdlet("Set-ItemProperty", SetItemPropertyCommand.class).alias("sp", "Set-ItemProperty")
                .cmdlet("Clear-ItemProperty", ClearItemPropertyCommand.class).alias("clp", "Clear-ItemProperty")
                .cmdlet("New-ItemProperty", NewItemPropertyCommand.class)
                .cmdlet("Remove-ItemProperty", RemoveItemPropertyCommand.class).alias("rp", "Remove-ItemProperty")
                .cmdlet("Rename-ItemProperty", RenameItemPropertyCommand.class).alias("rnp", "Rename-ItemProperty")
                .cmdlet("Copy-ItemProperty", CopyItemPropertyCommand.class)
                .cmdlet("Move-ItemProperty", MoveItemPropertyCommand.class).alias("mp", "Move-ItemProperty");
    }
}
