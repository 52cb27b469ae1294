package dev.jpwsh.commands.core;

import dev.jpwsh.engine.job.JobRepository;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.MessageStreams;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobErrors;
import dev.jpwsh.engine.job.JobState;
import dev.jpwsh.engine.job.JobWatch;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Receive-Job: writes what the jobs have produced, output to the pipeline, errors as non-terminating errors and
 * warning, verbose, debug, information and progress records under the caller's preferences, and takes it out of
 * the job unless -Keep; a job's host calls (a prompt in a Start-Job job, which blocks it) run on this host first.
 * With -Wait it goes on writing what they produce until each has ended
 * (finished or, without -Force, suspended or disconnected); -WriteJobInResults writes each job first, and
 * -AutoRemoveJob removes each from the session's jobs once it has finished and its data is written. Those three
 * switches need -Wait, and -Wait refuses -Keep. A parent job's children are received after it, unless -NoRecurse. As with Wait-Job, event actions do not run while it waits. The
 * remote-job sets (-Location, -ComputerName, -Session) are not supported, so the Job set is the default.
 */
@DefaultParameterSet(JobSelection.JOB_SET)
@DotNetName("Microsoft.PowerShell.Commands.ReceiveJobCommand")
public final class ReceiveJobCommand extends JobSelection {
    @Parameter(parameterSetName = JOB_SET, position = 0, mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private Job[] job;

    @Parameter(parameterSetName = ID_SET, position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
    private Integer[] id;

    @Parameter
    private boolean keep;

    @Parameter
    private boolean wait;

    @Parameter
    private boolean autoRemoveJob;

    @Parameter
    private boolean writeJobInResults;

    @Parameter
    private boolean force;

    @Parameter
    private boolean noRecurse;

    /** Only the results of the jobs whose Location matches one of these (wildcards), for -ComputerName too. */
    @Parameter(aliases = {"Cn"})
    private String[] computerName;

    @Parameter
    private String[] location;

    private final List<Job> waited = new ArrayList<>();
    /** The Failed jobs whose Reason this command has written; -Wait visits a finished job more than once. */
    private final Set<Job> reasonsWritten = new HashSet<>();

    @Override
    Integer[] ids() {
        return id;
    }

    @Override
    Job[] jobObjects() {
        return job;
    }

    @Override
    protected void beginProcessing() {
        if (wait && keep) {
            throw terminatingError(JobErrors.waitWithKeep());
        }
        if (autoRemoveJob && !wait) {
            throw terminatingError(JobErrors.autoRemoveWithoutWait());
        }
        if (writeJobInResults && !wait) {
            throw terminatingError(JobErrors.writeJobInResultsWithoutWait());
        }
        if (force && !wait) {
            throw terminatingError(JobErrors.forceWithoutWait());
        }
    }

    @Override
    protected void processRecord() {
        List<Job> selected = selectedJobs();
        if (writeJobInResults) {
            selected.forEach(this::writeObject);
        }
        for (Job each : selected) {
            if (wait) {
                waited.add(each);
                writeUntilNow(each);
            } else {
                writeResults(each);
            }
        }
    }

    @Override
    protected void endProcessing() {
        if (waited.isEmpty()) {
            return;
        }
        try (JobWatch watch = new JobWatch(waited)) {
            while (!waited.stream().allMatch(this::writeUntilNow)) {
                watch.awaitChange(-1);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Writes what {@code from} has produced so far; true when it had already ended before, so that nothing more
     * will come (and, with -AutoRemoveJob, it is removed once it has finished).
     */
    private boolean writeUntilNow(Job from) {
        JobState before = from.getState();
        writeResults(from);
        if (autoRemoveJob && before.isFinished()) {
            JobRepository.of(frame().context()).remove(from);
        }
        return force ? before.isFinished() : before.isPersistent();
    }

    /** Writes {@code from}'s records, then, unless -NoRecurse, its child jobs', each after its own. */
    private void writeResults(Job from) {
        if (atLocation(from)) {
            writeOwnResults(from);
        }
        if (!noRecurse) {
            from.getChildJobs().forEach(this::writeResults);
        }
    }

    /** Whether -ComputerName and -Location, when given, name where {@code job} runs. */
    private boolean atLocation(Job job) {
        return java.util.stream.Stream.of(computerName, location).filter(java.util.Objects::nonNull)
                .allMatch(names -> java.util.Arrays.stream(names)
                        .anyMatch(name -> Wildcard.matches(job.getLocation(), name, false)));
    }

    private void writeOwnResults(Job from) {
        for (var call = from.takeHostCall(); call != null; call = from.takeHostCall()) {
            call.accept(frame().context().host());
        }
        if (keep) {
            from.getOutput().forEach(this::writeObject);
            from.getError().forEach(this::passOnError);
            from.messageStreams().forEach(messages -> messages.forEach(this::replay));
            writeFailureReason(from);
            return;
        }
        from.getOutput().readAll().forEach(this::writeObject);
        for (ErrorRecord error : from.getError().readAll()) {
            passOnError(error);
        }
        from.messageStreams().forEach(messages -> messages.readAll().forEach(this::replay));
        writeFailureReason(from);
    }

    /** A Failed job's Reason, as error JobStateFailed: once per job in this command, on every Receive-Job. */
    private void writeFailureReason(Job from) {
        Throwable reason = from.getJobStateInfo().getReason();
        if (from.getState() == JobState.Failed && reason != null && reasonsWritten.add(from)) {
            writeError(JobErrors.stateFailed(reason));
        }
    }

    private void replay(Object message) {
        MessageStreams.replay(frame(), message);
    }
}
