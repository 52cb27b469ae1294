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

    /** {@code $Host.EnterNestedPrompt()} reached without its caller's frame: the nested prompt's scope is global. */
    default void enterNestedPrompt() {
        enterNestedPrompt(null);
    }

    /**
     * {@code $Host.EnterNestedPrompt()}: reads and runs commands at a nested prompt until {@code exit}, then returns
     * to the caller, whose pipeline goes on. The commands run in {@code caller}'s scope (the function that entered
     * the prompt, the command a confirmation suspended), or the global one when it is null. The member call and the
     * confirmation prompt pass the frame they already hold, so no call path pays for it. Scripts do not see this
     * overload. This default has no prompt to offer and says so as pwsh does.
     */
    @dev.jpwsh.runtime.object.NonPublic
    default void enterNestedPrompt(dev.jpwsh.engine.exec.Frame caller) {
        throw new dev.jpwsh.runtime.error.PSRuntimeException("NotImplemented", "NotImplemented",
                "The method or operation is not implemented.", null,
                "System.Management.Automation.PSNotImplementedException");
    }
}
