package dev.jpwsh.engine.runspaces;

import dev.jpwsh.dotnet.threading.EngineThreads;
import java.util.EnumSet;

/**
 * A runspace's Disconnect and Connect, for the remote runspaces whose session can reconnect (a process pipe's):
 * Opened --disconnect--> Disconnecting --connection dropped--> Disconnected --connect--> Connecting --server's pool
 * reached--> Opened; a failure on the way is Broken, with its reason. Availability is None from Disconnecting to
 * Connecting. A local runspace and a transport that cannot reconnect refuse both, with pwsh's errors.
 */
final class RemoteReconnection {
    private RemoteReconnection() {
    }

    /** Disconnect(): checks the runspace can, then disconnects on the calling thread. */
    static void disconnect(RemoteSession remote, StateMachine<RunspaceState> states) {
        begin(remote, states, RunspaceState.Disconnecting);
        finish(states, RunspaceState.Disconnecting, RunspaceState.Disconnected, remote::disconnect);
    }

    /** DisconnectAsync(): checks at once, then disconnects on a thread of its own. */
    static void disconnectAsync(RemoteSession remote, StateMachine<RunspaceState> states, String name) {
        begin(remote, states, RunspaceState.Disconnecting);
        EngineThreads.virtual(name + " disconnect").start(() -> finish(states, RunspaceState.Disconnecting,
                RunspaceState.Disconnected, remote::disconnect));
    }

    /** Connect(): checks the runspace is Disconnected, then reconnects on the calling thread. */
    static void connect(RemoteSession remote, StateMachine<RunspaceState> states) {
        begin(remote, states, RunspaceState.Connecting);
        finish(states, RunspaceState.Connecting, RunspaceState.Opened, remote::connect);
    }

    /** ConnectAsync(): checks at once, then reconnects on a thread of its own. */
    static void connectAsync(RemoteSession remote, StateMachine<RunspaceState> states, String name) {
        begin(remote, states, RunspaceState.Connecting);
        EngineThreads.virtual(name + " connect").start(() -> finish(states, RunspaceState.Connecting,
                RunspaceState.Opened, remote::connect));
    }

    /** Moves to {@code step} (Disconnecting from Opened, Connecting from Disconnected), or throws pwsh's error. */
    private static void begin(RemoteSession remote, StateMachine<RunspaceState> states, RunspaceState step) {
        boolean connecting = step == RunspaceState.Connecting;
        if (remote == null) {
            throw connecting ? RunspaceErrors.connectNotSupported() : RunspaceErrors.disconnectNotSupported();
        }
        if (!remote.canDisconnect()) {
            throw RunspaceErrors.disconnectNotSupportedOnServer();
        }
        RunspaceState from = connecting ? RunspaceState.Disconnected : RunspaceState.Opened;
        if (!states.transition(EnumSet.of(from), step, null)) {
            throw connecting ? RunspaceErrors.cannotConnect() : RunspaceErrors.disconnectNotOpened(states.state());
        }
    }

    private static void finish(StateMachine<RunspaceState> states, RunspaceState step, RunspaceState done,
            Runnable action) {
        try {
            action.run();
        } catch (RuntimeException failure) {
            states.transition(EnumSet.of(step), RunspaceState.Broken, failure);
            throw failure;
        }
        states.transition(EnumSet.of(step), done, null);
    }
}
