package dev.jpwsh.commands.core;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobErrors;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the job cmdlets share: jobs named by {@code -Job} objects, {@code -Id}, {@code -Name} (wildcards) or
 * {@code -InstanceId}, looked up in the session's job repository. An explicit Id, Name or InstanceId that
 * matches nothing is a non-terminating error.
 */
abstract class JobSelection extends Cmdlet {
    @Parameter
    Object name;

    @Parameter
    Object instanceId;

    /** -Id; each cmdlet gives it its own position. */
    abstract Object ids();

    /** -Job objects bound for this record, or null. */
    abstract Object jobObjects();

    /** Whether no selector was given, which means every job for Get-Job. */
    boolean nothingNamed() {
        return ids() == null && name == null && instanceId == null && jobObjects() == null;
    }

    /** The jobs selected, in Id order without repeats. */
    List<Job> selectedJobs() {
        List<Job> all = frame().context().jobs().all();
        Set<Job> chosen = new LinkedHashSet<>();
        if (jobObjects() != null) {
            for (Object job : Enumerables.toList(jobObjects())) {
                if (job instanceof Job j) {
                    chosen.add(j);
                }
            }
        }
        forEach(ids(), value -> {
            int id = (Integer) Conversions.convert(value, Integer.class);
            List<Job> found = all.stream().filter(j -> j.getId() == id).toList();
            report(found.isEmpty() ? JobErrors.idNotFound(commandType(), id) : null, found, chosen);
        });
        forEach(name, value -> {
            String pattern = LanguagePrimitives.toString(value);
            List<Job> found = all.stream().filter(j -> Wildcard.matches(j.getName(), pattern, false)).toList();
            report(found.isEmpty() && !Wildcard.containsWildcardCharacters(pattern) ? JobErrors.nameNotFound(commandType(), pattern) : null, found,
                    chosen);
        });
        forEach(instanceId, value -> {
            String wanted = LanguagePrimitives.toString(value);
            List<Job> found = all.stream().filter(j -> j.getInstanceId().toString().equalsIgnoreCase(wanted))
                    .toList();
            report(found.isEmpty() ? JobErrors.instanceIdNotFound(commandType(), wanted) : null, found, chosen);
        });
        List<Job> sorted = new ArrayList<>(chosen);
        sorted.sort(java.util.Comparator.comparingInt(Job::getId));
        return sorted;
    }

    /** The cmdlet's .NET class name, for error ids. */
    final String commandType() {
        return getClass().getSimpleName();
    }

    private void report(dev.jpwsh.engine.exec.PSException missing, List<Job> found, Set<Job> chosen) {
        if (missing != null) {
            writeError(missing.record());
        }
        chosen.addAll(found);
    }

    private static void forEach(Object values, java.util.function.Consumer<Object> action) {
        if (values != null) {
            Enumerables.toList(values).forEach(action);
        }
    }
}
