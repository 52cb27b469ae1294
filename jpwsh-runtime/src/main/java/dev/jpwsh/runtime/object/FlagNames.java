package dev.jpwsh.runtime.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The member names and numbers of a .NET {@code [Flags]} enum modelled as a {@link FlagsEnum}, and .NET's text for
 * its values both ways: {@link #format} as {@code Enum.ToString()} writes a value (the member with exactly that
 * number, else the members it is made of in ascending order, else the number), {@link #parse} as a PowerShell
 * conversion reads one ({@code 'ReadOnly, Hidden'}: names any case, separated by commas, or a number).
 */
public final class FlagNames {
    private final String[] names;
    private final long[] values;

    /** {@code members}: name, number, name, number, ... in ascending order of number. */
    public FlagNames(Object... members) {
        names = new String[members.length / 2];
        values = new long[members.length / 2];
        for (int i = 0; i < names.length; i++) {
            names[i] = (String) members[2 * i];
            values[i] = ((Number) members[2 * i + 1]).longValue();
        }
    }

    public String format(long value) {
        for (int i = 0; i < names.length; i++) {
            if (values[i] == value) {
                return names[i];
            }
        }
        List<String> parts = new ArrayList<>();
        long left = value;
        for (int i = names.length - 1; i >= 0; i--) {
            if (values[i] != 0 && (left & values[i]) == values[i]) {
                parts.addFirst(names[i]);
                left &= ~values[i];
            }
        }
        return left != 0 || parts.isEmpty() ? Long.toString(value) : String.join(", ", parts);
    }

    /**
     * {@return the number {@code text} names}
     * @throws IllegalArgumentException with PowerShell's conversion message naming the members, when a name is unknown
     */
    public long parse(String text) {
        long value = 0;
        for (String part : text.split(",")) {
            String name = part.trim();
            if (!name.isEmpty() && (Character.isDigit(name.charAt(0)) || name.charAt(0) == '-')) {
                try {
                    value |= Long.parseLong(name);
                    continue;
                } catch (NumberFormatException notANumber) {
                    throw unknown(text);
                }
            }
            value |= valueOf(name, text);
        }
        return value;
    }

    private long valueOf(String name, String text) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return values[i];
            }
        }
        throw unknown(text);
    }

    private IllegalArgumentException unknown(String text) {
        return new IllegalArgumentException("Unable to match the identifier name " + text + " to a valid enumerator "
                + "name. Specify one of the following enumerator names and try again:\n" + String.join(", ", names));
    }
}
