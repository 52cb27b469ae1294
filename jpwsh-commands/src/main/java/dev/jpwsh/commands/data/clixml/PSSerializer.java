package dev.jpwsh.commands.data.clixml;

import dev.jpwsh.engine.serialization.ObjectDeserializer;
import dev.jpwsh.engine.serialization.ObjectSerializer;
import dev.jpwsh.engine.serialization.PropertySource;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code [System.Management.Automation.PSSerializer]}: Serialize (depth 1 unless given), Deserialize (null, the one
 * object, or an array of them) and DeserializeAsList (always an array).
 */
@DotNetName("System.Management.Automation.PSSerializer")
public final class PSSerializer {
    private static final PropertySource NO_PROPERTIES = new PropertySource() {
        @Override
        public List<String> propertyNames(Object value) {
            return List.of();
        }

        @Override
        public Object read(Object value, String name) {
            return null;
        }
    };

    private PSSerializer() {
    }

    public static String Serialize(Object source) {
        return Serialize(source, 1);
    }

    public static String Serialize(Object source, int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("Depth of serialization must be greater than zero."
                    + " (Parameter 'writer')");
        }
        StringWriter text = new StringWriter();
        PropertySource properties = SessionPropertySource.ofThisThread();
        ObjectSerializer serializer = new ObjectSerializer(text, depth, properties == null ? NO_PROPERTIES
                : properties);
        serializer.serialize(source);
        serializer.done();
        return text.toString();
    }

    public static Object Deserialize(String source) {
        Object[] results = DeserializeAsList(source);
        return results.length == 0 ? null : results.length == 1 ? results[0] : results;
    }

    public static Object[] DeserializeAsList(String source) {
        List<Object> results = new ArrayList<>();
        try (ObjectDeserializer reader = new ObjectDeserializer(new StringReader(source))) {
            while (!reader.done()) {
                results.add(reader.deserialize());
            }
        }
        return results.toArray();
    }
}
