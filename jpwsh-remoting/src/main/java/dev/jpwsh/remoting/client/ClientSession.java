package dev.jpwsh.remoting.client;

import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.engine.exec.InformationalRecord;
import dev.jpwsh.engine.runspaces.RemoteInvocation;
import dev.jpwsh.engine.runspaces.RemoteSession;
import dev.jpwsh.engine.runspaces.RunspaceConnectionInfo;
import dev.jpwsh.remoting.protocol.Clixml;
import dev.jpwsh.remoting.protocol.Connection;
import dev.jpwsh.remoting.protocol.MessageData;
import dev.jpwsh.remoting.protocol.RemoteHostCalls;
import dev.jpwsh.remoting.protocol.RemoteRecords;
import dev.jpwsh.remoting.wire.Destination;
import dev.jpwsh.remoting.wire.Message;
import dev.jpwsh.remoting.wire.MessageType;
import dev.jpwsh.remoting.wire.Packet;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The client end of one remote runspace's connection: opens the server's pool of one runspace, runs invocations as
 * pipelines there, and reports a lost connection. A reading thread hands each pipeline's messages to the
 * invocation waiting for them through a bounded queue, so a caller that consumes slowly slows the reader and, through
 * the socket, the server.
 *
 * <p>States: New --open--> Opening --RUNSPACEPOOL_STATE Opened--> Opened --close--> Closed; Opening --Broken state,
 * timeout, no server--> Failed; Opened --end of stream--> Broken (the runspace is told); Opened --disconnect-->
 * Disconnected (the server keeps the pool) --connect, RUNSPACEPOOL_INIT_DATA--> Opened on a new connection, each
 * connection read by a thread of its own. {@code closing}, {@code broken}, {@code connection} and {@code detached}
 * are volatile, written by the runspace's thread and the reading threads; {@code pipelines} is a concurrent map
 * shared by the invoking threads and the reading threads.
 */
final class ClientSession implements RemoteSession {
    /** What ends a pipeline's wait: a message, or the loss of the connection. */
    private record Event(Message message, RuntimeException lost) {
    }

    private static final int QUEUE = 1024;

    private final RunspaceConnectionInfo info;
    private final Transport transport;
    private final UUID poolId = UUID.randomUUID();
    private final Map<UUID, BlockingQueue<Event>> pipelines = new ConcurrentHashMap<>();
    private final BlockingQueue<Event> session = new ArrayBlockingQueue<>(QUEUE);
    private volatile Connection connection;
    /** Completed when the server acknowledges a disconnection: it queues output from then on. */
    private volatile CompletableFuture<Void> disconnectAck = new CompletableFuture<>();
    /** The connection {@link #disconnect()} closed, whose end its reading thread ignores. */
    private volatile Connection detached;
    private volatile boolean closing;
    /** Set once the server's pool is open: a pool state after that (the server closed it) ends the connection. */
    private volatile boolean opened;
    private volatile RuntimeException broken;
    private Consumer<RuntimeException> onBroken;

    /** A session to the server {@code transport} reaches; {@code info} gives the computer name and OpenTimeout. */
    ClientSession(RunspaceConnectionInfo info, Transport transport) {
        this.info = info;
        this.transport = transport;
    }

    @Override
    public void open(Consumer<RuntimeException> brokenListener) {
        this.onBroken = brokenListener;
        handshake(MessageType.INIT_RUNSPACEPOOL, MessageData.initRunspacePool(1, 1));
    }

    /** {@return whether the transport can reconnect: a process pipe can, a child's standard streams cannot} */
    @Override
    public boolean canDisconnect() {
        return transport.reconnectable();
    }

    /**
     * Tells the server to keep the session (a Signal packet for the session; the server queues output from then on
     * and acknowledges), then closes the connection without closing the server's pool: the server keeps the pool and
     * its running commands for a later {@link #connect()}; invocations waiting here go on waiting.
     */
    @Override
    public void disconnect() {
        Connection old = connection;
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        disconnectAck = acknowledged;
        try {
            old.send(Packet.control(Packet.Kind.Signal, Message.NO_PIPELINE));
            acknowledged.get(info.getOpenTimeout(), TimeUnit.MILLISECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            // the server is gone or slow: the connection is dropped all the same, and Connect will say which
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        opened = false;
        detached = old;
        old.close();
    }

    /** Reconnects to the server's pool (CONNECT_RUNSPACEPOOL); the waiting invocations get their queued output. */
    @Override
    public void connect() {
        try {
            handshake(MessageType.CONNECT_RUNSPACEPOOL, null);
        } catch (RuntimeException failure) {
            abandon(failure);
            throw failure;
        }
    }

    /**
     * Connects, exchanges capabilities and sends {@code request}, then waits until the server says the pool is open
     * (RUNSPACEPOOL_STATE Opened, or RUNSPACEPOOL_INIT_DATA for a reconnection) or why not.
     */
    private void handshake(MessageType request, Object data) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(1, info.getOpenTimeout()));
        session.clear();
        Connection opening = transport.connect(deadline);
        connection = opening;
        EngineThreads.virtual("remoting client reader").start(() -> readLoop(opening));
        send(MessageType.SESSION_CAPABILITY, Message.NO_PIPELINE, MessageData.capability());
        send(request, Message.NO_PIPELINE, data);
        while (true) {
            Event event = poll(session, deadline);
            if (event == null) {
                opening.close();
                throw transport.timedOut();
            }
            if (event.lost() != null) {
                throw event.lost();
            }
            Message m = event.message();
            if (m.type() == MessageType.RUNSPACEPOOL_INIT_DATA && request == MessageType.CONNECT_RUNSPACEPOOL) {
                opened = true;
                return;
            }
            if (m.type() == MessageType.RUNSPACEPOOL_STATE) {
                Object state = Clixml.deserialize(m.xml());
                if (MessageData.number(state, "RunspaceState", -1) == 2) {
                    opened = true;
                    return;
                }
                opening.close();
                Object reason = MessageData.property(state, "ExceptionAsErrorRecord");
                throw reason == null ? ClientErrors.transport("RemoteRunspaceOpenFailed",
                        "The remote runspace pool could not be opened.") : failure(reason);
            }
        }
    }

    private static Event poll(BlockingQueue<Event> queue, long deadline) {
        try {
            return queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void close() {
        if (closing || connection == null) {
            return;
        }
        closing = true;
        try {
            connection.send(Packet.control(Packet.Kind.Close, Message.NO_PIPELINE));
        } catch (IOException ignored) {
            // the server is gone already: there is nothing left to close there
        }
        connection.close();
    }

    @Override
    public void invoke(RemoteInvocation invocation) {
        if (broken != null) {
            throw broken;
        }
        UUID id = UUID.randomUUID();
        BlockingQueue<Event> events = new ArrayBlockingQueue<>(QUEUE);
        pipelines.put(id, events);
        try {
            connection.send(Packet.control(Packet.Kind.Command, id));
            send(MessageType.CREATE_PIPELINE, id, MessageData.createPipeline(invocation.commands(),
                    invocation.input() == null, invocation.addToHistory(), invocation.streamOptions()));
            if (invocation.input() != null) {
                EngineThreads.virtual("remoting input " + id).start(() -> sendInput(id, invocation));
            }
            receive(id, events, invocation);
        } catch (IOException e) {
            throw lost();
        } finally {
            pipelines.remove(id);
        }
    }

    private void sendInput(UUID id, RemoteInvocation invocation) {
        try {
            var items = invocation.input();
            while (items.hasNext()) {
                send(MessageType.PIPELINE_INPUT, id, items.next());
            }
            send(MessageType.END_OF_PIPELINE_INPUT, id, null);
        } catch (RuntimeException ended) {
            // the pipeline or the connection ended first: its end is reported by the receiving side
        }
    }

    /** Takes the pipeline's messages until its final state; an interrupt sends a stop signal and goes on waiting. */
    private void receive(UUID id, BlockingQueue<Event> events, RemoteInvocation invocation) throws IOException {
        boolean signalled = false;
        while (true) {
            Event event;
            try {
                event = events.take();
            } catch (InterruptedException stop) {
                if (!signalled) {
                    signalled = true;
                    connection.send(Packet.control(Packet.Kind.Signal, id));
                }
                continue;
            }
            if (event.lost() != null) {
                throw event.lost();
            }
            Message m = event.message();
            Object data = m.data().length == 0 ? null : Clixml.deserialize(m.xml());
            var streams = invocation.streams();
            switch (m.type()) {
                case PIPELINE_OUTPUT -> invocation.output(RemoteRecords.decorated(data, info.getComputerName(),
                        invocation.runspaceId()));
                case ERROR_RECORD -> invocation.error(RemoteRecords.errorRecord(data));
                case WARNING_RECORD -> streams.getWarning().Add(new InformationalRecord.WarningRecord(
                        RemoteRecords.informationalMessage(data)));
                case VERBOSE_RECORD -> streams.getVerbose().Add(new InformationalRecord.VerboseRecord(
                        RemoteRecords.informationalMessage(data)));
                case DEBUG_RECORD -> streams.getDebug().Add(new InformationalRecord.DebugRecord(
                        RemoteRecords.informationalMessage(data)));
                case INFORMATION_RECORD -> streams.getInformation().Add(RemoteRecords.informationRecord(data));
                case PROGRESS_RECORD -> streams.getProgress().Add(RemoteRecords.progressRecord(data));
                case PIPELINE_STATE -> {
                    connection.send(Packet.control(Packet.Kind.Close, id));
                    long state = MessageData.number(data, "PipelineState", -1);
                    Object reason = MessageData.property(data, "ExceptionAsErrorRecord");
                    if (state == 5 || state == 3 && reason != null && !signalled) {
                        throw failure(reason);
                    }
                    if (state == 3 && signalled) {
                        Thread.currentThread().interrupt();
                    }
                    return;
                }
                case PIPELINE_HOST_CALL -> {
                    Object response = RemoteHostCalls.execute(data, invocation.host());
                    if (response != null) {
                        send(MessageType.PIPELINE_HOST_RESPONSE, id, response);
                    }
                }
                default -> {
                    // pool host calls and the rest: nothing waits for them here
                }
            }
        }
    }

    /**
     * The reading thread of connection {@code from}: routes each message to the open or to its pipeline until the
     * stream ends; the end of a connection this client disconnected is no loss.
     */
    private void readLoop(Connection from) {
        try {
            Packet packet;
            boolean reading = true;
            while (reading && (packet = from.read()) != null) {
                if (packet.kind() == Packet.Kind.SignalAck && packet.psGuid().equals(Message.NO_PIPELINE)) {
                    disconnectAck.complete(null);
                } else if (packet.kind() == Packet.Kind.Data) {
                    for (Message m : from.messages(packet)) {
                        reading &= route(m);
                    }
                }
            }
        } catch (IOException | RuntimeException | InterruptedException e) {
            // the stream broke or the server broke the protocol: the connection is lost either way
        }
        from.close();
        if (from == detached) {
            return;
        }
        abandon(lost());
        if (!closing && onBroken != null) {
            onBroken.accept(broken);
        }
    }

    /** The connection is lost for good: whoever waits (the open, each invocation) gets {@code reason}. */
    private void abandon(RuntimeException reason) {
        broken = reason;
        Event lostEvent = new Event(null, reason);
        session.offer(lostEvent);
        pipelines.values().forEach(q -> {
            q.clear();
            q.offer(lostEvent);
        });
    }

    /** Hands {@code m} to whoever waits for it; false when it ends the connection (the server closed the pool). */
    private boolean route(Message m) throws InterruptedException {
        if (m.pipelineId().equals(Message.NO_PIPELINE)) {
            if (opened && m.type() == MessageType.RUNSPACEPOOL_STATE) {
                return false;
            }
            // only the open waits for session messages: later ones are dropped once the queue is full
            session.offer(new Event(m, null));
            return true;
        }
        BlockingQueue<Event> target = pipelines.get(m.pipelineId());
        if (target != null) {
            target.put(new Event(m, null));
        }
        return true;
    }

    private void send(MessageType type, UUID pipelineId, Object data) {
        try {
            connection.send(Message.of(Destination.SERVER, type, poolId, pipelineId,
                    Clixml.serialize(data)), pipelineId);
        } catch (IOException e) {
            throw lost();
        }
    }

    private RuntimeException lost() {
        return transport.lost();
    }

    /** The terminating error a pipeline or the pool ended with, as the client throws it. */
    private static RuntimeException failure(Object reason) {
        var record = RemoteRecords.errorRecord(reason);
        return new dev.jpwsh.engine.exec.PSException(record);
    }
}
