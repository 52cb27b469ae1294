package dev.jpwsh.remoting.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.dotnet.Version;
import org.junit.jupiter.api.Test;

/** Message data as MS-PSRP's examples write it (2.2.2.1 SESSION_CAPABILITY). */
class MessageDataTest {
    @Test
    void theSpecsSessionCapabilityExampleReads() {
        Object data = Clixml.deserialize("<Obj RefId=\"0\"><MS><Version N=\"protocolversion\">2.2</Version>"
                + "<Version N=\"PSVersion\">2.0</Version><Version N=\"SerializationVersion\">1.1.0.1</Version>"
                + "</MS></Obj>");
        assertThat(MessageData.property(data, "protocolversion")).isEqualTo(Version.Parse("2.2"));
        assertThat(MessageData.property(data, "SerializationVersion")).isEqualTo(Version.Parse("1.1.0.1"));
    }

    @Test
    void ourSessionCapabilityIsTheSpecsShapeWithNoTypeNames() {
        String xml = Clixml.serialize(MessageData.capability()).replaceAll(">\\s+<", "><");
        assertThat(xml).isEqualTo("<Obj RefId=\"0\"><MS><Version N=\"protocolversion\">2.3</Version>"
                + "<Version N=\"PSVersion\">2.0</Version><Version N=\"SerializationVersion\">1.1.0.1</Version>"
                + "</MS></Obj>");
    }

    @Test
    void stateMessagesCarryTheirNumberAndReason() {
        Object back = Clixml.deserialize(Clixml.serialize(MessageData.state("PipelineState", 4, null)));
        assertThat(MessageData.number(back, "PipelineState", -1)).isEqualTo(4);
        assertThat(MessageData.property(back, "ExceptionAsErrorRecord")).isNull();
    }
}
