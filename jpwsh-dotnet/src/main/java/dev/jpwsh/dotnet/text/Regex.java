package dev.jpwsh.dotnet.text;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSHashtable;
import dev.jpwsh.runtime.ops.RegexOperators;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** System.Text.RegularExpressions.Regex: static helpers and instances built from {@code [regex]'pattern'}. */
@DotNetName("System.Text.RegularExpressions.Regex")
public final class Regex {
    private final Pattern pattern;

    public Regex(String pattern) {
        this.pattern = RegexOperators.parse(pattern, 0);
    }

    public Regex(String pattern, String options) {
        this.pattern = RegexOperators.parse(pattern, options.toLowerCase(Locale.ROOT).contains("ignorecase")
                ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }

    public static Regex Parse(String pattern) {
        return new Regex(pattern);
    }

    public static boolean IsMatch(String input, String pattern) {
        return new Regex(pattern).IsMatch(input);
    }

    public static boolean IsMatch(String input, String pattern, String options) {
        return new Regex(pattern, options).IsMatch(input);
    }

    public static Object[] Matches(String input, String pattern) {
        return new Regex(pattern).Matches(input);
    }

    public static Match Match(String input, String pattern) {
        return new Regex(pattern).Match(input);
    }

    public static String Replace(String input, String pattern, String replacement) {
        return RegexOperators.replace(input, RegexOperators.parse(pattern, 0), replacement);
    }

    public static Object[] Split(String input, String pattern) {
        return RegexOperators.split(input, RegexOperators.parse(pattern, 0), 0).toArray();
    }

    public static String Escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\*+?|{[()^$.# ".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c == ' ' ? " " : String.valueOf(c));
        }
        return sb.toString();
    }

    public boolean IsMatch(String input) {
        return pattern.matcher(input).find();
    }

    public Match Match(String input) {
        Matcher m = pattern.matcher(input);
        return m.find() ? new Match(m, pattern) : Match.EMPTY;
    }

    public Object[] Matches(String input) {
        List<Object> matches = new ArrayList<>();
        Matcher m = pattern.matcher(input);
        while (m.find()) {
            matches.add(new Match(m, pattern));
        }
        return matches.toArray();
    }

    public String Replace(String input, String replacement) {
        return RegexOperators.replace(input, pattern, replacement);
    }

    public Object[] Split(String input) {
        return RegexOperators.split(input, pattern, 0).toArray();
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }

    /** A match: Value, Index, Length, Success and Groups (by number and by name). */
    @DotNetName("System.Text.RegularExpressions.Match")
    public static final class Match {
        static final Match EMPTY = new Match();
        private final String value;
        private final int index;
        private final boolean success;
        private final PSHashtable groups = new PSHashtable();

        private Match() {
            this.value = "";
            this.index = 0;
            this.success = false;
        }

        Match(Matcher m, Pattern pattern) {
            this.value = m.group();
            this.index = m.start();
            this.success = true;
            for (int g = 0; g <= m.groupCount(); g++) {
                groups.put(g, new Group(m.group(g)));
            }
            pattern.namedGroups().forEach((name, i) -> groups.put(name, new Group(m.group(i))));
        }

        public String getValue() {
            return value;
        }

        public int getIndex() {
            return index;
        }

        public int getLength() {
            return value.length();
        }

        public boolean getSuccess() {
            return success;
        }

        public PSHashtable getGroups() {
            return groups;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    /** A captured group. */
    @DotNetName("System.Text.RegularExpressions.Group")
    public record Group(String value) {
        public String getValue() {
            return value == null ? "" : value;
        }

        public boolean getSuccess() {
            return value != null;
        }

        @Override
        public String toString() {
            return getValue();
        }
    }
}
