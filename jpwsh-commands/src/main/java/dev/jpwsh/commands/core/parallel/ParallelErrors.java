package dev.jpwsh.commands.core.parallel;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.error.ErrorRecord;

/** The errors of ForEach-Object -Parallel, with pwsh's ids and messages (InternalCommandStrings). */
public final class ParallelErrors {
    private static final String PS_ARGUMENT = "System.Management.Automation.PSArgumentException";
    private static final String SCRIPT_BLOCKS_UNSUPPORTED = " Passed-in script block variables are not supported "
            + "with ForEach-Object -Parallel, and can result in undefined behavior.";

    private ParallelErrors() {
    }

    /** A script block piped in as a task's input: non-terminating. */
    public static ErrorRecord pipedScriptBlock(Object input) {
        return RuntimeFailures.create("ParallelPipedInputObjectCannotBeScriptBlock", "InvalidType",
                "A ForEach-Object -Parallel piped input object cannot be a script block." + SCRIPT_BLOCKS_UNSUPPORTED,
                input, PS_ARGUMENT).record();
    }

    /** A {@code $using:} value that is a script block: terminating. */
    public static ErrorRecord usingScriptBlock() {
        return RuntimeFailures.create("ParallelUsingVariableCannotBeScriptBlock", "InvalidType",
                "A ForEach-Object -Parallel using variable cannot be a script block." + SCRIPT_BLOCKS_UNSUPPORTED,
                null, PS_ARGUMENT).record();
    }

    /** A {@code $using:} variable the caller has not set: terminating. */
    public static ErrorRecord usingUndefined(String name) {
        return RuntimeFailures.create("UsingVariableIsUndefined", "InvalidOperation", "The value of the using variable"
                + " '$using:" + name + "' cannot be retrieved because it has not been set in the local session.",
                name).record();
    }

    /** -ErrorAction, -WarningAction, -InformationAction, -ProgressAction or -PipelineVariable: terminating. */
    public static ErrorRecord commonParametersNotSupported() {
        return RuntimeFailures.create("ParallelCommonParametersNotSupported", "NotImplemented", "The following common"
                + " parameters are not currently supported in the Parallel parameter set:\n"
                + "ErrorAction, WarningAction, InformationAction, PipelineVariable", null,
                "System.Management.Automation.PSNotSupportedException").record();
    }

    /** -AsJob with -TimeoutSeconds: terminating. */
    public static ErrorRecord cannotUseTimeoutWithJob() {
        return RuntimeFailures.create("ParallelCannotUseTimeoutWithJob", "InvalidOperation",
                "The 'TimeoutSeconds' parameter cannot be used with the 'AsJob' parameter.", null, PS_ARGUMENT)
                .record();
    }

    /** A task that ended by a terminating error, or was stopped: its reason, as the caller sees it. */
    static ErrorRecord taskFailed(Throwable reason) {
        Throwable exception = reason instanceof PSException ps ? ps.record().exception() : reason;
        return new ErrorRecord(exception, "PSTaskException", "InvalidOperation", null);
    }

    /** The reason a task stopped before it ended: PipelineStoppedException. */
    static Throwable stopped() {
        return RuntimeFailures.pipelineStopped().record().exception();
    }
}
