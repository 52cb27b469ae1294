package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.runspaces.InteractiveSessionHost;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.remoting.client.NamedPipeConnectionInfo;
import dev.jpwsh.remoting.transport.PSHostProcessInfo;
import dev.jpwsh.remoting.transport.PipeNames;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

/**
 * Enter-PSHostProcess: connects to another PowerShell process's pipe (by -Id, -Name, -Process, -HostProcessInfo or
 * -CustomPipeName), gives that session pwsh's {@code [Process:id]: PS path> } prompt, and pushes it onto the host, whose
 * prompt then runs commands there until Exit-PSHostProcess or {@code exit} (the runspace is closed then). The same
 * process, a process without a pipe and a host that cannot push a runspace get pwsh's errors.
 */
@DefaultParameterSet(EnterPSHostProcessCommand.ID_SET)
@DotNetName("Microsoft.PowerShell.Commands.EnterPSHostProcessCommand")
public final class EnterPSHostProcessCommand extends Cmdlet {
    static final String ID_SET = "ProcessIdParameterSet";
    private static final String PROCESS_SET = "ProcessParameterSet";
    private static final String NAME_SET = "ProcessNameParameterSet";
    private static final String INFO_SET = "PSHostProcessInfoParameterSet";
    private static final String PIPE_SET = "PipeNameParameterSet";
    private static final String PROMPT = "function global:prompt { \"[Process:$($PID)]: "
            + "PS $($executionContext.SessionState.Path.CurrentLocation)> \" }";

    @Parameter(parameterSetName = PROCESS_SET, position = 0, mandatory = true, valueFromPipeline = true)
    private Object process;

    @Parameter(parameterSetName = ID_SET, position = 0, mandatory = true)
    @ValidateRange(min = 0, max = Integer.MAX_VALUE)
    private int id;

    @Parameter(parameterSetName = NAME_SET, position = 0, mandatory = true)
    private String name;

    @Parameter(parameterSetName = INFO_SET, position = 0, mandatory = true, valueFromPipeline = true)
    private PSHostProcessInfo hostProcessInfo;

    @Parameter(parameterSetName = PIPE_SET, mandatory = true)
    private String customPipeName;

    @Parameter(position = 1)
    private String appDomainName;

    @Override
    protected void endProcessing() {
        if (!(frame().context().host() instanceof InteractiveSessionHost host)) {
            writeError(argumentError("HostDoesNotSupportIASession",
                    "The current host does not support the Enter-PSHostProcess cmdlet."));
            return;
        }
        NamedPipeConnectionInfo connection;
        try {
            connection = parameterSetName().equals(PIPE_SET) ? pipe(customPipeName)
                    : new NamedPipeConnectionInfo(verified(processId()), appDomainName);
        } catch (PSException e) {
            throw terminatingError(e);
        }
        Runspace runspace = RunspaceFactory.createRunspace(connection);
        try {
            runspace.open();
        } catch (RuntimeException failure) {
            runspace.dispose();
            String reason = failure.getMessage() == null ? "" : failure.getMessage();
            throw terminatingError(customPipeName != null
                    ? RuntimeFailures.create("EnterPSHostProcessCannotConnectToPipe", "OperationTimeout",
                            "Unable to connect to pipe with name " + customPipeName + ". Error: " + reason + ".", null)
                    : RuntimeFailures.create("EnterPSHostProcessCannotConnectToProcess", "OperationTimeout",
                            "Unable to connect to application domain name " + (appDomainName == null
                                    ? "DefaultAppDomain" : appDomainName) + " of process " + connection.getProcessId()
                                    + ". Error: " + reason + ".", null));
        }
        try (PowerShell shell = PowerShell.create()) {
            shell.setRunspace(runspace);
            shell.addScript(PROMPT).invoke();
        } catch (RuntimeException promptRefused) {
            // pwsh ignores a prompt it could not set: the session's own prompt shows then
        }
        try {
            host.pushRunspace(runspace, true);
        } catch (RuntimeException cannotPush) {
            runspace.dispose();
            throw terminatingError(RuntimeFailures.create("EnterPSHostProcessCannotPushRunspace", "InvalidOperation",
                    cannotPush.getMessage(), null));
        }
    }

    private int processId() {
        return switch (parameterSetName()) {
            case PROCESS_SET -> {
                Object processId = MemberGate.get(frame().context(), process, "Id");
                yield processId instanceof Number n ? n.intValue() : -1;
            }
            case INFO_SET -> hostProcessInfo.getProcessId();
            case NAME_SET -> byName(name);
            default -> id;
        };
    }

    private static int byName(String processName) {
        List<ProcessHandle> found = ProcessHandle.allProcesses()
                .filter(p -> PipeNames.processName(p.pid()).toLowerCase(Locale.ROOT)
                        .equals(processName.toLowerCase(Locale.ROOT)))
                .toList();
        if (found.isEmpty()) {
            throw argumentFailure("EnterPSHostProcessNoProcessFoundWithName", "No process was found with Name: "
                    + processName + ".");
        }
        if (found.size() > 1) {
            throw argumentFailure("EnterPSHostProcessMultipleProcessesFoundWithName", "Multiple processes were found "
                    + "with this name " + processName + ". Use the process Id to specify a single process to enter.");
        }
        return (int) found.getFirst().pid();
    }

    /** The process must exist, be another one, and listen on its pipe. */
    private static int verified(int pid) {
        if (ProcessHandle.of(pid).isEmpty()) {
            throw argumentFailure("EnterPSHostProcessNoProcessFoundWithId", "No process was found with Id: " + pid
                    + ".");
        }
        if (pid == ProcessHandle.current().pid()) {
            throw RuntimeFailures.create("EnterPSHostProcessCantEnterSameProcess", "InvalidOperation",
                    "Enter-PSHostProcess does not support entering the same PowerShell session it is running in.",
                    null, "System.Management.Automation.PSInvalidOperationException");
        }
        boolean listening = PipeNames.forProcess(pid).map(PipeNames::socketFile).filter(Files::exists).isPresent();
        if (!listening) {
            throw RuntimeFailures.create("EnterPSHostProcessNoPowerShell", "InvalidOperation", "Cannot enter process "
                    + "with Id '" + pid + "' because it has not loaded the PowerShell engine or the named-pipe "
                    + "listener was disabled.", null, "System.Management.Automation.PSInvalidOperationException");
        }
        return pid;
    }

    private static NamedPipeConnectionInfo pipe(String pipeName) {
        if (!Files.exists(PipeNames.tempDirectory().resolve(PipeNames.FILE_PREFIX + pipeName))) {
            throw argumentFailure("EnterPSHostProcessNoNamedPipeFound", "No named pipe was found with "
                    + "CustomPipeName: " + pipeName + ".");
        }
        return new NamedPipeConnectionInfo(pipeName);
    }

    private static PSException argumentFailure(String errorId, String message) {
        return RuntimeFailures.create(errorId, "InvalidArgument", message, null,
                "System.Management.Automation.PSArgumentException");
    }

    private static ErrorRecord argumentError(String errorId, String message) {
        return new ErrorRecord(new PSRuntimeException(errorId, "InvalidArgument", message, null,
                "System.ArgumentException"), errorId, "InvalidArgument", null, null);
    }
}
