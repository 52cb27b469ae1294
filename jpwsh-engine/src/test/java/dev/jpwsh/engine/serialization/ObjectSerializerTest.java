package dev.jpwsh.engine.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpwsh.runtime.object.PSHashtable;
import dev.jpwsh.runtime.object.PSObject;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The serializer pair as the remoting layer will use it, without a session: a stream of several objects written
 * in pwsh's layout and read back object by object, with shared references kept and bad input refused.
 */
class ObjectSerializerTest {
    /** A property source for objects that have none: the walk needs it only for .NET-style objects. */
    private static final PropertySource NONE = PropertySource.NONE;

    private static String serialize(int depth, Object... values) {
        StringWriter text = new StringWriter();
        ObjectSerializer serializer = new ObjectSerializer(text, depth, NONE);
        for (Object value : values) {
            serializer.serialize(value);
        }
        serializer.done();
        return text.toString();
    }

    private static List<Object> deserialize(String text) {
        List<Object> objects = new ArrayList<>();
        try (ObjectDeserializer reader = new ObjectDeserializer(new StringReader(text))) {
            while (!reader.done()) {
                objects.add(reader.deserialize());
            }
        }
        return objects;
    }

    @Test
    void writesEachObjectInPwshLayoutAndReadsThemBackInOrder() {
        PSObject custom = new PSObject();
        custom.set("Name", "a&b");
        PSHashtable table = new PSHashtable();
        table.put("k", custom);
        String text = serialize(2, 1, table, custom, null);
        assertThat(text).isEqualTo("""
                <Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
                  <I32>1</I32>
                  <Obj RefId="0">
                    <TN RefId="0">
                      <T>System.Collections.Hashtable</T>
                      <T>System.Object</T>
                    </TN>
                    <DCT>
                      <En>
                        <S N="Key">k</S>
                        <Obj N="Value" RefId="1">
                          <TN RefId="1">
                            <T>System.Management.Automation.PSCustomObject</T>
                            <T>System.Object</T>
                          </TN>
                          <MS>
                            <S N="Name">a&amp;b</S>
                          </MS>
                        </Obj>
                      </En>
                    </DCT>
                  </Obj>
                  <Ref RefId="1" />
                  <Nil />
                </Objs>""");
        List<Object> back = deserialize(text);
        assertThat(back).hasSize(4);
        assertThat(back.get(0)).isEqualTo(1);
        Map<?, ?> map = (Map<?, ?>) back.get(1);
        PSObject bag = (PSObject) map.get("K");
        assertThat(bag.property("name").value()).isEqualTo("a&b");
        assertThat(bag.typeNames()).containsExactly("Deserialized.System.Management.Automation.PSCustomObject",
                "Deserialized.System.Object");
        assertThat(back.get(2)).isSameAs(bag);
        assertThat(back.get(3)).isNull();
    }

    @Test
    void refusesUnknownTagsAndBrokenXmlWithXmlExceptionText() {
        assertThatThrownBy(() -> deserialize("<Objs Version=\"1.1.0.1\" xmlns=\"" + ObjectSerializer.NAMESPACE
                + "\"><Bad/></Objs>")).isInstanceOf(CliXmlException.class)
                .hasMessageStartingWith("Bad XML tag is not recognized. Line 1, position ");
        assertThatThrownBy(() -> deserialize("<Objs")).isInstanceOf(CliXmlException.class)
                .hasMessageContaining("Line 1, position ");
    }
}
