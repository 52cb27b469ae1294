package dev.jpwsh.engine.serialization;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * CLIXML as strings, as {@code [PSSerializer]} and the remoting layer use it: one object serialized with its
 * {@code <Objs>} root, properties read in the calling thread's session, and every object of a CLIXML text read back.
 */
public final class CliXmlText {
    private CliXmlText() {
    }

    /**
     * {@return {@code source} as a CLIXML document}
     *
     * @param depth how deep objects' properties are followed; below 1 is .NET's argument error
     */
    public static String serialize(Object source, int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("Depth of serialization must be greater than zero."
                    + " (Parameter 'writer')");
        }
        StringWriter text = new StringWriter();
        ObjectSerializer serializer = new ObjectSerializer(text, depth, PropertySources.ofThisThread());
        serializer.serialize(source);
        serializer.done();
        return text.toString();
    }

    /** {@return every object {@code source} holds, deserialized (custom objects as property bags)} */
    public static Object[] deserializeAll(String source) {
        List<Object> results = new ArrayList<>();
        try (ObjectDeserializer reader = new ObjectDeserializer(new StringReader(source))) {
            while (!reader.done()) {
                results.add(reader.deserialize());
            }
        }
        return results.toArray();
    }
}
