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
}
