package dev.jpwsh.engine.runspaces;

import dev.jpwsh.dotnet.threading.AsyncCallback;
import dev.jpwsh.dotnet.threading.AsyncResult;
import dev.jpwsh.dotnet.threading.EngineThreads;
import java.util.EnumSet;
import java.util.List;

/**
 * A runspace's Disconnect and Connect, for the remote runspaces whose session can reconnect (a process pipe's):
 * Opened --disconnect--> Disconnecting --connection dropped--> Disconnected --connect--> Connecting --server's pool
 * reached--> Opened; a failure on the way is Broken, with its reason. Availability is None from Disconnecting to
 * Connecting. A remote pool does the same, member by member. A local runspace or pool and a transport that cannot
 * reconnect refuse both, with pwsh's errors.
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

    /**
     * A remote pool's Disconnect ({@code connecting} false) or Connect: every member runspace in turn, the pool going
     * Disconnecting, Disconnected, Connecting and Opened as they do; a local pool refuses.
     *
     * @param members the pool's members; null for a local pool
     */
    static void pool(StateMachine<RunspaceState> states, List<Runspace> members, boolean connecting) {
        if (members == null) {
            throw RunspaceErrors.poolDisconnectConnectNotSupported();
        }
        if (members.stream().anyMatch(member -> !member.remote().canDisconnect())) {
            throw RunspaceErrors.disconnectNotSupportedOnServer();
        }
        RunspaceState from = connecting ? RunspaceState.Disconnected : RunspaceState.Opened;
        RunspaceState step = connecting ? RunspaceState.Connecting : RunspaceState.Disconnecting;
        if (!states.transition(EnumSet.of(from), step, null)) {
            throw RunspaceErrors.poolNotInState(from, states.state());
        }
        finish(states, step, connecting ? RunspaceState.Opened : RunspaceState.Disconnected,
                () -> members.forEach(connecting ? Runspace::connect : Runspace::disconnect));
    }

    /** BeginDisconnect or BeginConnect of a remote pool: as {@link #pool}, on a thread of its own. */
    static AsyncResult poolAsync(StateMachine<RunspaceState> states, List<Runspace> members, boolean connecting,
            AsyncCallback callback, Object state) {
        AsyncResult result = new AsyncResult(callback, state);
        EngineThreads.virtual("RunspacePool " + (connecting ? "connect" : "disconnect")).start(() -> {
            try {
                pool(states, members, connecting);
                result.complete(null);
            } catch (RuntimeException failure) {
                result.complete(failure);
            }
        });
        return result;
    }

    /** EndDisconnect or EndConnect: waits for {@code result} and rethrows its failure. */
    static void awaitPool(AsyncResult result) {
        if (result == null) {
            throw RunspaceErrors.argumentNull("asyncResult");
        }
        try {
            if (result.await() instanceof RuntimeException failure) {
                throw failure;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
