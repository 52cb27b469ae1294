package dev.jpwsh.remoting.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.remoting.wire.Message;
import dev.jpwsh.remoting.wire.MessageType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server session driven with the messages of MS-PSRP's worked examples as a pwsh client writes them (type names,
 * TNRef, enums as objects with their text), in memory: SESSION_CAPABILITY (2.2.2.1), INIT_RUNSPACEPOOL (2.2.2.2),
 * CREATE_PIPELINE (2.2.2.10, a script's command as the example lays it out), CONNECT_RUNSPACEPOOL in its default
 * form (2.2.2.29); and what the server answers in the examples' layout: PIPELINE_OUTPUT (2.2.2.18), ERROR_RECORD
 * (2.2.2.20), PIPELINE_STATE (2.2.2.21).
 */
class SpecSessionTest {
    private static String compact(Message m) {
        return m.xml().replaceAll(">\\s+<", "><").strip();
    }

    private static List<String> of(List<Message> messages, MessageType type) {
        return messages.stream().filter(m -> m.type() == type).map(SpecSessionTest::compact).toList();
    }

    @Test
    void theExamplesOpenThePoolAndRunAPipelineWhoseOutputAndStateHaveTheExamplesLayout() throws Exception {
        try (SessionClient client = new SessionClient()) {
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
        try (SessionClient client = new SessionClient()) {
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
            try (SessionClient client = new SessionClient()) {
                client.send(MessageType.SESSION_CAPABILITY, Message.NO_PIPELINE, SessionClient.CAPABILITY);
                client.send(MessageType.CONNECT_RUNSPACEPOOL, Message.NO_PIPELINE, form);
                assertThat(compact(client.until(MessageType.RUNSPACEPOOL_STATE).getLast()))
                        .startsWith("<Obj RefId=\"0\"><MS><I32 N=\"RunspaceState\">5</I32>");
            }
        }
    }
}
