package dev.jpwsh.engine.compile;

import dev.jpwsh.dotnet.threading.EngineThreads;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * Gets the child processes Start-Job runs its jobs in ready before the first job: the remoting module starts its first
 * spare child when told (listed in {@code META-INF/services/dev.jpwsh.engine.compile.JobProcesses}). The compiler
 * tells it when it compiles a call to Start-Job (by that name, its alias {@code sajb} or the background operator
 * {@code &}), so a script file that starts a job anywhere gets its spare while the script's first statements run; a
 * process whose scripts never name Start-Job never loads the implementations. Only compiling pays for this (one
 * comparison per command name compiled); running a command does not. A host that has a script's text before it opens
 * the runspace to run it tells them sooner ({@link #mentioned}).
 */
public interface JobProcesses {
    /** Starts what the first job will need; called once per process, on a thread of its own. */
    void prepare();

    /** Tells the implementations, the first time it is called in the process with a name that starts a job. */
    static void compiled(String command) {
        if (!Ahead.asked && (command.equalsIgnoreCase("Start-Job") || command.equalsIgnoreCase("sajb"))) {
            Ahead.ask();
        }
    }

    /**
     * Tells the implementations when {@code scriptText}, about to run, names Start-Job or {@code sajb} anywhere (in a
     * comment or a string too: a child started for nothing costs only its start), so that the child of a script's
     * first job starts while the runspace the script runs in opens.
     */
    static void mentioned(String scriptText) {
        if (!Ahead.asked && Ahead.JOB_COMMAND.matcher(scriptText).find()) {
            Ahead.ask();
        }
    }

    /** Whether they have been told; set once. */
    final class Ahead {
        private static final Pattern JOB_COMMAND = Pattern.compile("start-job|sajb", Pattern.CASE_INSENSITIVE);
        private static volatile boolean asked;

        private Ahead() {
        }

        static synchronized void ask() {
            if (asked) {
                return;
            }
            asked = true;
            EngineThreads.virtual("job processes ahead").start(() -> ServiceLoader.load(JobProcesses.class,
                    JobProcesses.class.getClassLoader()).forEach(JobProcesses::prepare));
        }
    }
}
