package dev.jpwsh.dotnet.text;

import dev.jpwsh.dotnet.Delegate;
import dev.jpwsh.dotnet.time.TimeSpan;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.RegexOperators;
import dev.jpwsh.runtime.regex.DotNetPattern;
import dev.jpwsh.runtime.regex.RegexReplacement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * System.Text.RegularExpressions.Regex: static helpers and instances built from {@code [regex]'pattern'}, with
 * .NET's syntax, options, substitutions and match timeout.
 */
@DotNetName("System.Text.RegularExpressions.Regex")
public final class Regex {
    private static final Duration INFINITE = Duration.ofMillis(-1);
    private final DotNetPattern pattern;
    private final Duration timeout;

    public Regex(String pattern) {
        this(DotNetPattern.of(pattern, 0));
    }

    public Regex(String pattern, RegexOptions options) {
        this(DotNetPattern.of(pattern, options.flags()));
    }

    public Regex(String pattern, RegexOptions options, TimeSpan matchTimeout) {
        this.pattern = DotNetPattern.of(pattern, options.flags());
        this.timeout = matchTimeout.duration();
        if (timeout.isNegative() && !timeout.equals(INFINITE) || timeout.isZero()) {
            throw new IllegalArgumentException("Specified argument was out of the range of valid values. "
                    + "(Parameter 'matchTimeout')");
        }
    }

    Regex(DotNetPattern pattern) {
        this.pattern = pattern;
        this.timeout = INFINITE;
    }

    DotNetPattern pattern() {
        return pattern;
    }

    public static boolean IsMatch(String input, String pattern) {
        return new Regex(pattern).IsMatch(input);
    }

    public static boolean IsMatch(String input, String pattern, RegexOptions options) {
        return new Regex(pattern, options).IsMatch(input);
    }

    public static RegexMatch Match(String input, String pattern) {
        return new Regex(pattern).Match(input);
    }

    public static RegexMatch Match(String input, String pattern, RegexOptions options) {
        return new Regex(pattern, options).Match(input);
    }

    public static Object[] Matches(String input, String pattern) {
        return new Regex(pattern).Matches(input);
    }

    public static Object[] Matches(String input, String pattern, RegexOptions options) {
        return new Regex(pattern, options).Matches(input);
    }

    public static String Replace(String input, String pattern, String replacement) {
        return new Regex(pattern).Replace(input, replacement);
    }

    public static String Replace(String input, String pattern, String replacement, RegexOptions options) {
        return new Regex(pattern, options).Replace(input, replacement);
    }

    public static String Replace(String input, String pattern, Delegate.Converter evaluator) {
        return new Regex(pattern).Replace(input, evaluator);
    }

    public static Object[] Split(String input, String pattern) {
        return new Regex(pattern).Split(input);
    }

    public static Object[] Split(String input, String pattern, RegexOptions options) {
        return new Regex(pattern, options).Split(input);
    }

    /** The pattern that matches {@code text} literally: .NET escapes {@code \*+?|{[()^$.#} and white space. */
    public static String Escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '*', '+', '?', '|', '{', '[', '(', ')', '^', '$', '.', '#', ' ' -> sb.append('\\').append(c);
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\f' -> sb.append("\\f");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The text an escaped pattern stands for: {@code \t}, {@code \n}, {@code \x41}, {@code \u0041}, {@code \.}. */
    public static String Unescape(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                sb.append(c);
                continue;
            }
            char e = text.charAt(++i);
            switch (e) {
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\u000B');
                case 'a' -> sb.append('\u0007');
                case 'e' -> sb.append('\u001B');
                case 'x', 'u' -> {
                    int digits = e == 'x' ? 2 : 4;
                    sb.append((char) Integer.parseInt(text.substring(i + 1, Math.min(i + 1 + digits, text.length())),
                            16));
                    i += digits;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    public boolean IsMatch(String input) {
        return matcher(input).find();
    }

    /** The first match: with RightToLeft the one nearest the end. */
    public RegexMatch Match(String input) {
        return matchFrom(input, getRightToLeft() ? input.length() : 0);
    }

    public RegexMatch Match(String input, int startat) {
        return matchFrom(input, startat);
    }

    /** The match at or after {@code from}; with RightToLeft the one ending at or before it. */
    RegexMatch matchFrom(String input, int from) {
        if (from > input.length() || from < 0) {
            return RegexMatch.empty(this, input);
        }
        if (getRightToLeft()) {
            MatchResult found = pattern.lastMatchEndingBy(input, from);
            return found == null ? RegexMatch.empty(this, input) : new RegexMatch(this, found, input);
        }
        Matcher m = matcher(input);
        return m.find(from) ? new RegexMatch(this, m.toMatchResult(), input) : RegexMatch.empty(this, input);
    }

    public Object[] Matches(String input) {
        List<Object> matches = new ArrayList<>();
        if (getRightToLeft()) {
            for (RegexMatch m = Match(input); m.getSuccess(); m = m.NextMatch()) {
                matches.add(m);
            }
            return matches.toArray();
        }
        Matcher m = matcher(input);
        while (m.find()) {
            matches.add(new RegexMatch(this, m.toMatchResult(), input));
        }
        return matches.toArray();
    }

    public String Replace(String input, String replacement) {
        return Replace(input, replacement, -1);
    }

    /** At most {@code count} replacements (all when negative). */
    public String Replace(String input, String replacement, int count) {
        RegexReplacement r = RegexReplacement.parse(replacement, pattern);
        return replace(input, count, (sb, m) -> r.appendTo(sb, pattern, m, input));
    }

    /** Each match replaced by what the script block or delegate returns for it. */
    public String Replace(String input, Delegate.Converter evaluator) {
        return replace(input, -1, (sb, m) -> sb.append(LanguagePrimitives.toString(evaluator.apply(
                new RegexMatch(this, m.toMatchResult(), input)))));
    }

    private String replace(String input, int count, java.util.function.BiConsumer<StringBuilder, Matcher> with) {
        Matcher m = matcher(input);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        int done = 0;
        while ((count < 0 || done < count) && m.find()) {
            sb.append(input, last, m.start());
            with.accept(sb, m);
            last = m.end();
            done++;
        }
        return sb.append(input, last, input.length()).toString();
    }

    public Object[] Split(String input) {
        return RegexOperators.split(input, pattern, 0).toArray();
    }

    public Object[] Split(String input, int count) {
        return RegexOperators.split(input, pattern, count).toArray();
    }

    public Object[] GetGroupNames() {
        Object[] names = new Object[pattern.groupCount()];
        for (int i = 0; i < names.length; i++) {
            names[i] = pattern.groupName(i);
        }
        return names;
    }

    public Object[] GetGroupNumbers() {
        Object[] numbers = new Object[pattern.groupCount()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = i;
        }
        return numbers;
    }

    public String GroupNameFromNumber(int number) {
        return number >= 0 && number < pattern.groupCount() ? pattern.groupName(number) : "";
    }

    public int GroupNumberFromName(String name) {
        return pattern.groupNumber(name);
    }

    public RegexOptions getOptions() {
        return new RegexOptions(pattern.options());
    }

    public boolean getRightToLeft() {
        return (pattern.options() & DotNetPattern.RIGHT_TO_LEFT) != 0;
    }

    public TimeSpan getMatchTimeout() {
        return new TimeSpan(timeout.equals(INFINITE) ? Duration.ofMillis(-1) : timeout);
    }

    private Matcher matcher(String input) {
        return pattern.matcher(timeout.equals(INFINITE) ? input : new TimedInput(input, timeout));
    }

    @Override
    public String toString() {
        return pattern.source();
    }
}
