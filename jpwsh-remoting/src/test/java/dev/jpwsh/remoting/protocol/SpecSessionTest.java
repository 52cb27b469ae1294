package dev.jpwsh.remoting.protocol;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

/**
 * A server session driven with the messages of MS-PSRP's worked examples as a pwsh client writes them (type names,
 * TNRef, enums as objects with their text), in memory: SESSION_CAPABILITY (2.2.2.1), INIT_RUNSPACEPOOL (2.2.2.2),
 * CREATE_PIPELINE (2.2.2.10, a script's command as the example lays it out), CONNECT_RUNSPACEPOOL in its default
 * form (2.2.2.29); and what the server answers in the examples' layout: PIPELINE_OUTPUT (2.2.2.18), ERROR_RECORD
 * (2.2.2.20), PIPELINE_STATE (2.2.2.21).
 */
class SpecSessionTest {
    private static final UUID POOL = UUID.fromString("d034652d-126b-e340-b773-cba26459cfa8");
    private static final String CAPABILITY = "<Obj RefId=\"0\"><MS><Version N=\"protocolversion\">2.2</Version>"
            + "<Version N=\"PSVersion\">2.0</Version><Version N=\"SerializationVersion\">1.1.0.1</Version>"
            + "</MS></Obj>";

    /** 2.2.2.10's layout: the command list typed as pwsh's List of PSObject, merge flags as enum objects. */
    private static String createPipeline(String script) {
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

    /** A client end wired to a server session over in-memory pipes. */
    private static final class Client implements AutoCloseable {
        private final Connection connection;
        private final Thread serving;

        Client() throws IOException {
            Connection.Pair pair = Connection.inMemory();
            serving = EngineThreads.virtual("spec session").start(() -> new ServerSession(pair.server(), null).serve());
            connection = pair.client();
        }

        void send(MessageType type, UUID pipeline, String xml) throws IOException {
            connection.send(Message.of(Destination.SERVER, type, POOL, pipeline, xml), pipeline);
        }

        /** {@return the messages received until one of {@code type}, that one included} */
        List<Message> until(MessageType type) throws IOException {
            List<Message> got = new ArrayList<>();
            Packet packet;
            while ((packet = connection.read()) != null) {
                if (packet.kind() == Packet.Kind.Data) {
                    for (Message m : connection.messages(packet)) {
                        got.add(m);
                        if (m.type() == type) {
                            return got;
                        }
                    }
                }
            }
            throw new IOException("The session ended before " + type + "; got " + got);
        }

        List<Message> open() throws IOException {
            send(MessageType.SESSION_CAPABILITY, Message.NO_PIPELINE, CAPABILITY);
            send(MessageType.INIT_RUNSPACEPOOL, Message.NO_PIPELINE, SpecExamplesTest.INIT_RUNSPACEPOOL);
            return until(MessageType.RUNSPACEPOOL_STATE);
        }

        List<Message> run(String script) throws IOException {
            UUID pipeline = UUID.randomUUID();
            connection.send(Packet.control(Packet.Kind.Command, pipeline));
            send(MessageType.CREATE_PIPELINE, pipeline, createPipeline(script));
            return until(MessageType.PIPELINE_STATE);
        }

        @Override
        public void close() throws InterruptedException {
            connection.close();
            serving.join(10_000);
        }
    }

    private static String compact(Message m) {
        return m.xml().replaceAll(">\\s+<", "><").strip();
    }

    private static List<String> of(List<Message> messages, MessageType type) {
        return messages.stream().filter(m -> m.type() == type).map(SpecSessionTest::compact).toList();
    }

    @Test
    void theExamplesOpenThePoolAndRunAPipelineWhoseOutputAndStateHaveTheExamplesLayout() throws Exception {
        try (Client client = new Client()) {
            List<Message> opening = client.open();
            assertThat(of(opening, MessageType.SESSION_CAPABILITY)).singleElement().asString()
                    .contains("<Version N=\"protocolversion\">2.3</Version>");
            assertThat(of(opening, MessageType.RUNSPACEPOOL_STATE)).containsExactly(
                    "<Obj RefId=\"0\"><MS><I32 N=\"RunspaceState\">2</I32></MS></Obj>");
            List<Message> run = client.run("'Hello World!'; 6 * 7");
            assertThat(of(run, MessageType.PIPELINE_OUTPUT)).containsExactly("<S>Hello World!</S>", "<I32>42</I32>");
            assertThat(run.getLast().pipelineId()).isEqualTo(run.getFirst().pipelineId());
            assertThat(of(run, MessageType.PIPELINE_STATE)).containsExactly(
                    "<Obj RefId=\"0\"><MS><I32 N=\"PipelineState\">4</I32></MS></Obj>");
        }
    }

    @Test
    void anErrorRecordHasTheExamplesNotes() throws Exception {
        try (Client client = new Client()) {
            client.open();
            List<String> errors = of(client.run("no-such-command-r17d"), MessageType.ERROR_RECORD);
            assertThat(errors).singleElement().asString()
                    .startsWith("<Obj RefId=\"0\"><TN RefId=\"0\"><T>System.Management.Automation.ErrorRecord</T>"
                            + "<T>System.Object</T></TN><ToString>The term 'no-such-command-r17d' is not recognized")
                    .contains("<Obj N=\"Exception\" RefId=\"1\"><TN RefId=\"1\">"
                            + "<T>System.Management.Automation.CommandNotFoundException</T>"
                            + "<T>System.Management.Automation.RuntimeException</T><T>System.SystemException</T>"
                            + "<T>System.Exception</T><T>System.Object</T></TN>")
                    .contains("<S N=\"TargetObject\">no-such-command-r17d</S>")
                    .contains("<S N=\"FullyQualifiedErrorId\">CommandNotFoundException</S>")
                    .contains("<I32 N=\"ErrorCategory_Category\">13</I32>")
                    .contains("<S N=\"ErrorCategory_Reason\">CommandNotFoundException</S>")
                    .contains("<S N=\"ErrorCategory_TargetName\">no-such-command-r17d</S>")
                    .contains("<S N=\"ErrorCategory_TargetType\">String</S>")
                    .contains("<B N=\"SerializeExtendedInfo\">false</B>");
        }
    }

    /**
     * 2.2.2.29: the default form (an unnamed string among the members, which pwsh's own CLIXML reader refuses as a
     * member without a name) and the form pwsh's client sends without sizes (an empty string) are both taken: the
     * server does not read the sizes, so a pool it does not keep is answered Broken (5), not with a closed connection.
     */
    @Test
    void connectRunspacePoolInItsDefaultFormsIsAnswered() throws Exception {
        for (String form : List.of("<Obj RefId=\"0\"><MS><S></S></MS></Obj>", "<S></S>")) {
            try (Client client = new Client()) {
                client.send(MessageType.SESSION_CAPABILITY, Message.NO_PIPELINE, CAPABILITY);
                client.send(MessageType.CONNECT_RUNSPACEPOOL, Message.NO_PIPELINE, form);
                assertThat(compact(client.until(MessageType.RUNSPACEPOOL_STATE).getLast()))
                        .startsWith("<Obj RefId=\"0\"><MS><I32 N=\"RunspaceState\">5</I32>");
            }
        }
    }
}
