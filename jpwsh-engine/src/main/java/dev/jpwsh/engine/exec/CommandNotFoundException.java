package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.error.PSRuntimeException;

/** No command has the name a script called: {@code $_.Exception.CommandName} is that name, as in pwsh. */
public final class CommandNotFoundException extends PSRuntimeException {
    static final String DOT_NET_TYPE = "System.Management.Automation.CommandNotFoundException";

    private final String commandName;

    CommandNotFoundException(String commandName, String message) {
        super("CommandNotFoundException", "ObjectNotFound", message, null, DOT_NET_TYPE);
        this.commandName = commandName;
    }

    public String getCommandName() {
        return commandName;
    }
}
