package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.FlowSignal;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.util.List;

/** The exceptions the runspace API throws, with PowerShell's error ids, messages and .NET exception types. */
final class RunspaceErrors {
    private static final String INVALID_RUNSPACE_STATE =
            "System.Management.Automation.Runspaces.InvalidRunspaceStateException";
    private static final String INVALID_POOL_STATE =
            "System.Management.Automation.Runspaces.InvalidRunspacePoolStateException";
    private static final String INVALID_POWERSHELL_STATE =
            "System.Management.Automation.InvalidPowerShellStateException";
    private static final String INVALID_OPERATION = "System.InvalidOperationException";
    private static final String PS_INVALID_OPERATION = "System.Management.Automation.PSInvalidOperationException";
    private static final String ARGUMENT = "System.ArgumentException";

    private RunspaceErrors() {
    }

    static PSRuntimeException cannotOpenAgain(RunspaceState current) {
        return new PSRuntimeException("CannotOpenAgain", "InvalidOperation", "Cannot open the runspace because the "
                + "runspace is not in the BeforeOpen state. Current state of the runspace is '" + current + "'.",
                null, INVALID_RUNSPACE_STATE);
    }

    static PSRuntimeException notOpenForPipeline(RunspaceState current) {
        return new PSRuntimeException("RunspaceNotOpenForPipeline", "InvalidOperation", "Cannot invoke the pipeline "
                + "because the runspace is not in the Opened state. Current state of the runspace is '" + current
                + "'.", null, INVALID_RUNSPACE_STATE);
    }

    static PSRuntimeException notOpened(RunspaceState current) {
        return new PSRuntimeException("RunspaceNotInOpenedState", "InvalidOperation", "Cannot perform the operation "
                + "because the runspace is not in the Opened state. Current state of the runspace is '" + current
                + "'.", null, INVALID_RUNSPACE_STATE);
    }

    static PSRuntimeException resetNotOpened(RunspaceState current) {
        return new PSRuntimeException("RunspaceNotInOpenedState", "InvalidOperation", "Cannot perform the operation "
                + "because the runspace is not in the Opened state. Current state of the runspace is '" + current
                + "'.", null, PS_INVALID_OPERATION);
    }

    static PSRuntimeException powerShellRunspaceNotOpened(RunspaceState current) {
        return new PSRuntimeException("InvalidRunspaceState", "InvalidOperation", "Cannot perform operation because "
                + "the runspace is not in the 'Opened' state. Current state of runspace is '" + current + "'.", null,
                INVALID_RUNSPACE_STATE);
    }

    /** Disconnect on a remote runspace whose transport cannot disconnect (every one but WSMan's, which jpwsh lacks). */
    static PSRuntimeException disconnectNotSupportedOnServer() {
        return new PSRuntimeException("DisconnectNotSupportedOnServer", "InvalidOperation", "The disconnection "
                + "operation is not supported on the remote computer. To support disconnecting, the remote computer "
                + "must be running Windows PowerShell 3.0 or a later version of Windows PowerShell and using the WSMan "
                + "transport.", null, PS_INVALID_OPERATION);
    }

    /** Disconnect on a remote runspace that is not Opened: the pool's state error, as a runspace state error. */
    static PSRuntimeException disconnectNotOpened(RunspaceState current) {
        return new PSRuntimeException("InvalidRunspaceState", "InvalidOperation", "Cannot perform the operation "
                + "because the runspace pool is not in the 'Opened' state. The current state is '" + current + "'.",
                null, INVALID_RUNSPACE_STATE);
    }

    /** A remote pool's Disconnect when not Opened, or Connect when not Disconnected. */
    static PSRuntimeException poolNotInState(RunspaceState expected, RunspaceState current) {
        return new PSRuntimeException("InvalidRunspacePoolState", "InvalidOperation", "Cannot perform the operation "
                + "because the runspace pool is not in the '" + expected + "' state. The current state is '" + current
                + "'.", null, "System.Management.Automation.Runspaces.InvalidRunspacePoolStateException");
    }

    /** Connect on a remote runspace that is not Disconnected. */
    static PSRuntimeException cannotConnect() {
        return new PSRuntimeException("CannotConnect", "InvalidOperation", "Cannot connect the PSSession because the "
                + "session is not in the Disconnected state, or is not available for connection.", null,
                PS_INVALID_OPERATION);
    }

    static PSRuntimeException disconnectNotSupported() {
        return new PSRuntimeException("DisconnectNotSupported", "InvalidOperation", "You cannot disconnect a "
                + "local-only runspace.", null, INVALID_RUNSPACE_STATE);
    }

    /** Opening with an InitialSessionState that sets an execution policy: Linux has none (pwsh's SecuritySupport). */
    static PSRuntimeException executionPolicyNotSupported() {
        return new PSRuntimeException("PlatformNotSupported", "NotImplemented", "Operation is not supported on this "
                + "platform.", null, "System.PlatformNotSupportedException");
    }

    /**
     * What Java callers (and, wrapped in a MethodInvocationException, scripts) receive for a failure inside a
     * runspace: the error's own exception, ActionPreferenceStopException for an ErrorAction of Stop.
     */
    static RuntimeException forCaller(Throwable failure) {
        if (failure instanceof PSException ps && ps.isStoppedByPreference()) {
            return actionPreferenceStop(ps.getMessage(), ps.record().exception());
        }
        if (failure instanceof PSException ps && ps.record().exception() instanceof RuntimeException inner) {
            return inner;
        }
        return failure instanceof RuntimeException r ? r : new RuntimeException(failure);
    }

    static PSRuntimeException notACmdletType(String typeName) {
        return new PSRuntimeException("CmdletDoesNotDeriveFromCmdletType", "InvalidOperation", "The argument "
                + "'implementingType' is not recognized as a cmdlet, possibly because it does not derive from the "
                + "Cmdlet or PSCmdlet classes: " + typeName, null, PS_INVALID_OPERATION);
    }

    static PSRuntimeException disconnectConnectNotSupported() {
        return new PSRuntimeException("DisconnectConnectNotSupported", "InvalidOperation", "You cannot use Disconnect "
                + "and Connect operations on local runspaces.", null, INVALID_RUNSPACE_STATE);
    }

    /** A local pool's Disconnect, Connect and their Begin/End forms. */
    static PSRuntimeException poolDisconnectConnectNotSupported() {
        return new PSRuntimeException("RunspaceDisconnectConnectNotSupported", "InvalidOperation", "This runspace "
                + "does not support disconnect and connect operations.", null, INVALID_OPERATION);
    }

    static PSRuntimeException primaryRunspaceAlreadySet() {
        return new PSRuntimeException("PrimaryRunspaceAlreadySet", "InvalidOperation", "The static PrimaryRunspace "
                + "property can only be set once, and has already been set.", null, PS_INVALID_OPERATION);
    }

    static PSRuntimeException connectNotSupported() {
        return new PSRuntimeException("ConnectNotSupported", "InvalidOperation", "The Connect operation is not "
                + "supported on local runspaces.", null, INVALID_RUNSPACE_STATE);
    }

    static PSRuntimeException concurrentInvoke() {
        return new PSRuntimeException("ConcurrentInvokeNotAllowed", "InvalidOperation", "The pipeline was not run "
                + "because a pipeline is already running. Pipelines cannot be run concurrently.", null,
                PS_INVALID_OPERATION);
    }

    static PSRuntimeException proxyWhilePipelineRuns() {
        return new PSRuntimeException("NoSessionStateProxyWhenPipelineInProgress", "InvalidOperation", "A pipeline "
                + "is already running. Concurrent SessionStateProxy method calls are not allowed.", null,
                INVALID_OPERATION);
    }

    static PSRuntimeException changeAfterOpen() {
        return new PSRuntimeException("ChangePropertyAfterOpen", "InvalidOperation", "This property cannot be "
                + "changed after the runspace has been opened.", null, INVALID_RUNSPACE_STATE);
    }

    static PSRuntimeException invalidThreadOptionsChange() {
        return new PSRuntimeException("InvalidThreadOptionsChange", "InvalidOperation", "The thread options can "
                + "only be changed if the apartment state is multithreaded apartment (MTA), the current options are "
                + "UseNewThread or UseCurrentThread, and the new value is ReuseThread.", null, INVALID_OPERATION);
    }

    static PSRuntimeException disposed(String what) {
        return new PSRuntimeException("ObjectDisposed", "InvalidOperation", "Cannot access a disposed object."
                + System.lineSeparator() + "Object name: '" + what + "'.", null, "System.ObjectDisposedException");
    }

    static PSRuntimeException poolCannotOpenAgain(RunspaceState current) {
        return new PSRuntimeException("CannotOpenAgain", "InvalidOperation", "Cannot open the RunspacePool because "
                + "the RunspacePool is not in the BeforeOpen state. Current state of the RunspacePool is '" + current
                + "'.", null, INVALID_POOL_STATE);
    }

    static PSRuntimeException poolNotOpened(RunspaceState current) {
        return new PSRuntimeException("InvalidRunspacePoolState", "InvalidOperation", "Cannot perform the operation "
                + "because the runspace pool is not in the 'Opened' state. The current state is '" + current + "'.",
                null, INVALID_POOL_STATE);
    }

    static PSRuntimeException poolClosedOrFailed() {
        return new PSRuntimeException("RunspacePoolNotOpened", "InvalidOperation", "The RunspacePool has been "
                + "closed or has failed.", null, INVALID_OPERATION);
    }

    static PSRuntimeException poolSize(String id, String message) {
        return new PSRuntimeException(id, "InvalidArgument", message, null, ARGUMENT);
    }

    static PSRuntimeException noCommand() {
        return new PSRuntimeException("NoCommandToInvoke", "InvalidOperation", "No commands are specified.", null,
                INVALID_OPERATION);
    }

    static PSRuntimeException parameterRequiresCommand() {
        return new PSRuntimeException("ParameterRequiresCommand", "InvalidOperation", "A command is required to "
                + "add a parameter. A command must be added to the PowerShell instance before adding a parameter.",
                null, INVALID_OPERATION);
    }

    static PSRuntimeException powerShellRunning() {
        return new PSRuntimeException("InvalidPowerShellStateGeneral", "InvalidOperation", "The operation cannot "
                + "be performed because a command is already running.", null, INVALID_POWERSHELL_STATE);
    }

    static PSRuntimeException alreadyStarted() {
        return new PSRuntimeException("ExecutionAlreadyStarted", "InvalidOperation", "The command is already "
                + "running. Wait for the command to complete.", null, INVALID_OPERATION);
    }

    static PSRuntimeException stopped() {
        return new PSRuntimeException("PipelineStopped", "OperationStopped", "The pipeline has been stopped.",
                null, "System.Management.Automation.PipelineStoppedException");
    }

    static PSRuntimeException noDefaultRunspace() {
        return new PSRuntimeException("NoDefaultRunspaceForPSCreate", "InvalidOperation", "A PowerShell object "
                + "cannot be created that uses the current runspace because there is no current runspace "
                + "available. The current runspace might be starting, such as when it is created with an Initial "
                + "Session State.", null, INVALID_OPERATION);
    }

    static PSRuntimeException nestedWithoutParent() {
        return new PSRuntimeException("NestedPipelineNoParentPipeline", "InvalidOperation", "You should only run a "
                + "nested pipeline from within a running pipeline.", null, PS_INVALID_OPERATION);
    }

    static PSRuntimeException nestedInvokeAsync() {
        return new PSRuntimeException("NestedPowerShellInvokeAsync", "InvalidOperation", "Nested PowerShell "
                + "instances cannot be invoked asynchronously. Use the Invoke method.", null, INVALID_OPERATION);
    }

    static PSRuntimeException moduleLoadOnOpen(String module, List<ErrorRecord> errors) {
        return new RunspaceOpenModuleLoadException(module, errors);
    }

    /** What a host sees of an error that {@code -ErrorAction Stop} made terminating; the original is its cause. */
    static PSRuntimeException actionPreferenceStop(String message, Throwable original) {
        return new PSRuntimeException("ActionPreferenceStop", "OperationStopped", "The running command stopped "
                + "because the preference variable \"ErrorActionPreference\" or common parameter is set to Stop: "
                + message, original, "System.Management.Automation.ActionPreferenceStopException");
    }

    static PSRuntimeException asyncResultNotOwned() {
        return new PSRuntimeException("AsyncResultNotOwned", "InvalidArgument", "The IAsyncResult object provided "
                + "does not match this PowerShell instance.", null, ARGUMENT);
    }

    static PSRuntimeException executionStopping() {
        return new PSRuntimeException("ExecutionStopping", "InvalidOperation", "The operation cannot be performed "
                + "because a command is currently stopping. Wait for the command to complete stopping, and then try "
                + "the operation again.", null, INVALID_OPERATION);
    }

    static PSRuntimeException keyMustBeString() {
        return new PSRuntimeException("KeyMustBeString", "InvalidArgument", "The keys in the dictionary must be "
                + "strings. (Parameter 'parameters')", null, "System.Management.Automation.PSArgumentException");
    }

    static PSRuntimeException argumentNull(String parameter) {
        return new PSRuntimeException("ArgumentNull", "InvalidArgument", "Cannot process argument because the value "
                + "of argument \"" + parameter + "\" is null. Change the value of argument \"" + parameter
                + "\" to a non-null value.", null, "System.Management.Automation.PSArgumentNullException");
    }

    /** PSTraceSource.NewArgumentException: a hosting API argument that is there but not usable. */
    static PSRuntimeException argumentInvalid(String parameter) {
        return new PSRuntimeException("Argument", "InvalidArgument", "Cannot process argument because the value of "
                + "argument \"" + parameter + "\" is not valid. Change the value of the \"" + parameter
                + "\" argument and run the operation again.", null, "System.Management.Automation.PSArgumentException");
    }

    /** .NET's ArgumentNullException.ThrowIfNull, as the entry collections check their arguments. */
    static PSRuntimeException valueNull(String parameter) {
        return new PSRuntimeException("ArgumentNull", "InvalidArgument", "Value cannot be null. (Parameter '"
                + parameter + "')", null, "System.ArgumentNullException");
    }

    static PSRuntimeException anotherProxyCallInProgress() {
        return new PSRuntimeException("AnotherSessionStateProxyInProgress", "InvalidOperation", "A "
                + "SessionStateProxy method call is in progress. Concurrent SessionStateProxy method calls are not "
                + "allowed.", null, INVALID_OPERATION);
    }

    static PSRuntimeException pipelineWhileProxyCall() {
        return new PSRuntimeException("NoPipelineWhenSessionStateProxyInProgress", "InvalidOperation", "Pipeline "
                + "cannot be invoked while a SessionStateProxy method call is in progress.", null, INVALID_OPERATION);
    }

    static PSRuntimeException closeWhileProxyCall() {
        return new PSRuntimeException("RunspaceCloseInvalidWhileSessionStateProxy", "InvalidOperation", "Runspace "
                + "cannot be closed while a SessionStateProxy method call is in progress.", null, INVALID_OPERATION);
    }

    /**
     * An unhandled break, continue or exit that PSInvocationSettings.ExposeFlowControlExceptions lets out of an
     * invocation, as the .NET FlowControlException subclass pwsh throws (whose message is SystemException's).
     */
    static PSRuntimeException flowControl(FlowSignal signal) {
        String type = switch (signal) {
            case FlowSignal.Break ignored -> "BreakException";
            case FlowSignal.Continue ignored -> "ContinueException";
            default -> "ExitException";
        };
        return new PSRuntimeException(type, "NotSpecified", "System error.", null,
                "System.Management.Automation." + type);
    }

    static PSRuntimeException poolAsyncResultNotOwned(String beginMethod) {
        return new PSRuntimeException("AsyncResultNotOwned", "InvalidArgument", "The IAsyncResult object was not "
                + "created by calling " + beginMethod + " on the current RunspacePool instance.", null,
                "System.Management.Automation.PSArgumentException");
    }
}
