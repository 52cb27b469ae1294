package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.types.DotNetName;

/**
 * {@code [runspacefactory]}: new local runspaces and pools. Without a host they get a {@link DefaultHost};
 * without an initial session state, {@link InitialSessionState#createDefault()}.
 */
@DotNetName("System.Management.Automation.Runspaces.RunspaceFactory")
public final class RunspaceFactory {
    private RunspaceFactory() {
    }

    public static Runspace createRunspace() {
        return new Runspace(null, InitialSessionState.createDefault());
    }

    public static Runspace createRunspace(Host host) {
        return new Runspace(required(host, "host"), InitialSessionState.createDefault());
    }

    public static Runspace createRunspace(InitialSessionState initialSessionState) {
        return new Runspace(null, required(initialSessionState, "initialSessionState"));
    }

    public static Runspace createRunspace(Host host, InitialSessionState initialSessionState) {
        return new Runspace(required(host, "host"), required(initialSessionState, "initialSessionState"));
    }

    public static RunspacePool createRunspacePool() {
        return createRunspacePool(1, 1);
    }

    public static RunspacePool createRunspacePool(int minRunspaces, int maxRunspaces) {
        return new RunspacePool(minRunspaces, maxRunspaces, InitialSessionState.createDefault(), new DefaultHost());
    }

    public static RunspacePool createRunspacePool(InitialSessionState initialSessionState) {
        return new RunspacePool(1, 1, required(initialSessionState, "initialSessionState"), new DefaultHost());
    }

    public static RunspacePool createRunspacePool(int minRunspaces, int maxRunspaces, Host host) {
        return new RunspacePool(minRunspaces, maxRunspaces, InitialSessionState.createDefault(), required(host, "host"));
    }

    public static RunspacePool createRunspacePool(int minRunspaces, int maxRunspaces,
            InitialSessionState initialSessionState, Host host) {
        return new RunspacePool(minRunspaces, maxRunspaces, required(initialSessionState, "initialSessionState"),
                required(host, "host"));
    }

    /** {@code value}, or PSArgumentNullException naming {@code parameter}, as every factory checks its arguments. */
    private static <T> T required(T value, String parameter) {
        if (value == null) {
            throw RunspaceErrors.argumentNull(parameter);
        }
        return value;
    }
}
