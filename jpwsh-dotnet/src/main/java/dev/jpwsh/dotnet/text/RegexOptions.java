package dev.jpwsh.dotnet.text;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.FlagNames;
import dev.jpwsh.runtime.object.FlagsEnum;

/** System.Text.RegularExpressions.RegexOptions: a flags enum, from its members or text ({@code 'IgnoreCase, Multiline'}). */
@DotNetName("System.Text.RegularExpressions.RegexOptions")
public record RegexOptions(int flags) implements FlagsEnum {
    private static final FlagNames NAMES = new FlagNames("None", 0, "IgnoreCase", 1, "Multiline", 2,
            "ExplicitCapture", 4, "Compiled", 8, "Singleline", 16, "IgnorePatternWhitespace", 32, "RightToLeft", 64,
            "ECMAScript", 256, "CultureInvariant", 512, "NonBacktracking", 1024);

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
        return new RegexOptions((int) NAMES.parse(text));
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
        return NAMES.format(flags);
    }
}
