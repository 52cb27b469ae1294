package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.host.Host;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * {@code [runspacefactory]}: new local runspaces and pools. Without a host they get a {@link DefaultHost};
 * without an initial session state, {@link InitialSessionState#createDefault()}.
 */
@DotNetName("System.Management.Automation.Runspaces.RunspaceFactory")
public final class RunspaceFactory {
    private RunspaceFactory() {
    }

    /**
     * {@return a new local runspace in BeforeOpen, with its own {@link DefaultHost} and the commands of
     * {@link InitialSessionState#createDefault()}}
     */
    public static Runspace createRunspace() {
        return new Runspace(null, InitialSessionState.createDefault());
    }

    /**
     * {@return a new local runspace in BeforeOpen, with {@code host} and the commands of
     * {@link InitialSessionState#createDefault()}}
     *
     * @param host the runspace's {@code $Host}, which takes its host output; null throws PSArgumentNullException
     *     (ArgumentNull)
     */
    public static Runspace createRunspace(Host host) {
        return new Runspace(required(host, "host"), InitialSessionState.createDefault());
    }

    /**
     * {@return a new local runspace in BeforeOpen, with its own {@link DefaultHost}, built from a copy of
     * {@code initialSessionState}}
     *
     * @param initialSessionState copied now, so later changes to it do not reach the runspace; null throws
     *     PSArgumentNullException (ArgumentNull)
     */
    public static Runspace createRunspace(InitialSessionState initialSessionState) {
        return new Runspace(null, required(initialSessionState, "initialSessionState"));
    }

    /**
     * {@return a new local runspace in BeforeOpen, with {@code host}, built from a copy of {@code initialSessionState}}
     *
     * @param host the runspace's {@code $Host}; null throws PSArgumentNullException (ArgumentNull)
     * @param initialSessionState copied now; null throws PSArgumentNullException (ArgumentNull)
     */
    public static Runspace createRunspace(Host host, InitialSessionState initialSessionState) {
        return new Runspace(required(host, "host"), required(initialSessionState, "initialSessionState"));
    }

    /**
     * {@return a new pool in BeforeOpen of at most one runspace (min 1, max 1), with a {@link DefaultHost} and
     * {@link InitialSessionState#createDefault()}}
     */
    public static RunspacePool createRunspacePool() {
        return createRunspacePool(1, 1);
    }

    /**
     * {@return a new pool in BeforeOpen, with one {@link DefaultHost} for all its runspaces and
     * {@link InitialSessionState#createDefault()}}
     *
     * @param minRunspaces how many runspaces the cleanup timer keeps, at least 1 (else ArgumentException,
     *     MinPoolLessThan1); none is created in advance
     * @param maxRunspaces how many runspaces may exist at once, at least 1 and at least {@code minRunspaces} (else
     *     ArgumentException, MaxPoolLessThan1 or MinPoolGreaterThanMaxPool)
     */
    public static RunspacePool createRunspacePool(int minRunspaces, int maxRunspaces) {
        return new RunspacePool(minRunspaces, maxRunspaces, InitialSessionState.createDefault(), new DefaultHost());
    }

    /**
     * {@return a new pool in BeforeOpen of at most one runspace (min 1, max 1), with a {@link DefaultHost}, built from
     * a copy of {@code initialSessionState}}
     *
     * @param initialSessionState copied now, and each runspace built from that copy; null throws
     *     PSArgumentNullException (ArgumentNull)
     */
    public static RunspacePool createRunspacePool(InitialSessionState initialSessionState) {
        return new RunspacePool(1, 1, required(initialSessionState, "initialSessionState"), new DefaultHost());
    }

    /**
     * {@return a new pool in BeforeOpen whose runspaces all share {@code host}, with
     * {@link InitialSessionState#createDefault()}}
     *
     * @param minRunspaces as for {@link #createRunspacePool(int, int)}
     * @param maxRunspaces as for {@link #createRunspacePool(int, int)}
     * @param host every runspace's {@code $Host}; null throws PSArgumentNullException (ArgumentNull)
     */
    public static RunspacePool createRunspacePool(int minRunspaces, int maxRunspaces, Host host) {
        return new RunspacePool(minRunspaces, maxRunspaces, InitialSessionState.createDefault(), required(host, "host"));
    }

    /**
     * {@return a new pool in BeforeOpen whose runspaces all share {@code host}, built from a copy of
     * {@code initialSessionState}}
     *
     * @param minRunspaces as for {@link #createRunspacePool(int, int)}
     * @param maxRunspaces as for {@link #createRunspacePool(int, int)}
     * @param initialSessionState copied now; null throws PSArgumentNullException (ArgumentNull)
     * @param host every runspace's {@code $Host}; null throws PSArgumentNullException (ArgumentNull)
     */
    public static RunspacePool createRunspacePool(int minRunspaces, int maxRunspaces,
            InitialSessionState initialSessionState, Host host) {
        return new RunspacePool(minRunspaces, maxRunspaces, required(initialSessionState, "initialSessionState"),
                required(host, "host"));
    }

    /**
     * {@return a new remote runspace in BeforeOpen, whose pipelines run in the server {@code connectionInfo} names;
     * Open connects}
     *
     * @param connectionInfo where the server is; null throws PSArgumentNullException (ArgumentNull)
     */
    public static Runspace createRunspace(RunspaceConnectionInfo connectionInfo) {
        return new Runspace(null, required(connectionInfo, "connectionInfo"));
    }

    /**
     * {@return a new remote runspace in BeforeOpen with {@code host}, as
     * {@link #createRunspace(RunspaceConnectionInfo)}}
     *
     * @param host the runspace's host; null throws PSArgumentNullException (ArgumentNull)
     * @param connectionInfo where the server is; null throws PSArgumentNullException (ArgumentNull)
     */
    public static Runspace createRunspace(Host host, RunspaceConnectionInfo connectionInfo) {
        return new Runspace(required(host, "host"), required(connectionInfo, "connectionInfo"));
    }

    /**
     * {@return a new pool in BeforeOpen whose members are remote runspaces of the server {@code connectionInfo}
     * names, each with its own connection}
     *
     * @param minRunspaces as for {@link #createRunspacePool(int, int)}
     * @param maxRunspaces as for {@link #createRunspacePool(int, int)}
     * @param connectionInfo where the server is; null throws PSArgumentNullException (ArgumentNull)
     */
    public static RunspacePool createRunspacePool(int minRunspaces, int maxRunspaces,
            RunspaceConnectionInfo connectionInfo) {
        return new RunspacePool(minRunspaces, maxRunspaces, required(connectionInfo, "connectionInfo"));
    }

    /** {@code value}, or PSArgumentNullException naming {@code parameter}, as every factory checks its arguments. */
    private static <T> T required(T value, String parameter) {
        if (value == null) {
            throw RunspaceErrors.argumentNull(parameter);
        }
        return value;
    }
}
