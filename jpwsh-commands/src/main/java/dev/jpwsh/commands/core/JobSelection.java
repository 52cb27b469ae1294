package dev.jpwsh.commands.core;

import dev.jpwsh.engine.job.JobRepository;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobErrors;
import dev.jpwsh.engine.job.JobState;
import dev.jpwsh.dotnet.SystemStatics.Guid;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the job cmdlets share (pwsh's JobCmdletBase): the parameter sets that name jobs, each with its selector at
 * position 0, and the lookup in the session's job repository. -Job objects (JobParameterSet) are taken as given;
 * -Id (SessionIdParameterSet), -Name with wildcards (NameParameterSet) and -InstanceId (InstanceIdParameterSet)
 * are looked up, and one that matches nothing is a non-terminating error (a Name only when it has no wildcard);
 * -State (StateParameterSet) selects every job in that state. -Name and -InstanceId are declared here; -Job, -Id and
 * -State by each cmdlet, whose positions, mandatoriness and presence differ.
 */
abstract class JobSelection extends Cmdlet {
    static final String JOB_SET = "JobParameterSet";
    static final String ID_SET = "SessionIdParameterSet";
    static final String NAME_SET = "NameParameterSet";
    static final String INSTANCE_ID_SET = "InstanceIdParameterSet";
    static final String STATE_SET = "StateParameterSet";
    static final String COMMAND_SET = "CommandParameterSet";

    @Parameter(parameterSetName = NAME_SET, position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
    private String[] name;

    @Parameter(parameterSetName = INSTANCE_ID_SET, position = 0, mandatory = true,
            valueFromPipelineByPropertyName = true)
    private Guid[] instanceId;

    /** -Id, or null when not given. */
    abstract Integer[] ids();

    /** -Job objects bound for this record; null for a cmdlet without -Job. */
    Job[] jobObjects() {
        return null;
    }

    /** -State; null for a cmdlet without it. */
    JobState state() {
        return null;
    }

    /** The jobs the parameter set names, in the order found, each once. */
    final List<Job> selectedJobs() {
        Set<Job> chosen = new LinkedHashSet<>();
        switch (parameterSetName()) {
            case JOB_SET -> chosen.addAll(jobObjects() == null ? List.of() : List.of(jobObjects()));
            case NAME_SET -> {
                for (String pattern : name) {
                    find(job -> Wildcard.matches(job.getName(), pattern, false), chosen,
                            Wildcard.containsWildcardCharacters(pattern) ? null
                                    : JobErrors.nameNotFound(pattern));
                }
            }
            case INSTANCE_ID_SET -> {
                for (Guid wanted : instanceId) {
                    find(job -> job.getInstanceId().equals(wanted), chosen,
                            JobErrors.instanceIdNotFound(wanted));
                }
            }
            case STATE_SET -> find(job -> job.getState() == state(), chosen, null);
            default -> {
                for (int wanted : ids() == null ? new Integer[0] : ids()) {
                    find(job -> job.getId() == wanted, chosen, JobErrors.idNotFound(wanted));
                }
            }
        }
        return new ArrayList<>(chosen);
    }

    /** The parameter that named the jobs, as pwsh's messages call it: Job, SessionId, Name or InstanceId. */
    final String selectingParameter() {
        return switch (parameterSetName()) {
            case JOB_SET -> "Job";
            case NAME_SET -> "Name";
            case INSTANCE_ID_SET -> "InstanceId";
            default -> "SessionId";
        };
    }


    /** Adds the session's jobs {@code wanted} accepts to {@code chosen}; writes {@code missing} if there are none. */
    private void find(Predicate<Job> wanted, Set<Job> chosen, PSException missing) {
        List<Job> found = JobRepository.of(frame().context()).all().stream().filter(wanted).toList();
        if (found.isEmpty() && missing != null) {
            writeError(missing.record());
        }
        chosen.addAll(found);
    }
}
