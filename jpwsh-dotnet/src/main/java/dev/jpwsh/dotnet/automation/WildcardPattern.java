package dev.jpwsh.dotnet.automation;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.FlagNames;
import dev.jpwsh.runtime.object.FlagsEnum;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.regex.Pattern;

/**
 * System.Management.Automation.WildcardPattern: a wildcard ({@code *}, {@code ?}, {@code [a-c]}, backtick escapes)
 * matched against whole strings, case-sensitively unless its options say IgnoreCase, as {@code -like} matches.
 * Immutable.
 */
@DotNetName("System.Management.Automation.WildcardPattern")
public final class WildcardPattern {
    private final String pattern;
    private final Pattern compiled;

    public WildcardPattern(String pattern) {
        this(pattern, WildcardOptions.None);
    }

    public WildcardPattern(String pattern, WildcardOptions options) {
        this.pattern = dev.jpwsh.dotnet.ArgumentExceptions.notNull(pattern, "pattern");
        this.compiled = Wildcard.compile(pattern, (options.flags() & WildcardOptions.IgnoreCase.flags()) == 0);
    }

    /** {@code [WildcardPattern]::Get('a*', 'IgnoreCase')}. */
    public static WildcardPattern Get(String pattern, WildcardOptions options) {
        return new WildcardPattern(pattern, options);
    }

    public boolean IsMatch(String text) {
        return text != null && compiled.matcher(text).matches();
    }

    public static boolean ContainsWildcardCharacters(String text) {
        return text != null && Wildcard.containsWildcardCharacters(text);
    }

    /** The text with each wildcard character escaped by a backtick, so that it matches only itself. */
    public static String Escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("*?[]`".indexOf(c) >= 0) {
                escaped.append('`');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** The text with the backtick escapes removed. */
    public static String Unescape(String text) {
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`' && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            plain.append(c);
        }
        return plain.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }

    /** System.Management.Automation.WildcardOptions. */
    @DotNetName("System.Management.Automation.WildcardOptions")
    public record WildcardOptions(int flags) implements FlagsEnum {
        private static final FlagNames NAMES = new FlagNames("None", 0, "Compiled", 1, "IgnoreCase", 2,
                "CultureInvariant", 4);

        public static final WildcardOptions None = new WildcardOptions(0);
        public static final WildcardOptions Compiled = new WildcardOptions(1);
        public static final WildcardOptions IgnoreCase = new WildcardOptions(2);
        public static final WildcardOptions CultureInvariant = new WildcardOptions(4);

        public static WildcardOptions Parse(String text) {
            return new WildcardOptions((int) NAMES.parse(text));
        }

        @Override
        public long value() {
            return flags;
        }

        @Override
        public WildcardOptions withValue(long value) {
            return new WildcardOptions((int) value);
        }

        @Override
        public String toString() {
            return NAMES.format(flags);
        }
    }
}
