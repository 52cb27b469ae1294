package dev.jpwsh.commands.data.clixml;

import dev.jpwsh.engine.serialization.CliXmlText;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * {@code [System.Management.Automation.PSSerializer]}: Serialize (depth 1 unless given), Deserialize (null, the one
 * object, or an array of them) and DeserializeAsList (always an array), on the engine's {@link CliXmlText}.
 */
@DotNetName("System.Management.Automation.PSSerializer")
public final class PSSerializer {
    private PSSerializer() {
    }

    public static String Serialize(Object source) {
        return Serialize(source, 1);
    }

    public static String Serialize(Object source, int depth) {
        return CliXmlText.serialize(source, depth);
    }

    public static Object Deserialize(String source) {
        Object[] results = DeserializeAsList(source);
        return results.length == 0 ? null : results.length == 1 ? results[0] : results;
    }

    public static Object[] DeserializeAsList(String source) {
        return CliXmlText.deserializeAll(source);
    }
}
