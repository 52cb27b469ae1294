package dev.jpwsh.runtime.regex;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A .NET regular expression compiled for Java's engine: the Java pattern and .NET's groups (numbered unnamed first,
 * then named, each possibly captured by several Java groups). Compiled once per pattern and options.
 */
public final class DotNetPattern {
    /** .NET's RegexOptions values. */
    public static final int IGNORE_CASE = 1;
    public static final int MULTILINE = 2;
    public static final int EXPLICIT_CAPTURE = 4;
    public static final int SINGLELINE = 16;
    public static final int IGNORE_PATTERN_WHITESPACE = 32;
    public static final int RIGHT_TO_LEFT = 64;
    public static final int ECMA_SCRIPT = 256;

    private static final int CACHE_LIMIT = 512;
    private static final Map<Key, DotNetPattern> CACHE = new ConcurrentHashMap<>();

    private record Key(String pattern, int options) {
    }

    private final String source;
    private final int options;
    private final Pattern pattern;
    /** For RightToLeft: the pattern followed by the end of the matcher's region, so a match ends where asked. */
    private final Pattern endingPattern;
    private final String[] names;
    private final int[][] javaIndices;

    private DotNetPattern(String source, int options) {
        this.source = source;
        this.options = options;
        RegexTranslator.Translation t = RegexTranslator.translate(source, (options & EXPLICIT_CAPTURE) != 0,
                (options & IGNORE_PATTERN_WHITESPACE) != 0);
        this.names = t.names();
        this.javaIndices = t.javaIndices();
        int flags = Pattern.UNIX_LINES;
        flags |= (options & ECMA_SCRIPT) == 0 ? Pattern.UNICODE_CHARACTER_CLASS : 0;
        flags |= (options & IGNORE_CASE) != 0 ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        flags |= (options & MULTILINE) != 0 ? Pattern.MULTILINE : 0;
        flags |= (options & SINGLELINE) != 0 ? Pattern.DOTALL : 0;
        try {
            this.pattern = Pattern.compile(t.javaPattern(), flags);
            this.endingPattern = (options & RIGHT_TO_LEFT) == 0 ? null
                    : Pattern.compile("(?:" + t.javaPattern() + ")\\z", flags);
        } catch (PatternSyntaxException e) {
            throw RegexSyntaxError.at(source, source.length(), reason(e.getDescription()));
        }
    }

    /** .NET's words for the mistakes only Java's compiler catches. */
    private static String reason(String java) {
        if (java.startsWith("Illegal character range")) {
            return "[x-y] range in reverse order.";
        }
        if (java.startsWith("Illegal repetition range")) {
            return "Illegal {x,y} with x > y.";
        }
        return java.endsWith(".") ? java : java + ".";
    }

    /** The compiled form of a .NET pattern under .NET {@code options}; an invalid one is .NET's parse error. */
    public static DotNetPattern of(String pattern, int options) {
        Key key = new Key(pattern, options);
        DotNetPattern known = CACHE.get(key);
        if (known != null) {
            return known;
        }
        DotNetPattern compiled;
        try {
            compiled = new DotNetPattern(pattern, options);
        } catch (StackOverflowError tooDeep) {
            throw RegexSyntaxError.at(pattern, pattern.length(), "Stack overflow during pattern compilation.");
        }
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(key, compiled);
        return compiled;
    }

    public Matcher matcher(CharSequence input) {
        return pattern.matcher(input);
    }

    /**
     * RightToLeft matching, the way jpwsh emulates .NET's right-to-left engine: the match that ends closest to
     * {@code end} and, among those, starts furthest left (a greedy quantifier read leftwards), or null. The region
     * end counts as the input's end for {@code $} and {@code \z} inside the pattern, which .NET would not match there.
     */
    public MatchResult lastMatchEndingBy(CharSequence input, int end) {
        Matcher m = endingPattern.matcher(input);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(true);
        for (int e = end; e >= 0; e--) {
            m.region(0, e);
            if (m.find()) {
                return m.toMatchResult();
            }
        }
        return null;
    }

    public String source() {
        return source;
    }

    public int options() {
        return options;
    }

    /** How many groups .NET counts, group 0 included. */
    public int groupCount() {
        return names.length;
    }

    /** The .NET name of group {@code number}: its digits when it has no name. */
    public String groupName(int number) {
        return names[number];
    }

    /** The .NET number of the group named {@code name} (digits name a number), or -1. */
    public int groupNumber(String name) {
        for (int n = 0; n < names.length; n++) {
            if (names[n].equals(name)) {
                return n;
            }
        }
        return -1;
    }

    /** The Java group that captured .NET group {@code number} in {@code m} (the last that took part), or -1. */
    public int javaGroup(MatchResult m, int number) {
        int[] candidates = javaIndices[number];
        int found = -1;
        for (int index : candidates) {
            if (m.start(index) >= 0 && (found < 0 || m.start(index) >= m.start(found))) {
                found = index;
            }
        }
        return found;
    }

    /** .NET group {@code number}'s text in {@code m}, or null when it took no part. */
    public String group(MatchResult m, int number) {
        int index = javaGroup(m, number);
        return index < 0 ? null : m.group(index);
    }

    @Override
    public String toString() {
        return source;
    }
}
