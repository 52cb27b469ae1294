package dev.jpwsh.remoting.server;

import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.engine.runspaces.Command;
import dev.jpwsh.engine.runspaces.Command.CommandParameter;
import dev.jpwsh.remoting.protocol.Clixml;
import dev.jpwsh.remoting.protocol.Connection;
import dev.jpwsh.remoting.protocol.MessageData;
import dev.jpwsh.remoting.wire.Destination;
import dev.jpwsh.remoting.wire.Message;
import dev.jpwsh.remoting.wire.MessageType;
import dev.jpwsh.remoting.wire.Packet;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A trial session a spare Start-Job child serves itself before its job comes: a client's messages (capability,
 * INIT_RUNSPACEPOOL, a CREATE_PIPELINE of a script shaped like a job's first command, with arguments and output,
 * Close) go to a {@link ServerSession} over in-memory pipes, on a pool of its own. Every class the job's session will
 * need is then loaded and its hot paths have run (packets, fragments, CLIXML both ways, the pipeline, the engine), so
 * the job's handshake and commands run warm. Runs on the calling thread; a failure only means a colder job.
 */
final class SessionWarmUp {
    /** Moves to a directory, sets global variables from a table, and writes objects of the usual kinds. */
    static final String TRIAL = "param($place, $table) if ($place) { Set-Location -LiteralPath $place }; "
            + "foreach ($key in $table.Keys) { Set-Variable -Scope Global -Name ('trial_' + $key) "
            + "-Value $table[$key] }; [pscustomobject]@{ Name = 'trial'; Count = 1 }; "
            + "1..3 | ForEach-Object { $_ * 2 }; Get-Item -LiteralPath $place";

    private SessionWarmUp() {
    }

    /** Serves and drives one trial session to its end. */
    static void run() {
        try {
            Connection.Pair pair = Connection.inMemory();
            Thread serving = EngineThreads.virtual("trial session")
                    .start(() -> new ServerSession(pair.server(), null).serve());
            try (Connection client = pair.client()) {
                drive(client);
            }
            serving.join();
        } catch (IOException | RuntimeException e) {
            // the job's own session will load what the trial could not
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drive(Connection client) throws IOException {
        UUID pool = UUID.randomUUID();
        send(client, pool, MessageType.SESSION_CAPABILITY, Message.NO_PIPELINE, MessageData.capability());
        send(client, pool, MessageType.INIT_RUNSPACEPOOL, Message.NO_PIPELINE, MessageData.initRunspacePool(1, 1));
        awaitMessage(client, MessageType.RUNSPACEPOOL_STATE);
        UUID pipeline = UUID.randomUUID();
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("word", "value");
        table.put("number", 42);
        List<CommandParameter> arguments = List.of(new CommandParameter(null, System.getProperty("java.io.tmpdir")),
                new CommandParameter(null, table));
        client.send(Packet.control(Packet.Kind.Command, pipeline));
        send(client, pool, MessageType.CREATE_PIPELINE, pipeline, MessageData.createPipeline(
                List.of(new Command(TRIAL, true, false, arguments, false)), true, false, 0));
        awaitMessage(client, MessageType.PIPELINE_STATE);
        client.send(Packet.control(Packet.Kind.Close, Message.NO_PIPELINE));
        Packet packet;
        while ((packet = client.read()) != null && packet.kind() != Packet.Kind.CloseAck) {
            if (packet.kind() == Packet.Kind.Data) {
                client.messages(packet);
            }
        }
    }

    private static void send(Connection client, UUID pool, MessageType type, UUID pipeline, Object data)
            throws IOException {
        client.send(Message.of(Destination.SERVER, type, pool, pipeline, Clixml.serialize(data)), pipeline);
    }

    /** Reads (and deserializes, as a client would) until a message of {@code type} has come. */
    private static void awaitMessage(Connection client, MessageType type) throws IOException {
        Packet packet;
        while ((packet = client.read()) != null) {
            if (packet.kind() != Packet.Kind.Data) {
                continue;
            }
            for (Message m : client.messages(packet)) {
                if (m.data().length > 0) {
                    Clixml.deserialize(m.xml());
                }
                if (m.type() == type) {
                    return;
                }
            }
        }
        throw new IOException("The trial session ended before " + type + ".");
    }
}
