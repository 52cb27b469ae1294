package dev.jpwsh.engine.host;

/** The program that hosts the engine: its name and user interface ({@code $Host}). */
public interface Host {
    /**
     * {@code $Host.Name}: "ConsoleHost" for the console, "Default Host" for a host-less runspace.
     *
     * @return the host's name
     */
    String name();

    /**
     * {@code $Host.UI}: where Write-Host, the console streams and error views go.
     *
     * @return the user interface
     */
    HostUserInterface ui();

    /**
     * {@code $Host.EnterNestedPrompt()}: reads and runs commands at a nested prompt until {@code exit}, then returns
     * to the caller, whose pipeline goes on. This default has no prompt to offer and says so as pwsh does.
     */
    default void enterNestedPrompt() {
        throw new dev.jpwsh.runtime.error.PSRuntimeException("NotImplemented", "NotImplemented",
                "The method or operation is not implemented.", null,
                "System.Management.Automation.PSNotImplementedException");
    }
}
