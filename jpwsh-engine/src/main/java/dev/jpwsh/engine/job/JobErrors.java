package dev.jpwsh.engine.job;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;

/**
 * The errors of the job cmdlets, with PowerShell's error ids (RemotingErrorIdStrings) and exception types;
 * {@code command} is the reporting cmdlet's .NET class name ({@code GetJobCommand}).
 */
public final class JobErrors {
    private static final String ARGUMENT = "System.ArgumentException";
    private static final String INVALID_OPERATION = "System.InvalidOperationException";

    private JobErrors() {
    }

    private static String id(String errorId, String command) {
        return errorId + ",Microsoft.PowerShell.Commands." + command;
    }

    public static PSException idNotFound(String command, int jobId) {
        return RuntimeFailures.create(id("JobWithSpecifiedSessionIdNotFound", command), "ObjectNotFound",
                "The command cannot find a job with the job ID " + jobId + ". Verify the value of the Id parameter "
                        + "and then try the command again.", jobId, ARGUMENT);
    }

    public static PSException nameNotFound(String command, String name) {
        return RuntimeFailures.create(id("JobWithSpecifiedNameNotFound", command), "ObjectNotFound",
                "The command cannot find the job because the job name " + name + " was not found. Verify the value "
                        + "of the Name parameter, and then try the command again.", name, ARGUMENT);
    }

    public static PSException instanceIdNotFound(String command, Object instanceId) {
        return RuntimeFailures.create(id("JobWithSpecifiedInstanceIdNotFound", command), "ObjectNotFound",
                "The command cannot find a job with the instance identifier " + instanceId + ". Verify the value "
                        + "of the InstanceId parameter, and then try the command again.", instanceId, ARGUMENT);
    }

    public static PSException notFinished(String command, Job job) {
        return RuntimeFailures.create(id("JobWithSpecifiedNameNotCompleted", command), "InvalidOperation",
                "The job cannot be removed because it is not finished. To remove the job, first stop the job, or "
                        + "use the Force parameter. (Parameter 'Job')", job, INVALID_OPERATION);
    }
}
