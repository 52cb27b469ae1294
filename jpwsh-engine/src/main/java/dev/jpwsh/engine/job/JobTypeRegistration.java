package dev.jpwsh.engine.job;

import dev.jpwsh.runtime.object.TypeRegistration;

/** The type names of jobs. */
public final class JobTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(JobState.class, "System.Management.Automation.JobState");
        registrar.alias(Job.class, "System.Management.Automation.Job");
    }
}
