package dev.jpwsh.remoting.protocol;

import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.remoting.server.ServerSession;
import dev.jpwsh.remoting.wire.Destination;
import dev.jpwsh.remoting.wire.Message;
import dev.jpwsh.remoting.wire.MessageType;
import dev.jpwsh.remoting.wire.Packet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A client end, driven by hand, wired to a server over in-memory pipes, that writes the messages of MS-PSRP's worked
 * examples as a pwsh client writes them (type names, TNRef, enums as objects with their text) and reads only when
 * asked to.
 */
final class SessionClient implements AutoCloseable {
    static final UUID POOL = UUID.fromString("d034652d-126b-e340-b773-cba26459cfa8");
    static final String CAPABILITY = "<Obj RefId=\"0\"><MS><Version N=\"protocolversion\">2.2</Version>"
            + "<Version N=\"PSVersion\">2.0</Version><Version N=\"SerializationVersion\">1.1.0.1</Version>"
            + "</MS></Obj>";

    private final Connection connection;
    private final Connection server;
    private final Thread serving;

    /** A client of a {@link ServerSession} of a child's standard streams (not reconnectable). */
    SessionClient() throws IOException {
        this(server -> new ServerSession(server, null).serve());
    }

    /** A client of the server {@code serve} runs on the server's end of the pipes. */
    SessionClient(Consumer<Connection> serve) throws IOException {
        Connection.Pair pair = Connection.inMemory();
        server = pair.server();
        serving = EngineThreads.virtual("in-memory session").start(() -> serve.accept(server));
        connection = pair.client();
    }

    /** {@return the server's end of the connection} */
    Connection server() {
        return server;
    }

    /** 2.2.2.10's layout: the command list typed as pwsh's List of PSObject, merge flags as enum objects. */
    static String createPipeline(String script) {
        String merge = "<TNRef RefId=\"1\" /><ToString>None</ToString><I32>0</I32></Obj>";
        return "<Obj RefId=\"0\"><MS><Obj N=\"PowerShell\" RefId=\"1\"><MS><Obj N=\"Cmds\" RefId=\"2\">"
                + "<TN RefId=\"0\"><T>System.Collections.Generic.List`1[[System.Management.Automation.PSObject, "
                + "System.Management.Automation, Version=1.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]"
                + "</T><T>System.Object</T></TN><LST><Obj RefId=\"3\"><MS><S N=\"Cmd\">" + script + "</S>"
                + "<B N=\"IsScript\">true</B><Nil N=\"UseLocalScope\" /><Obj N=\"MergeMyResult\" RefId=\"4\">"
                + "<TN RefId=\"1\"><T>System.Management.Automation.Runspaces.PipelineResultTypes</T>"
                + "<T>System.Enum</T><T>System.ValueType</T><T>System.Object</T></TN><ToString>None</ToString>"
                + "<I32>0</I32></Obj><Obj N=\"MergeToResult\" RefId=\"5\">" + merge
                + "<Obj N=\"MergePreviousResults\" RefId=\"6\">" + merge + "<Obj N=\"Args\" RefId=\"7\">"
                + "<TNRef RefId=\"0\" /><LST /></Obj></MS></Obj></LST></Obj><B N=\"IsNested\">false</B>"
                + "<Nil N=\"History\" /><B N=\"RedirectShellErrorOutputPipe\">true</B></MS></Obj>"
                + "<B N=\"NoInput\">true</B><Obj N=\"ApartmentState\" RefId=\"8\"><TN RefId=\"2\">"
                + "<T>System.Threading.ApartmentState</T><T>System.Enum</T><T>System.ValueType</T>"
                + "<T>System.Object</T></TN><ToString>Unknown</ToString><I32>2</I32></Obj>"
                + "<Obj N=\"RemoteStreamOptions\" RefId=\"9\"><TN RefId=\"3\">"
                + "<T>System.Management.Automation.RemoteStreamOptions</T><T>System.Enum</T><T>System.ValueType</T>"
                + "<T>System.Object</T></TN><ToString>0</ToString><I32>0</I32></Obj><B N=\"AddToHistory\">true</B>"
                + "<Obj N=\"HostInfo\" RefId=\"10\"><MS><B N=\"_isHostNull\">true</B><B N=\"_isHostUINull\">true</B>"
                + "<B N=\"_isHostRawUINull\">true</B><B N=\"_useRunspaceHost\">true</B></MS></Obj>"
                + "<B N=\"IsNested\">false</B></MS></Obj>";
    }

    void send(MessageType type, UUID pipeline, String xml) throws IOException {
        connection.send(Message.of(Destination.SERVER, type, POOL, pipeline, xml), pipeline);
    }

    /** {@return the messages received until one of {@code type}, that one included} */
    List<Message> until(MessageType type) throws IOException {
        List<Message> got = new ArrayList<>();
        until(type, got::add);
        return got;
    }

    /** Hands each message received to {@code each} until one of {@code type}, that one included. */
    void until(MessageType type, Consumer<Message> each) throws IOException {
        Packet packet;
        while ((packet = connection.read()) != null) {
            if (packet.kind() == Packet.Kind.Data) {
                for (Message m : connection.messages(packet)) {
                    each.accept(m);
                    if (m.type() == type) {
                        return;
                    }
                }
            }
        }
        throw new IOException("The session ended before " + type + ".");
    }

    List<Message> open() throws IOException {
        send(MessageType.SESSION_CAPABILITY, Message.NO_PIPELINE, CAPABILITY);
        send(MessageType.INIT_RUNSPACEPOOL, Message.NO_PIPELINE, SpecExamplesTest.INIT_RUNSPACEPOOL);
        return until(MessageType.RUNSPACEPOOL_STATE);
    }

    List<Message> run(String script) throws IOException {
        start(script);
        return until(MessageType.PIPELINE_STATE);
    }

    /** Starts {@code script} as a pipeline and reads nothing. */
    void start(String script) throws IOException {
        UUID pipeline = UUID.randomUUID();
        connection.send(Packet.control(Packet.Kind.Command, pipeline));
        send(MessageType.CREATE_PIPELINE, pipeline, createPipeline(script));
    }

    @Override
    public void close() throws InterruptedException {
        connection.close();
        serving.join(10_000);
    }
}
