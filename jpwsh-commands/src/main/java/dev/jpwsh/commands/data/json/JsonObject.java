package dev.jpwsh.commands.data.json;

import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.Set;

/**
 * {@code [Microsoft.PowerShell.Commands.JsonObject]}: ConvertFrom-Json's reader for scripts. Text that is null or
 * blank gives null; malformed JSON throws an ArgumentException; a key ConvertFrom-Json only takes with -AsHashtable
 * (empty, or differing from another only in case) gives null and sets the error record.
 */
@DotNetName("Microsoft.PowerShell.Commands.JsonObject")
public final class JsonObject {
    private static final Set<String> RECORDED = Set.of("EmptyKeyInJsonString", "KeysWithDifferentCasingInJsonString");
    private static final int DEFAULT_DEPTH = 1024;

    private JsonObject() {
    }

    public static Object ConvertFromJson(String input, Ref error) {
        return ConvertFromJson(input, false, DEFAULT_DEPTH, error);
    }

    public static Object ConvertFromJson(String input, boolean returnHashtable, Ref error) {
        return ConvertFromJson(input, returnHashtable, DEFAULT_DEPTH, error);
    }

    /** With a depth limit; a null {@code maxDepth} means none. */
    public static Object ConvertFromJson(String input, boolean returnHashtable, Integer maxDepth, Ref error) {
        error.setValue(null);
        if (input == null || input.isBlank()) {
            return null;
        }
        JsonObjectReader reader = new JsonObjectReader(returnHashtable,
                maxDepth == null ? Integer.MAX_VALUE : maxDepth, JsonDateKind.Default);
        try {
            return reader.read(input);
        } catch (PSException e) {
            if (RECORDED.contains(e.record().fullyQualifiedErrorId())) {
                error.setValue(e.record());
                return null;
            }
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
