package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.StateInfo;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.collections.PSCollection;

/**
 * {@code $runspace.CreatePipeline(script)}: the older way to run commands in one runspace. It runs through a
 * {@link PowerShell} on that runspace, but refuses a runspace that is not Opened with RunspaceNotOpenForPipeline,
 * as pwsh's pipeline does. Single use per invocation, on the caller's thread, like the PowerShell it wraps.
 */
@DotNetName("System.Management.Automation.Runspaces.LocalPipeline")
public final class Pipeline {
    private final Runspace runspace;
    private final PowerShell shell;

    Pipeline(Runspace runspace, PowerShell shell) {
        this.runspace = runspace;
        this.shell = shell;
    }

    /**
     * {@code Commands.AddScript(text)} and {@code Commands.AddCommand(name)} add to this pipeline.
     *
     * @return the PowerShell this pipeline runs through
     */
    public PowerShell getCommands() {
        return shell;
    }

    /**
     * Runs the pipeline with no input and returns its output.
     *
     * @return the output
     * @throws dev.jpwsh.runtime.error.PSRuntimeException RunspaceNotOpenForPipeline (an InvalidRunspaceStateException)
     *     when the runspace is not Opened
     */
    public PSCollection invoke() {
        return invoke(null);
    }

    /**
     * Runs the pipeline with {@code input} (enumerated) and returns its output; the runspace must be Opened. It runs
     * with settings, as pwsh's pipelines do, so a remote runspace's server adds no invocation info to its records.
     *
     * @param input the input, enumerated; null for none
     * @return the output
     * @throws dev.jpwsh.runtime.error.PSRuntimeException RunspaceNotOpenForPipeline (an InvalidRunspaceStateException)
     *     when the runspace is not Opened
     */
    public PSCollection invoke(Object input) {
        RunspaceState state = runspace.getRunspaceStateInfo().getState();
        if (state != RunspaceState.Opened) {
            throw RunspaceErrors.notOpenForPipeline(state);
        }
        return shell.invoke(input, new PSInvocationSettings());
    }

    /** Stops the running pipeline and waits until it has ended. */
    public void stop() {
        shell.stop();
    }

    /**
     * Where the pipeline is: NotStarted, Running, Stopping, Stopped, Completed or Failed, and why.
     *
     * @return the wrapped PowerShell's InvocationStateInfo
     */
    public StateInfo<PSInvocationState> getPipelineStateInfo() {
        return shell.getInvocationStateInfo();
    }

    /**
     * The runspace that created this pipeline and runs it.
     *
     * @return the runspace
     */
    public Runspace getRunspace() {
        return runspace;
    }

    /** {@return the .NET type name, as PowerShell shows the object} */
    @Override
    public String toString() {
        return "System.Management.Automation.Runspaces.LocalPipeline";
    }
}
