package dev.jpwsh.dotnet.text;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.FlagsEnum;
import java.util.Locale;
import java.util.StringJoiner;

/** System.Text.RegularExpressions.RegexOptions: a flags enum, from its members or text ({@code 'IgnoreCase, Multiline'}). */
@DotNetName("System.Text.RegularExpressions.RegexOptions")
public record RegexOptions(int flags) implements FlagsEnum {
    private static final String[] NAMES = {"IgnoreCase", "Multiline", "ExplicitCapture", "Compiled", "Singleline",
        "IgnorePatternWhitespace", "RightToLeft", "", "ECMAScript", "CultureInvariant", "NonBacktracking"};

    public static final RegexOptions None = new RegexOptions(0);
    public static final RegexOptions IgnoreCase = new RegexOptions(1);
    public static final RegexOptions Multiline = new RegexOptions(2);
    public static final RegexOptions ExplicitCapture = new RegexOptions(4);
    public static final RegexOptions Compiled = new RegexOptions(8);
    public static final RegexOptions Singleline = new RegexOptions(16);
    public static final RegexOptions IgnorePatternWhitespace = new RegexOptions(32);
    public static final RegexOptions RightToLeft = new RegexOptions(64);
    public static final RegexOptions ECMAScript = new RegexOptions(256);
    public static final RegexOptions CultureInvariant = new RegexOptions(512);
    public static final RegexOptions NonBacktracking = new RegexOptions(1024);

    /** {@code [RegexOptions]'IgnoreCase, Multiline'}. */
    public static RegexOptions Parse(String text) {
        int flags = 0;
        for (String part : text.trim().split("[,\\s]+")) {
            if (part.isEmpty() || part.equalsIgnoreCase("None")) {
                continue;
            }
            int bit = bitOf(part);
            if (bit == 0) {
                throw new IllegalArgumentException("Unable to match the identifier name " + part + " to a valid "
                        + "enumerator name. Specify one of the following enumerator names and try again: None, "
                        + "IgnoreCase, Multiline, ExplicitCapture, Compiled, Singleline, IgnorePatternWhitespace, "
                        + "RightToLeft, ECMAScript, CultureInvariant, NonBacktracking");
            }
            flags |= bit;
        }
        return new RegexOptions(flags);
    }

    private static int bitOf(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (!NAMES[i].isEmpty() && NAMES[i].toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
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
    public RegexOptions withValue(long value) {
        return new RegexOptions((int) value);
    }

    @Override
    public String toString() {
        if (flags == 0) {
            return "None";
        }
        StringJoiner names = new StringJoiner(", ");
        for (int i = 0; i < NAMES.length; i++) {
            if ((flags & 1 << i) != 0) {
                names.add(NAMES[i]);
            }
        }
        return names.toString();
    }
}
