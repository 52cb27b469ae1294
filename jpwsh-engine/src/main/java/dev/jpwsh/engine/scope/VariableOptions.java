package dev.jpwsh.engine.scope;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * A variable's options as a set of flags, printed as .NET prints a flags enum ({@code ReadOnly, AllScope}).
 * ReadOnly and Constant refuse assignments (Set-Variable -Force overrides ReadOnly only), Private hides the
 * variable from child scopes, and AllScope makes child scopes share it.
 */
@dev.jpwsh.engine.types.DotNetName("System.Management.Automation.ScopedItemOptions")
public record VariableOptions(int flags) {
    public static final VariableOptions NONE = new VariableOptions(0);
    public static final int READ_ONLY = 1;
    public static final int CONSTANT = 2;
    public static final int PRIVATE = 4;
    public static final int ALL_SCOPE = 8;

    private static final String[] NAMES = {"ReadOnly", "Constant", "Private", "AllScope"};

    /** Parses names separated by commas or spaces ({@code "ReadOnly, AllScope"}); null if one is unknown. */
    public static VariableOptions parse(String text) {
        int flags = 0;
        for (String part : text.trim().split("[,\\s]+")) {
            if (part.isEmpty() || part.equalsIgnoreCase("None")) {
                continue;
            }
            int bit = bitOf(part);
            if (bit == 0) {
                return null;
            }
            flags |= bit;
        }
        return new VariableOptions(flags);
    }

    private static int bitOf(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return 1 << i;
            }
        }
        return 0;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public VariableOptions with(int flag) {
        return new VariableOptions(flags | flag);
    }

    @Override
    public String toString() {
        if (flags == 0) {
            return "None";
        }
        StringJoiner names = new StringJoiner(", ");
        for (int i = 0; i < NAMES.length; i++) {
            if (has(1 << i)) {
                names.add(NAMES[i]);
            }
        }
        return names.toString();
    }
}
