package dev.jpwsh.engine.scope;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * System.Management.Automation.ScopedItemOptions: the options of a variable, function or alias as a set of flags,
 * printed as .NET prints a flags enum ({@code ReadOnly, AllScope}). ReadOnly and Constant refuse assignments
 * (Set-Variable -Force overrides ReadOnly only), Private hides the item from child scopes, and AllScope makes child
 * scopes share it. Scripts name them as members ({@code [ScopedItemOptions]::ReadOnly}) or as text
 * ({@code 'ReadOnly, AllScope'}).
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.ScopedItemOptions")
public record VariableOptions(int flags) implements dev.jpwsh.runtime.object.FlagsEnum {
    public static final VariableOptions NONE = new VariableOptions(0);
    public static final int READ_ONLY_BIT = 1;
    public static final int CONSTANT_BIT = 2;
    public static final int PRIVATE_BIT = 4;
    public static final int ALL_SCOPE_BIT = 8;

    public static final int UNSPECIFIED_BIT = 16;

    public static final VariableOptions None = NONE;
    public static final VariableOptions ReadOnly = new VariableOptions(READ_ONLY_BIT);
    public static final VariableOptions Constant = new VariableOptions(CONSTANT_BIT);
    public static final VariableOptions Private = new VariableOptions(PRIVATE_BIT);
    public static final VariableOptions AllScope = new VariableOptions(ALL_SCOPE_BIT);
    public static final VariableOptions Unspecified = new VariableOptions(UNSPECIFIED_BIT);

    private static final String[] NAMES = {"ReadOnly", "Constant", "Private", "AllScope", "Unspecified"};

    /** A conversion from text, as {@code [VariableOptions]'ReadOnly, AllScope'} makes it. */
    public static VariableOptions Parse(String text) {
        VariableOptions parsed = parse(text);
        if (parsed == null) {
            throw new IllegalArgumentException("Unable to match the identifier name " + text + " to a valid "
                    + "enumerator name. Specify one of the following enumerator names and try again: None, ReadOnly, "
                    + "Constant, Private, AllScope, Unspecified");
        }
        return parsed;
    }

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

    @Override
    public long value() {
        return flags;
    }

    @Override
    public VariableOptions withValue(long value) {
        return new VariableOptions((int) value);
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
        if ((flags & -(1 << NAMES.length)) != 0) {
            return Integer.toString(flags);
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
