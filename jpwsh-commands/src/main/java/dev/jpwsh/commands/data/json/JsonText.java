package dev.jpwsh.commands.data.json;

import dev.jpwsh.engine.exec.PSException;

/**
 * ConvertFrom-Json's reading for other cmdlets (Invoke-RestMethod): a JSON text as custom objects, arrays and
 * values, with ConvertFrom-Json's defaults (depth 1024, dates recognised).
 */
public final class JsonText {
    private JsonText() {
    }

    /** The value {@code text} stands for; a PSException when it is not JSON. */
    public static Object read(String text) throws PSException {
        return new JsonObjectReader(false, 1024, JsonDateKind.Default).read(text);
    }
}
