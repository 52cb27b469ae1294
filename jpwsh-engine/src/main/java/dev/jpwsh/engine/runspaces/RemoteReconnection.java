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

    /**
     * Disconnect(), or DisconnectAsync() when {@code thread} names a thread to disconnect on: checks the runspace can
     * at once, then disconnects.
     */
    static void disconnect(RemoteSession remote, StateMachine<RunspaceState> states, String thread) {
        change(remote, states, RunspaceState.Disconnecting, RunspaceState.Disconnected, thread);
    }

    /** Connect(), or ConnectAsync() when {@code thread} names a thread to reconnect on; as {@link #disconnect}. */
    static void connect(RemoteSession remote, StateMachine<RunspaceState> states, String thread) {
        change(remote, states, RunspaceState.Connecting, RunspaceState.Opened, thread);
    }

    private static void change(RemoteSession remote, StateMachine<RunspaceState> states, RunspaceState step,
            RunspaceState done, String thread) {
        begin(remote, states, step);
        Runnable action = step == RunspaceState.Connecting ? remote::connect : remote::disconnect;
        if (thread == null) {
            finish(states, step, done, action);
        } else {
            EngineThreads.virtual(thread).start(() -> finish(states, step, done, action));
        }
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
