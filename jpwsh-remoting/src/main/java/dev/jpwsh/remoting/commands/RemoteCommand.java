package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.runspaces.PowerShell;
import java.util.Map;

/**
 * What Invoke-Command runs on each remote runspace: the script's text with each {@code $using:} variable replaced
 * by a parameter (see {@link UsingParameters}), the values of those parameters, and the -ArgumentList items.
 */
record RemoteCommand(String script, Map<String, Object> usingValues, Object[] arguments) {
    /** Adds this command to {@code shell}: the script, its using parameters by name, then the arguments. */
    void addTo(PowerShell shell) {
        shell.addScript(script);
        usingValues.forEach(shell::addParameter);
        for (Object argument : arguments) {
            shell.addArgument(argument);
        }
    }
}
