package dev.jpwsh.bench;

import dev.jpwsh.dotnet.collections.PSCollection;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;

/**
 * An open runspace that benchmark scripts run on through the hosting API, as an embedding application runs
 * them: each invocation is a new {@link PowerShell} on this runspace, so its script is parsed and compiled
 * once per process (the script cache) and run in the runspace's global scope.
 */
final class BenchRunspace implements AutoCloseable {
    /** The variable {@link #expect} gives a check its script's output in. */
    private static final String OUTPUT_VARIABLE = "benchOutput";

    private final Runspace runspace;

    private BenchRunspace(Runspace runspace) {
        this.runspace = runspace;
    }

    /** A new runspace from the default initial session state, opened. */
    static BenchRunspace open() {
        Runspace runspace = RunspaceFactory.createRunspace();
        runspace.open();
        return new BenchRunspace(runspace);
    }

    /** Runs {@code script} and returns its output; a terminating error is thrown. */
    PSCollection invoke(String script) {
        try (PowerShell shell = PowerShell.create(runspace)) {
            return shell.addScript(script).invoke();
        }
    }

    /**
     * Runs {@code script} as {@link #invoke} does, then {@code check} with the script's output in
     * {@code $benchOutput}, and fails unless the script wrote no error and the check's one output item is
     * {@code expected}: a broken engine must not produce a fast number.
     */
    void expect(String script, String check, String expected) {
        PSCollection output;
        try (PowerShell shell = PowerShell.create(runspace)) {
            output = shell.addScript(script).invoke();
            if (shell.getHadErrors()) {
                throw new IllegalStateException("errors from " + script + ": " + shell.getStreams().getError());
            }
        }
        runspace.getSessionStateProxy().setVariable(OUTPUT_VARIABLE, output);
        PSCollection checked = invoke(check);
        runspace.getSessionStateProxy().setVariable(OUTPUT_VARIABLE, null);
        String actual = checked.size() == 1 ? String.valueOf(checked.getFirst()) : checked.toString();
        if (!actual.equals(expected)) {
            throw new IllegalStateException(check + " after " + script + " is " + actual + ", not " + expected);
        }
    }

    @Override
    public void close() {
        runspace.dispose();
    }
}
