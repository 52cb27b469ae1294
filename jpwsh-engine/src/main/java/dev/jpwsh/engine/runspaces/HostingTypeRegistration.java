package dev.jpwsh.engine.runspaces;

import dev.jpwsh.runtime.object.TypeRegistration;

/**
 * The type names of the hosting API: runspaces, pools, PowerShell, InitialSessionState and its entries, their
 * states and options; the records of the streams a PowerShell object collects.
 */
public final class HostingTypeRegistration implements TypeRegistration {
    private static final String RUNSPACES = "System.Management.Automation.Runspaces.";

    @Override
    public void register(Registrar registrar) {
        registrar.alias(RunspaceFactory.class, "runspacefactory", RUNSPACES + "RunspaceFactory");
        registrar.alias(Runspace.class, "runspace", RUNSPACES + "Runspace");
        registrar.alias(RunspacePool.class, RUNSPACES + "RunspacePool");
        registrar.alias(RunspaceConnectionInfo.class, RUNSPACES + "RunspaceConnectionInfo");
        registrar.alias(InitialSessionState.class, "initialsessionstate", RUNSPACES + "InitialSessionState");
        registrar.alias(SessionStateVariableEntry.class, RUNSPACES + "SessionStateVariableEntry");
        registrar.alias(SessionStateFunctionEntry.class, RUNSPACES + "SessionStateFunctionEntry");
        registrar.alias(SessionStateCmdletEntry.class, RUNSPACES + "SessionStateCmdletEntry");
        registrar.alias(SessionStateAliasEntry.class, RUNSPACES + "SessionStateAliasEntry");
        registrar.alias(SessionStateCommandEntry.class, RUNSPACES + "SessionStateCommandEntry");
        registrar.alias(InitialSessionStateEntry.class, RUNSPACES + "InitialSessionStateEntry");
        registrar.alias(SessionStateEntryVisibility.class, "System.Management.Automation.SessionStateEntryVisibility");
        registrar.alias(PSThreadOptions.class, RUNSPACES + "PSThreadOptions");
        registrar.alias(RunspaceState.class, RUNSPACES + "RunspaceState");
        registrar.alias(RunspaceAvailability.class, RUNSPACES + "RunspaceAvailability");
        registrar.alias(PowerShell.class, "powershell", "System.Management.Automation.PowerShell");
        registrar.alias(PSInvocationState.class, "System.Management.Automation.PSInvocationState");
        registrar.alias(PipelineState.class, RUNSPACES + "PipelineState");
        registrar.alias(PSInvocationSettings.class, "System.Management.Automation.PSInvocationSettings");
        registrar.alias(RemoteStreamOptions.class, "System.Management.Automation.RemoteStreamOptions");
        registrar.alias(RunspaceMode.class, "System.Management.Automation.RunspaceMode");
        registrar.alias(ApartmentState.class, "System.Threading.ApartmentState");
        registrar.alias(ExecutionPolicy.class, "Microsoft.PowerShell.ExecutionPolicy");
        registrar.alias(dev.jpwsh.engine.exec.InformationalRecord.class,
                "System.Management.Automation.InformationalRecord");
        registrar.alias(dev.jpwsh.engine.exec.InformationalRecord.WarningRecord.class,
                "System.Management.Automation.WarningRecord");
        registrar.alias(dev.jpwsh.engine.exec.InformationalRecord.VerboseRecord.class,
                "System.Management.Automation.VerboseRecord");
        registrar.alias(dev.jpwsh.engine.exec.InformationalRecord.DebugRecord.class,
                "System.Management.Automation.DebugRecord");
        registrar.alias(dev.jpwsh.engine.host.ChoiceDescription.class,
                "System.Management.Automation.Host.ChoiceDescription");
    }
}
