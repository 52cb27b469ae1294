package dev.jpwsh.remoting.server;

import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.engine.runspaces.RunspacePool;
import dev.jpwsh.engine.runspaces.RunspaceState;
import dev.jpwsh.remoting.protocol.Clixml;
import dev.jpwsh.remoting.protocol.Connection;
import dev.jpwsh.remoting.protocol.MessageData;
import dev.jpwsh.remoting.protocol.RemoteRecords;
import dev.jpwsh.remoting.wire.Destination;
import dev.jpwsh.remoting.wire.Message;
import dev.jpwsh.remoting.wire.MessageType;
import dev.jpwsh.remoting.wire.Packet;
import dev.jpwsh.remoting.wire.WireException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Serves one PSRP connection until the client closes it or it breaks: answers the client's SESSION_CAPABILITY with
 * the server's, opens a local runspace pool as INIT_RUNSPACEPOOL asks (then APPLICATION_PRIVATE_DATA and
 * RUNSPACEPOOL_STATE Opened), runs each CREATE_PIPELINE as a {@link ServerPipeline} on a thread of its own, and
 * answers SET_MAX_RUNSPACES, SET_MIN_RUNSPACES and GET_AVAILABLE_RUNSPACES with RUNSPACE_AVAILABILITY. Packets get
 * their acknowledgements as pwsh's out-of-process server sends them (DataAck, CommandAck, SignalAck, CloseAck).
 *
 * <p>States: Negotiating --client capability--> Negotiated --INIT_RUNSPACEPOOL--> Opened --Close packet for the
 * session--> Closed; Opened --a Signal packet for the session (jpwsh's Disconnect: output is queued from here, then
 * SignalAck), end of stream without a Close--> Disconnected (kept by {@link RetainedSessions}, output
 * queued in its {@link SessionOutbox}) --CONNECT_RUNSPACEPOOL on a new connection--> Opened there, or --kept too
 * long--> Closed; any other state --end of stream, malformed input, write failure--> Closed. Only the reading thread
 * moves between them; a malformed packet or message closes this connection alone.
 *
 * <p>Thread safety: {@code pool}, {@code pipelines} and {@code outbox} are written by the reading thread before any
 * pipeline starts (or, on reconnecting, taken from the kept session, which no thread reads any more);
 * {@code pipelines} is a concurrent map shared with the pipelines' threads, which remove themselves when they end.
 */
public final class ServerSession {
    private final Connection connection;
    private Map<UUID, ServerPipeline> pipelines = new ConcurrentHashMap<>();
    /** The host of the pool this session opens; its calls go to the running pipeline. */
    private final ServerHost host = new ServerHost(() -> pipelines.values());
    private SessionOutbox outbox;
    private final Future<RunspacePool> prepared;
    /** Whether a client that goes away without closing the pool may come back for it. */
    private final boolean reconnectable;
    private UUID poolId = Message.NO_PIPELINE;
    private RunspacePool pool;
    private boolean negotiated;
    /** Set by the reading thread when the first packet comes; read by the thread that may warm a spare up. */
    private volatile boolean contacted;

    /**
     * A session its client may disconnect from and reconnect to (a process pipe's).
     *
     * @param connection the connection to serve; closed when the session ends
     */
    public ServerSession(Connection connection) {
        this(connection, null, true);
    }

    /**
     * A session that ends with its connection (a child's standard streams: the child ends with its parent).
     *
     * @param connection the connection to serve; closed when the session ends
     * @param prepared a pool being opened ahead of INIT_RUNSPACEPOOL, which then takes it (with its sizes set as
     *     asked) instead of opening one
     */
    public ServerSession(Connection connection, Future<RunspacePool> prepared) {
        this(connection, prepared, false);
    }

    private ServerSession(Connection connection, Future<RunspacePool> prepared, boolean reconnectable) {
        this.connection = connection;
        this.prepared = prepared;
        this.reconnectable = reconnectable;
        this.outbox = new SessionOutbox(connection);
    }

    /**
     * Serves the connection on the calling thread until it ends, then closes the pool and the connection; a client
     * that went away without closing its open pool (a Disconnect) leaves the session kept for it
     * ({@link RetainedSessions}), its commands running and their output queued.
     */
    public void serve() {
        boolean disconnected = false;
        try {
            Packet packet;
            while ((packet = connection.read()) != null) {
                contacted = true;
                if (!handle(packet)) {
                    break;
                }
            }
            disconnected = packet == null;
        } catch (IOException gone) {
            disconnected = true;
        } catch (RuntimeException malformed) {
            // the client broke the protocol (a malformed packet or message, data the server cannot act on): only
            // this connection ends
        }
        if (disconnected && reconnectable && pool != null && RetainedSessions.keep(poolId, this)) {
            connection.close();
            outbox.detach();
            return;
        }
        end();
    }

    /** {@return whether the client has sent anything yet} */
    boolean contacted() {
        return contacted;
    }

    /** {@return the host of the pool this session opens, whose calls go to the client} */
    Host host() {
        return host;
    }

    /** Ends the session: stops its commands, closes its pool, its outbox and its connection. */
    void end() {
        pipelines.values().forEach(ServerPipeline::stop);
        if (pool != null) {
            pool.close();
        }
        outbox.close();
        connection.close();
    }

    /**
     * CONNECT_RUNSPACEPOOL: takes over the disconnected session of pool {@code id} (its pool, commands and queued
     * output) and answers RUNSPACEPOOL_INIT_DATA; a pool not kept here is RUNSPACEPOOL_STATE Broken.
     */
    private void reconnect(UUID id) throws IOException {
        ServerSession kept = pool == null ? RetainedSessions.take(id) : null;
        if (kept == null) {
            send(MessageType.RUNSPACEPOOL_STATE, Message.NO_PIPELINE, MessageData.state("RunspaceState",
                    RunspaceState.Broken.ordinal(), RemoteRecords.reason(new WireException("No disconnected "
                    + "session has the runspace pool " + id + "."), "RemoteRunspacePoolConnectFailed")));
            return;
        }
        kept.connection.close();
        pool = kept.pool;
        pipelines = kept.pipelines;
        poolId = id;
        outbox = kept.outbox;
        send(MessageType.RUNSPACEPOOL_INIT_DATA, Message.NO_PIPELINE, MessageData.initData(pool.getMinRunspaces(),
                pool.getMaxRunspaces()));
        outbox.attach(connection);
    }

    /** {@return false when the session is over} */
    private boolean handle(Packet packet) throws IOException {
        UUID id = packet.psGuid();
        switch (packet.kind()) {
            case Data -> {
                for (Message m : connection.messages(packet)) {
                    handle(m);
                }
                connection.send(Packet.control(Packet.Kind.DataAck, id));
            }
            case Command -> connection.send(Packet.control(Packet.Kind.CommandAck, id));
            case Signal -> {
                ServerPipeline pipeline = pipelines.get(id);
                if (pipeline != null) {
                    pipeline.stop();
                } else if (id.equals(Message.NO_PIPELINE) && reconnectable && pool != null) {
                    outbox.detach();
                }
                connection.send(Packet.control(Packet.Kind.SignalAck, id));
            }
            case Close -> {
                connection.send(Packet.control(Packet.Kind.CloseAck, id));
                if (id.equals(Message.NO_PIPELINE)) {
                    return false;
                }
            }
            default -> throw new WireException("Unexpected " + packet.kind() + " packet from a client.");
        }
        return true;
    }

    private void handle(Message m) throws IOException {
        if (m.destination() != Destination.SERVER) {
            throw new WireException("A message for the client was sent to the server: " + m.type() + ".");
        }
        if (!negotiated && m.type() != MessageType.SESSION_CAPABILITY) {
            throw new WireException(m.type() + " came before the session capability exchange.");
        }
        // CONNECT_RUNSPACEPOOL's sizes are not used (the kept pool keeps its own), and its default form in MS-PSRP's
        // example (an unnamed string among the members) is not CLIXML this side's reader accepts
        Object data = m.data().length == 0 || m.type() == MessageType.CONNECT_RUNSPACEPOOL ? null
                : Clixml.deserialize(m.xml());
        switch (m.type()) {
            case SESSION_CAPABILITY -> {
                negotiated = true;
                poolId = m.runspacePoolId();
                send(MessageType.SESSION_CAPABILITY, Message.NO_PIPELINE, MessageData.capability());
            }
            case INIT_RUNSPACEPOOL -> openPool(data);
            case CONNECT_RUNSPACEPOOL -> reconnect(m.runspacePoolId());
            case CREATE_PIPELINE -> startPipeline(m.pipelineId(), data);
            case PIPELINE_INPUT -> withPipeline(m.pipelineId()).input(data);
            case END_OF_PIPELINE_INPUT -> withPipeline(m.pipelineId()).endOfInput();
            case SET_MAX_RUNSPACES -> send(MessageType.RUNSPACE_AVAILABILITY, Message.NO_PIPELINE,
                    MessageData.availability(openedPool().setMaxRunspaces((int) MessageData.number(data,
                            "MaxRunspaces", 0)), MessageData.number(data, "ci", 0)));
            case SET_MIN_RUNSPACES -> send(MessageType.RUNSPACE_AVAILABILITY, Message.NO_PIPELINE,
                    MessageData.availability(openedPool().setMinRunspaces((int) MessageData.number(data,
                            "MinRunspaces", 0)), MessageData.number(data, "ci", 0)));
            case GET_AVAILABLE_RUNSPACES -> send(MessageType.RUNSPACE_AVAILABILITY, Message.NO_PIPELINE,
                    MessageData.availability((long) openedPool().getAvailableRunspaces(),
                            MessageData.number(data, "ci", 0)));
            case PIPELINE_HOST_RESPONSE -> host.respond(data);
            default -> {
                // pool host responses, keys and user events: this server makes no pool host calls and does not
                // encrypt
            }
        }
    }

    private void openPool(Object data) throws IOException {
        if (pool != null) {
            throw new WireException("INIT_RUNSPACEPOOL came twice.");
        }
        int min = (int) MessageData.number(data, "MinRunspaces", 1);
        int max = (int) MessageData.number(data, "MaxRunspaces", 1);
        Object reason = null;
        try {
            pool = prepared == null ? null : preparedPool();
            if (pool == null) {
                pool = RunspaceFactory.createRunspacePool(min, max, host);
                pool.open();
            } else {
                pool.setMaxRunspaces(Math.max(max, 1));
                pool.setMinRunspaces(Math.max(min, 1));
            }
        } catch (RuntimeException failure) {
            reason = RemoteRecords.reason(failure, "RemoteRunspacePoolOpenFailed");
        }
        if (reason == null) {
            send(MessageType.APPLICATION_PRIVATE_DATA, Message.NO_PIPELINE, MessageData.applicationPrivateData());
        }
        send(MessageType.RUNSPACEPOOL_STATE, Message.NO_PIPELINE, MessageData.state("RunspaceState",
                (reason == null ? RunspaceState.Opened : RunspaceState.Broken).ordinal(), reason));
    }

    /** The prepared pool once open, or null when opening it failed (a pool is then opened as asked). */
    private RunspacePool preparedPool() {
        try {
            return prepared.get();
        } catch (ExecutionException failed) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private RunspacePool openedPool() {
        if (pool == null) {
            throw new WireException("A runspace pool message came before INIT_RUNSPACEPOOL.");
        }
        return pool;
    }

    private void startPipeline(UUID id, Object data) {
        ServerPipeline pipeline = new ServerPipeline(id, data, openedPool(), (type, payload) -> {
            try {
                send(type, id, payload);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (pipelines.putIfAbsent(id, pipeline) != null) {
            throw new WireException("Pipeline " + id + " was created twice.");
        }
        EngineThreads.virtual("remoting pipeline " + id).start(() -> pipeline.run(pipelines::remove));
    }

    private ServerPipeline withPipeline(UUID id) {
        ServerPipeline pipeline = pipelines.get(id);
        if (pipeline == null) {
            throw new WireException("No pipeline " + id + ".");
        }
        return pipeline;
    }

    private void send(MessageType type, UUID pipelineId, Object data) throws IOException {
        Message message = Message.of(Destination.CLIENT, type, poolId, pipelineId, Clixml.serialize(data));
        if (type == MessageType.RUNSPACEPOOL_INIT_DATA) {
            connection.send(message, pipelineId);
        } else {
            outbox.send(message, pipelineId);
        }
    }
}
