package dev.jpwsh.commands;

import dev.jpwsh.commands.core.ForEachObjectCommand;
import dev.jpwsh.commands.core.GetJobCommand;
import dev.jpwsh.commands.core.ReceiveJobCommand;
import dev.jpwsh.commands.core.RemoveJobCommand;
import dev.jpwsh.commands.core.StopJobCommand;
import dev.jpwsh.commands.core.WaitJobCommand;
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
import dev.jpwsh.commands.utility.GetRandomCommand;
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
import dev.jpwsh.commands.utility.WriteStreamCommands;
import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/** The built-in commands and their aliases, in one readable list; found by {@link CommandTable#builtIn()}. */
public final class CoreCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table
                .cmdlet("ForEach-Object", ForEachObjectCommand::new).alias("%", "ForEach-Object")
                .alias("foreach", "ForEach-Object")
                .cmdlet("Where-Object", WhereObjectCommand::new).alias("?", "Where-Object").alias("where",
                        "Where-Object")
                .cmdlet("Write-Output", WriteOutputCommand::new).alias("echo", "Write-Output").alias("write",
                        "Write-Output")
                .cmdlet("Write-Host", WriteHostCommand::new)
                .cmdlet("Write-Error", WriteStreamCommands.WriteError::new)
                .cmdlet("Write-Warning", WriteStreamCommands.WriteWarning::new)
                .cmdlet("Write-Verbose", WriteStreamCommands.WriteVerbose::new)
                .cmdlet("Write-Debug", WriteStreamCommands.WriteDebug::new)
                .cmdlet("Write-Information", WriteStreamCommands.WriteInformation::new)
                .cmdlet("Write-Progress", WriteStreamCommands.WriteProgress::new)
                .cmdlet("Out-Null", OutNullCommand::new)
                .cmdlet("Start-Sleep", StartSleepCommand::new).alias("sleep", "Start-Sleep")
                .cmdlet("Get-Date", GetDateCommand::new)
                .cmdlet("Select-Object", SelectObjectCommand::new).alias("select", "Select-Object")
                .cmdlet("Measure-Object", MeasureObjectCommand::new).alias("measure", "Measure-Object")
                .cmdlet("New-Object", NewObjectCommand::new)
                .cmdlet("Set-StrictMode", SetStrictModeCommand::new)
                .cmdlet("Sort-Object", SortObjectCommand::new).alias("sort", "Sort-Object")
                .cmdlet("Group-Object", GroupObjectCommand::new).alias("group", "Group-Object")
                .cmdlet("Get-Random", GetRandomCommand::new)
                .cmdlet("Get-Runspace", GetRunspaceCommand::new)
                .cmdlet("Get-Variable", VariableCommands.GetVariable::new).alias("gv", "Get-Variable")
                .cmdlet("Set-Variable", VariableCommands.SetVariable::new).alias("set", "Set-Variable")
                .cmdlet("New-Variable", VariableCommands.NewVariable::new).alias("nv", "New-Variable")
                .cmdlet("Remove-Variable", VariableCommands.RemoveVariable::new).alias("rv", "Remove-Variable")
                .cmdlet("Clear-Variable", VariableCommands.ClearVariable::new).alias("clv", "Clear-Variable")
                .cmdlet("New-Event", NewEventCommand::new)
                .cmdlet("Register-EngineEvent", RegisterEngineEventCommand::new)
                .cmdlet("Register-ObjectEvent", RegisterObjectEventCommand::new)
                .cmdlet("Get-Event", GetEventCommand::new)
                .cmdlet("Wait-Event", WaitEventCommand::new)
                .cmdlet("Remove-Event", RemoveEventCommand::new)
                .cmdlet("Unregister-Event", UnregisterEventCommand::new)
                .cmdlet("Get-EventSubscriber", GetEventSubscriberCommand::new)
                .cmdlet("Get-Job", GetJobCommand::new).alias("gjb", "Get-Job")
                .cmdlet("Receive-Job", ReceiveJobCommand::new).alias("rcjb", "Receive-Job")
                .cmdlet("Remove-Job", RemoveJobCommand::new).alias("rjb", "Remove-Job")
                .cmdlet("Stop-Job", StopJobCommand::new).alias("spjb", "Stop-Job")
                .cmdlet("Wait-Job", WaitJobCommand::new).alias("wjb", "Wait-Job");
    }
}
