package dev.jpwsh.remoting.client;

import dev.jpwsh.engine.compile.JobProcesses;

/** Starts Start-Job's first spare child process when the engine compiles a script that starts a job. */
public final class JobSpares implements JobProcesses {
    @Override
    public void prepare() {
        ChildProcess.prepare();
    }
}
