package dev.jpwsh.engine.node;

import dev.jpwsh.engine.exec.Frame;

/**
 * {@code Set-StrictMode}: the version in force is a variable of the scope that set it, so it applies to that
 * scope and the ones it calls. Version 1 rejects unset variables (outside strings), 2 in strings too, 3
 * ("Latest") also out-of-range array indexes.
 */
public final class StrictMode {
    /** The variable holding the version in force; absent or null when strict mode is off. */
    public static final String VARIABLE = "__strictmodeversion";

    private StrictMode() {
    }

    static int version(Object value) {
        String text = value.toString().trim().toLowerCase(java.util.Locale.ROOT);
        if (text.equals("latest")) {
            return 3;
        }
        try {
            return (int) Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return 3;
        }
    }

    /** The version in force in this frame, 0 when off. */
    public static int of(Frame frame) {
        Object v = frame.variable(VARIABLE);
        return v == null ? 0 : version(v);
    }
}
