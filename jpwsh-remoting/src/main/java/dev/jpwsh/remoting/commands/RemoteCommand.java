package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.remoting.protocol.UsingValues;
import java.util.Map;

/**
 * What Invoke-Command runs on each remote runspace: the script's text as written, the -ArgumentList items, and its
 * {@code $using:} values in pwsh's table ({@link UsingValues}), read in the caller when the command starts.
 */
record RemoteCommand(String script, Map<String, Object> usingValues, Object[] arguments) {
    /** {@return the command for {@code script}, its using values read from {@code caller}'s variables} */
    static RemoteCommand of(String script, Frame caller, Object[] arguments) {
        Map<String, Object> table = UsingValues.table(script, name -> {
            PSVariable found = caller.scope().lookup(Scope.key(name));
            return found == null ? null : found.value();
        });
        return new RemoteCommand(script, table, arguments == null ? new Object[0] : arguments);
    }

    /** Adds this command to {@code shell}: the script, the arguments, then the using values' table if any. */
    void addTo(PowerShell shell) {
        shell.addScript(script);
        for (Object argument : arguments) {
            shell.addArgument(argument);
        }
        if (!usingValues.isEmpty()) {
            shell.addParameter(UsingValues.TABLE_PARAMETER, usingValues);
        }
    }
}
