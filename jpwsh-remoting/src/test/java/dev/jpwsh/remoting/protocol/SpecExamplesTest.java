package dev.jpwsh.remoting.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.runtime.error.ErrorRecord;
import org.junit.jupiter.api.Test;

/**
 * Test vectors in the shape of MS-PSRP's worked examples (section 2.2.2): the messages a pwsh peer sends are read for
 * the values the spec's examples carry, and the messages written here have the examples' layout. The XML is written
 * here in the examples' structure, compacted, with the examples' values.
 */
class SpecExamplesTest {
    /** 2.2.2.2's example: sizes, then two enums and the host information as objects this side does not interpret. */
    static final String INIT_RUNSPACEPOOL = "<Obj RefId=\"1\"><MS><I32 N=\"MinRunspaces\">1</I32>"
            + "<I32 N=\"MaxRunspaces\">1</I32><Obj N=\"PSThreadOptions\" RefId=\"2\"><TN RefId=\"0\">"
            + "<T>System.Management.Automation.Runspaces.PSThreadOptions</T><T>System.Enum</T>"
            + "<T>System.ValueType</T><T>System.Object</T></TN><ToString>Default</ToString><I32>0</I32></Obj>"
            + "<Obj N=\"ApartmentState\" RefId=\"3\"><TN RefId=\"1\"><T>System.Threading.ApartmentState</T>"
            + "<T>System.Enum</T><T>System.ValueType</T><T>System.Object</T></TN><ToString>Unknown</ToString>"
            + "<I32>2</I32></Obj><Obj N=\"HostInfo\" RefId=\"4\"><MS><B N=\"_isHostNull\">true</B>"
            + "<B N=\"_isHostUINull\">true</B><B N=\"_isHostRawUINull\">true</B>"
            + "<B N=\"_useRunspaceHost\">true</B></MS></Obj><Nil N=\"ApplicationArguments\" /></MS></Obj>";

    private static String compact(Object data) {
        return Clixml.serialize(data).replaceAll(">\\s+<", "><");
    }

    /** 2.2.2.2: sizes, then two enums and the host information as objects this side does not interpret. */
    @Test
    void initRunspacePoolIsReadForItsSizes() {
        Object data = Clixml.deserialize(INIT_RUNSPACEPOOL);
        assertThat(MessageData.number(data, "MinRunspaces", -1)).isEqualTo(1);
        assertThat(MessageData.number(data, "MaxRunspaces", -1)).isEqualTo(1);
        assertThat(MessageData.property(data, "ApplicationArguments")).isNull();
    }

    /** 2.2.2.6 and 2.2.2.7: a size and the call id (a long) the answer must carry. */
    @Test
    void setMaxAndMinRunspacesAreReadForTheSizeAndTheCallId() {
        Object max = Clixml.deserialize("<Obj RefId=\"5\"><MS><I32 N=\"MaxRunspaces\">3</I32><I64 N=\"ci\">1</I64>"
                + "</MS></Obj>");
        Object min = Clixml.deserialize("<Obj RefId=\"6\"><MS><I32 N=\"MinRunspaces\">2</I32><I64 N=\"ci\">2</I64>"
                + "</MS></Obj>");
        assertThat(MessageData.number(max, "MaxRunspaces", -1)).isEqualTo(3);
        assertThat(MessageData.number(max, "ci", -1)).isEqualTo(1);
        assertThat(MessageData.number(min, "MinRunspaces", -1)).isEqualTo(2);
        assertThat(MessageData.number(min, "ci", -1)).isEqualTo(2);
    }

    /** 2.2.2.8: the answer as a Boolean and the call id as a long, without type names. */
    @Test
    void runspaceAvailabilityIsWrittenAsTheExample() {
        assertThat(compact(MessageData.availability(true, 2L))).isEqualTo("<Obj RefId=\"0\"><MS>"
                + "<B N=\"SetMinMaxRunspacesResponse\">true</B><I64 N=\"ci\">2</I64></MS></Obj>");
    }

    /** 2.2.2.9: the state as an Int32, without type names or a reason when there is none. */
    @Test
    void runspacePoolStateIsWrittenAsTheExample() {
        assertThat(compact(MessageData.state("RunspaceState", 2, null))).isEqualTo("<Obj RefId=\"0\"><MS>"
                + "<I32 N=\"RunspaceState\">2</I32></MS></Obj>");
    }

    /**
     * 2.2.2.29 and 2.2.2.30: sizes (the default pool's form, an unnamed empty string among the members, is not read:
     * the server does not deserialize CONNECT_RUNSPACEPOOL, whose sizes it does not use).
     */
    @Test
    void connectRunspacePoolAndItsInitDataCarryTheSizes() {
        Object sized = Clixml.deserialize("<Obj RefId=\"1\"><MS><I32 N=\"MinRunspaces\">1</I32>"
                + "<I32 N=\"MaxRunspaces\">5</I32></MS></Obj>");
        assertThat(MessageData.number(sized, "MaxRunspaces", -1)).isEqualTo(5);
        assertThat(compact(MessageData.initData(1, 1))).isEqualTo("<Obj RefId=\"0\"><MS>"
                + "<I32 N=\"MinRunspaces\">1</I32><I32 N=\"MaxRunspaces\">1</I32></MS></Obj>");
    }

    /** 2.2.2.21: a Stopped pipeline's state with its reason, an error record whose exception is PipelineStopped. */
    @Test
    void pipelineStateIsReadWithItsReason() {
        Object data = Clixml.deserialize("<Obj RefId=\"0\"><MS><I32 N=\"PipelineState\">3</I32>"
                + "<Obj N=\"ExceptionAsErrorRecord\" RefId=\"1\"><TN RefId=\"0\">"
                + "<T>System.Management.Automation.ErrorRecord</T><T>System.Object</T></TN>"
                + "<ToString>The pipeline has been stopped.</ToString><MS><Obj N=\"Exception\" RefId=\"2\">"
                + "<TN RefId=\"1\"><T>System.Management.Automation.PipelineStoppedException</T>"
                + "<T>System.Management.Automation.RuntimeException</T><T>System.SystemException</T>"
                + "<T>System.Exception</T><T>System.Object</T></TN><ToString>The pipeline has been stopped.</ToString>"
                + "<Props><S N=\"Message\">The pipeline has been stopped.</S></Props></Obj>"
                + "<Nil N=\"TargetObject\" /><S N=\"FullyQualifiedErrorId\">PipelineStopped</S>"
                + "<Nil N=\"InvocationInfo\" /><I32 N=\"ErrorCategory_Category\">14</I32>"
                + "<S N=\"ErrorCategory_Activity\"></S><S N=\"ErrorCategory_Reason\">PipelineStoppedException</S>"
                + "<S N=\"ErrorCategory_TargetName\"></S><S N=\"ErrorCategory_TargetType\"></S>"
                + "<S N=\"ErrorCategory_Message\">OperationStopped: (:) [], PipelineStoppedException</S>"
                + "<B N=\"SerializeExtendedInfo\">false</B></MS></Obj></MS></Obj>");
        assertThat(MessageData.number(data, "PipelineState", -1)).isEqualTo(3);
        ErrorRecord reason = RemoteRecords.errorRecord(MessageData.property(data, "ExceptionAsErrorRecord"));
        assertThat(reason.message()).isEqualTo("The pipeline has been stopped.");
        assertThat(reason.getFullyQualifiedErrorId()).isEqualTo("PipelineStopped");
        assertThat(reason.getCategoryInfo()).hasToString("OperationStopped: (:) [], PipelineStoppedException");
    }

    private static final String METHOD_ID = "<Obj N=\"mi\" RefId=\"1\"><TN RefId=\"0\">"
            + "<T>System.Management.Automation.Remoting.RemoteHostMethodId</T><T>System.Enum</T>"
            + "<T>System.ValueType</T><T>System.Object</T></TN><ToString>ReadLine</ToString><I32>11</I32></Obj>";

    /**
     * 2.2.2.27 (RUNSPACEPOOL_HOST_CALL, PIPELINE_HOST_CALL alike): the call id as a long, the method as pwsh's enum
     * object (read by its number), the parameters as an ArrayList; what this side writes has the same members, the
     * method as its number, which pwsh's reader converts to the enum.
     */
    @Test
    void aHostCallIsReadAndWrittenAsTheExample() {
        Object call = Clixml.deserialize("<Obj RefId=\"0\"><MS><I64 N=\"ci\">-100</I64>" + METHOD_ID
                + "<Obj N=\"mp\" RefId=\"2\"><TN RefId=\"1\"><T>System.Collections.ArrayList</T>"
                + "<T>System.Object</T></TN><LST /></Obj></MS></Obj>");
        assertThat(MessageData.number(call, "ci", 0)).isEqualTo(-100);
        assertThat(RemoteHostCalls.method(call)).isEqualTo(RemoteHostCalls.READ_LINE);
        assertThat(RemoteHostCalls.answered(RemoteHostCalls.method(call))).isTrue();
        assertThat(compact(RemoteHostCalls.call(-100, RemoteHostCalls.READ_LINE))).isEqualTo("<Obj RefId=\"0\"><MS>"
                + "<I64 N=\"ci\">-100</I64><I32 N=\"mi\">11</I32><Obj N=\"mp\" RefId=\"1\"><TN RefId=\"0\">"
                + "<T>System.Collections.ArrayList</T><T>System.Object</T></TN><LST /></Obj></MS></Obj>");
        assertThat(compact(RemoteHostCalls.call(7, RemoteHostCalls.WRITE_LINE2, "text"))).contains(
                "<I32 N=\"mi\">16</I32>").contains("<LST><S>text</S></LST>");
        assertThat(RemoteHostCalls.answered(RemoteHostCalls.WRITE_LINE2)).isFalse();
    }

    /** 2.2.2.28 (PIPELINE_HOST_RESPONSE, RUNSPACEPOOL_HOST_RESPONSE alike): the result, call id and method. */
    @Test
    void aHostResponseIsReadForItsResult() {
        Object response = Clixml.deserialize("<Obj RefId=\"0\"><MS><S N=\"mr\">Some string</S>"
                + "<I64 N=\"ci\">-100</I64>" + METHOD_ID + "</MS></Obj>");
        assertThat(RemoteHostCalls.result(response)).isEqualTo("Some string");
        assertThat(RemoteHostCalls.method(response)).isEqualTo(RemoteHostCalls.READ_LINE);
        Object failed = Clixml.deserialize("<Obj RefId=\"0\"><MS><S N=\"mr\">ignored</S><Obj N=\"me\" "
                + "RefId=\"1\"><MS><S N=\"Message\">no</S></MS></Obj><I64 N=\"ci\">-100</I64>" + METHOD_ID
                + "</MS></Obj>");
        assertThat(RemoteHostCalls.result(failed)).isNull();
        assertThat(RemoteHostCalls.value(failed)).isNull();
    }

    /** 2.2.2.18: PIPELINE_OUTPUT's data is the output object serialized alone, without a name or a root. */
    @Test
    void pipelineOutputIsTheObjectAlone() {
        assertThat(compact("Hello World!")).isEqualTo("<S>Hello World!</S>");
        assertThat(compact(42)).isEqualTo("<I32>42</I32>");
        assertThat(Clixml.deserialize("<S>Hello World!</S>")).isEqualTo("Hello World!");
    }
}
