package dev.jpwsh.remoting.protocol;

import dev.jpwsh.engine.serialization.CliXmlText;
import dev.jpwsh.engine.serialization.ObjectDeserializer;
import dev.jpwsh.engine.serialization.ObjectSerializer;
import java.io.StringReader;

/**
 * The CLIXML of one message's data: one object, serialized at depth 1 (pwsh's remoting depth) without the
 * {@code <Objs>} root that files and PSSerializer have, as MS-PSRP carries it.
 */
public final class Clixml {
    private static final String ROOT = "<Objs Version=\"1.1.0.1\" xmlns=\"" + ObjectSerializer.NAMESPACE + "\">";
    private static final String END = "</Objs>";

    private Clixml() {
    }

    /** {@return {@code value} as one CLIXML element, its adapted properties read in the calling thread's session} */
    public static String serialize(Object value) {
        String text = CliXmlText.serialize(value, 1);
        return text.substring(text.indexOf('>') + 1, text.lastIndexOf(END)).strip();
    }

    /**
     * {@return the object {@code xml} holds, deserialized (custom objects as property bags)}
     *
     * @param xml one CLIXML element without a root; what is not CLIXML throws the deserializer's exception
     */
    public static Object deserialize(String xml) {
        try (ObjectDeserializer reader = new ObjectDeserializer(new StringReader(ROOT + xml + END))) {
            return reader.done() ? null : reader.deserialize();
        }
    }
}
