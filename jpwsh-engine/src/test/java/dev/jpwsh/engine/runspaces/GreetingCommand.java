package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;

/** A cmdlet for session state entries in tests: writes a greeting for -Name. */
public final class GreetingCommand extends Cmdlet {
    @Parameter(position = 0)
    private String name;

    @Override
    protected void endProcessing() {
        writeObject("Hello, " + name);
    }
}
