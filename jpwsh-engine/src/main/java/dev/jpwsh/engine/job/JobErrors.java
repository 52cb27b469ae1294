package dev.jpwsh.engine.job;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.error.ErrorRecord;

/**
 * The errors of the job cmdlets, with PowerShell's error ids (the ErrorRecord ids of JobCmdletBase and
 * ReceiveJobCommand; messages from RemotingErrorIdStrings) and exception types; the cmdlet that reports one adds
 * its .NET class name to the id ({@code ...,Microsoft.PowerShell.Commands.GetJobCommand}).
 */
public final class JobErrors {
    private static final String ARGUMENT = "System.ArgumentException";
    private static final String PS_ARGUMENT = "System.Management.Automation.PSArgumentException";
    private static final String PS_INVALID_OPERATION = "System.Management.Automation.PSInvalidOperationException";
    private static final String PARAMETER_BINDING = "System.Management.Automation.ParameterBindingException";

    private JobErrors() {
    }

    /**
     * {@return what Receive-Job writes for a Failed job besides its data: its Reason, as error JobStateFailed}
     *
     * @param reason the exception that failed the job
     */
    public static ErrorRecord stateFailed(Throwable reason) {
        return new ErrorRecord(reason, "JobStateFailed", "InvalidResult", null);
    }

    /**
     * pwsh's error id is JobWithSpecifiedSessionNotFound here, unlike its resource key (...SessionIdNotFound).
     *
     * @param jobId the Id asked for, also the error's target object
     * @return the error of a job cmdlet when no job of the session has the {@code -Id}
     */
    public static PSException idNotFound(int jobId) {
        return RuntimeFailures.create("JobWithSpecifiedSessionNotFound", "ObjectNotFound",
                "The command cannot find a job with the job ID " + jobId + ". Verify the value of the Id parameter "
                        + "and then try the command again.", jobId, PS_ARGUMENT);
    }

    /**
     * {@return the error of a job cmdlet when no job of the session has the {@code -Name} given without wildcards
     * (JobWithSpecifiedNameNotFound)}
     *
     * @param name the name asked for, also the error's target object
     */
    public static PSException nameNotFound(String name) {
        return RuntimeFailures.create("JobWithSpecifiedNameNotFound", "ObjectNotFound",
                "The command cannot find the job because the job name " + name + " was not found. Verify the value "
                        + "of the Name parameter, and then try the command again.", name, PS_ARGUMENT);
    }

    /**
     * {@return the error of a job cmdlet when no job of the session has the {@code -InstanceId}
     * (JobWithSpecifiedInstanceIdNotFound)}
     *
     * @param instanceId the InstanceId asked for, also the error's target object
     */
    public static PSException instanceIdNotFound(Object instanceId) {
        return RuntimeFailures.create("JobWithSpecifiedInstanceIdNotFound", "ObjectNotFound",
                "The command cannot find a job with the instance identifier " + instanceId + ". Verify the value "
                        + "of the InstanceId parameter, and then try the command again.", instanceId, PS_ARGUMENT);
    }

    /**
     * Remove-Job without -Force on a job that is not finished; the message names the job the way it was selected
     * ({@code parameter}: Job, SessionId, Name or InstanceId), as pwsh's does.
     *
     * @param job the unfinished job, also the error's target object
     * @param parameter the parameter that selected the job
     * @return the error JobObjectNotFinishedCannotBeRemoved, for Remove-Job to write
     */
    public static PSException notFinished(Job job, String parameter) {
        String named = switch (parameter) {
            case "Name" -> "the job ID " + job.getId() + " and the name " + job.getName();
            case "InstanceId" -> "the job ID " + job.getId() + " and the instance identifier " + job.getInstanceId();
            default -> "the job ID " + job.getId();
        };
        String advice = parameter.equals("InstanceId") ? "first stop the job or use the Force parameter."
                : "first stop the job, or use the Force parameter.";
        return RuntimeFailures.create("JobObjectNotFinishedCannotBeRemoved", "InvalidOperation",
                "The command cannot remove the job with " + named + " because the job is not finished. To remove "
                        + "the job, " + advice + " (Parameter '" + parameter + "')", job, ARGUMENT);
    }

    /**
     * Receive-Job -Wait -Keep: pwsh's -Keep setter refuses, so binding fails.
     *
     * @return the error ParameterBindingFailed (a ParameterBindingException)
     */
    public static PSException waitWithKeep() {
        return RuntimeFailures.create("ParameterBindingFailed", "WriteError",
                "Cannot bind parameter 'Keep' to the target. Exception setting \"Keep\": \"The Wait and Keep "
                        + "parameters cannot be used together in the same command.\"", null, PARAMETER_BINDING);
    }

    /**
     * {@return the error of Receive-Job given {@code -AutoRemoveJob} without {@code -Wait} (InvalidOperation)}
     *
     */
    public static PSException autoRemoveWithoutWait() {
        return needsWait("The -AutoRemoveJob parameter cannot be used without the -Wait parameter");
    }

    /**
     * {@return the error of Receive-Job given {@code -WriteJobInResults} without {@code -Wait} (InvalidOperation)}
     *
     */
    public static PSException writeJobInResultsWithoutWait() {
        return needsWait("The -WriteJobInResults parameter cannot be used without the -Wait parameter");
    }

    /**
     * {@return the error of Receive-Job given {@code -Force} without {@code -Wait} (InvalidOperation)}
     *
     */
    public static PSException forceWithoutWait() {
        return needsWait("The -Force parameter cannot be used without the -Wait parameter.");
    }

    /** A Receive-Job switch that only means something with -Wait: refused in BeginProcessing. */
    private static PSException needsWait(String message) {
        return RuntimeFailures.create("InvalidOperation", "InvalidOperation", message, null,
                PS_INVALID_OPERATION);
    }
}
