package dev.jpwsh.commands;

import dev.jpwsh.commands.core.ExportModuleMemberCommand;
import dev.jpwsh.commands.core.ForEachObjectCommand;
import dev.jpwsh.commands.core.GetJobCommand;
import dev.jpwsh.commands.core.GetModuleCommand;
import dev.jpwsh.commands.core.ImportModuleCommand;
import dev.jpwsh.commands.core.ReceiveJobCommand;
import dev.jpwsh.commands.core.RegisterArgumentCompleterCommand;
import dev.jpwsh.commands.core.RemoveJobCommand;
import dev.jpwsh.commands.core.StopJobCommand;
import dev.jpwsh.commands.core.WaitJobCommand;
import dev.jpwsh.commands.threadjob.StartThreadJobCommand;
import dev.jpwsh.commands.core.WhereObjectCommand;
import dev.jpwsh.commands.utility.GetDateCommand;
import dev.jpwsh.commands.utility.GetEventCommand;
import dev.jpwsh.commands.utility.GetEventSubscriberCommand;
import dev.jpwsh.commands.utility.NewEventCommand;
import dev.jpwsh.commands.utility.RegisterEngineEventCommand;
import dev.jpwsh.commands.utility.RegisterObjectEventCommand;
import dev.jpwsh.commands.utility.RemoveEventCommand;
import dev.jpwsh.commands.utility.UnregisterEventCommand;
import dev.jpwsh.commands.utility.WaitEventCommand;
import dev.jpwsh.commands.utility.GetRunspaceCommand;
import dev.jpwsh.commands.utility.GroupObjectCommand;
import dev.jpwsh.commands.utility.SortObjectCommand;
import dev.jpwsh.commands.utility.VariableCommands;
import dev.jpwsh.commands.utility.MeasureObjectCommand;
import dev.jpwsh.commands.utility.NewObjectCommand;
import dev.jpwsh.commands.utility.OutNullCommand;
import dev.jpwsh.commands.utility.SelectObjectCommand;
import dev.jpwsh.commands.utility.SetStrictModeCommand;
import dev.jpwsh.commands.utility.StartSleepCommand;
import dev.jpwsh.commands.utility.WriteHostCommand;
import dev.jpwsh.commands.utility.WriteOutputCommand;
import dev.jpwsh.commands.utility.WriteErrorCommand;
import dev.jpwsh.commands.utility.WriteStreamCommands;
import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/** The built-in commands and their aliases, in one readable list; found by {@link CommandTable#builtIn()}. */
public final class CoreCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table
                .cmdlet("ForEach-Object", ForEachObjectCommand.class).alias("%", "ForEach-Object")
                .alias("foreach", "ForEach-Object")
                .cmdlet("Where-Object", WhereObjectCommand.class).alias("?", "Where-Object").alias("where",
                        "Where-Object")
                .cmdlet("Write-Output", WriteOutputCommand.class).alias("echo", "Write-Output")
                .cmdlet("Write-Host", WriteHostCommand.class)
                .cmdlet("Write-Error", WriteErrorCommand.class)
                .cmdlet("Write-Warning", WriteStreamCommands.WriteWarning.class)
                .cmdlet("Write-Verbose", WriteStreamCommands.WriteVerbose.class)
                .cmdlet("Write-Debug", WriteStreamCommands.WriteDebug.class)
                .cmdlet("Write-Information", WriteStreamCommands.WriteInformation.class)
                .cmdlet("Write-Progress", WriteStreamCommands.WriteProgress.class)
                .cmdlet("Out-Null", OutNullCommand.class)
                .cmdlet("Start-Sleep", StartSleepCommand.class)
                .cmdlet("Get-Date", GetDateCommand.class)
                .cmdlet("Select-Object", SelectObjectCommand.class).alias("select", "Select-Object")
                .cmdlet("Measure-Object", MeasureObjectCommand.class).alias("measure", "Measure-Object")
                .cmdlet("New-Object", NewObjectCommand.class)
                .cmdlet("Set-StrictMode", SetStrictModeCommand.class)
                .cmdlet("Sort-Object", SortObjectCommand.class)
                .cmdlet("Group-Object", GroupObjectCommand.class).alias("group", "Group-Object")
                .cmdlet("Get-Runspace", GetRunspaceCommand.class)
                .cmdlet("Get-Variable", VariableCommands.GetVariable.class).alias("gv", "Get-Variable")
                .cmdlet("Set-Variable", VariableCommands.SetVariable.class).alias("set", "Set-Variable")
                .alias("sv", "Set-Variable")
                .cmdlet("New-Variable", VariableCommands.NewVariable.class).alias("nv", "New-Variable")
                .cmdlet("Remove-Variable", VariableCommands.RemoveVariable.class).alias("rv", "Remove-Variable")
                .cmdlet("Clear-Variable", VariableCommands.ClearVariable.class).alias("clv", "Clear-Variable")
                .cmdlet("New-Event", NewEventCommand.class)
                .cmdlet("Register-EngineEvent", RegisterEngineEventCommand.class)
                .cmdlet("Register-ObjectEvent", RegisterObjectEventCommand.class)
                .cmdlet("Get-Event", GetEventCommand.class)
                .cmdlet("Wait-Event", WaitEventCommand.class)
                .cmdlet("Remove-Event", RemoveEventCommand.class)
                .cmdlet("Unregister-Event", UnregisterEventCommand.class)
                .cmdlet("Get-EventSubscriber", GetEventSubscriberCommand.class)
                .cmdlet("Get-Job", GetJobCommand.class).alias("gjb", "Get-Job")
                .cmdlet("Receive-Job", ReceiveJobCommand.class).alias("rcjb", "Receive-Job")
                .cmdlet("Remove-Job", RemoveJobCommand.class).alias("rjb", "Remove-Job")
                .cmdlet("Stop-Job", StopJobCommand.class).alias("spjb", "Stop-Job")
                .cmdlet("Wait-Job", WaitJobCommand.class).alias("wjb", "Wait-Job")
                .cmdlet("Start-ThreadJob", StartThreadJobCommand.class)
                .cmdlet("Import-Module", ImportModuleCommand.class).alias("ipmo", "Import-Module")
                .cmdlet("Get-Module", GetModuleCommand.class).alias("gmo", "Get-Module")
                .cmdlet("Export-ModuleMember", ExportModuleMemberCommand.class)
                .cmdlet("Register-ArgumentCompleter", RegisterArgumentCompleterCommand.class);
    }
}
