package dev.jpwsh.runtime.regex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a .NET pattern once and writes the Java pattern that matches the same text. Every capturing group becomes a
 * plain Java group (so any .NET group name works); the options {@code n} (explicit capture) and {@code x} (pattern
 * whitespace) are applied here rather than passed on; back references are resolved once all groups are known,
 * because .NET numbers unnamed groups before named ones.
 */
final class RegexTranslator {
    private static final String CATEGORIES = "|L|Lu|Ll|Lt|Lm|Lo|M|Mn|Mc|Me|N|Nd|Nl|No|P|Pc|Pd|Ps|Pe|Pi|Pf|Po|S|Sm|Sc"
            + "|Sk|So|Z|Zs|Zl|Zp|C|Cc|Cf|Cs|Co|Cn|";

    private final String source;
    private final StringBuilder out = new StringBuilder();
    private int pos;
    private boolean explicitCapture;
    private boolean ignoreWhitespace;
    private final Deque<boolean[]> scopes = new ArrayDeque<>();
    /** For each Java group (index + 1), its .NET name, or null when unnamed. */
    private final List<String> javaGroups = new ArrayList<>();
    private final List<BackReference> references = new ArrayList<>();
    /** Whether the last thing written can take a quantifier. */
    private boolean quantifiable;

    private record BackReference(int at, String name, int sourceOffset) {
    }

    private RegexTranslator(String source, boolean explicitCapture, boolean ignoreWhitespace) {
        this.source = source;
        this.explicitCapture = explicitCapture;
        this.ignoreWhitespace = ignoreWhitespace;
    }

    /** The translation of {@code pattern} under the .NET options {@code n} and {@code x}. */
    static Translation translate(String pattern, boolean explicitCapture, boolean ignoreWhitespace) {
        RegexTranslator t = new RegexTranslator(pattern, explicitCapture, ignoreWhitespace);
        t.sequence();
        return t.finish();
    }

    /** The Java pattern text, and for each .NET group number its name and the Java groups that capture it. */
    record Translation(String javaPattern, String[] names, int[][] javaIndices) {
    }

    private Translation finish() {
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        byName.put("0", new ArrayList<>(List.of(0)));
        int unnamed = 0;
        for (int i = 0; i < javaGroups.size(); i++) {
            if (javaGroups.get(i) == null) {
                byName.put(String.valueOf(++unnamed), new ArrayList<>(List.of(i + 1)));
            }
        }
        for (int i = 0; i < javaGroups.size(); i++) {
            String name = javaGroups.get(i);
            if (name != null) {
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(i + 1);
            }
        }
        String[] names = byName.keySet().toArray(String[]::new);
        int[][] indices = new int[names.length][];
        for (int n = 0; n < names.length; n++) {
            indices[n] = byName.get(names[n]).stream().mapToInt(Integer::intValue).toArray();
        }
        for (int r = references.size() - 1; r >= 0; r--) {
            BackReference ref = references.get(r);
            List<Integer> groups = byName.get(ref.name);
            if (groups == null) {
                throw RegexSyntaxError.at(source, ref.sourceOffset, ref.name.chars().allMatch(Character::isDigit)
                        ? "Reference to undefined group number " + ref.name + "."
                        : "Reference to undefined group name '" + ref.name + "'.");
            }
            out.insert(ref.at, "(?:\\" + groups.getFirst() + ")");
        }
        return new Translation(out.toString(), names, indices);
    }

    private boolean more() {
        return pos < source.length();
    }

    private char peek() {
        return source.charAt(pos);
    }

    private boolean lookingAt(String text) {
        return source.startsWith(text, pos);
    }

    /** Alternatives and their atoms up to the end of the pattern or the group's {@code )}. */
    private void sequence() {
        quantifiable = false;
        while (more()) {
            char c = peek();
            if (ignoreWhitespace && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B)) {
                pos++;
            } else if (ignoreWhitespace && c == '#') {
                while (more() && peek() != '\n') {
                    pos++;
                }
            } else if (c == ')') {
                if (scopes.isEmpty()) {
                    throw RegexSyntaxError.at(source, pos + 1, "Too many )'s.");
                }
                return;
            } else if (c == '(') {
                group();
            } else if (c == '[') {
                pos++;
                out.append('[').append(characterClass()).append(']');
                quantifiable = true;
            } else if (c == '\\') {
                escape();
            } else if (c == '*' || c == '+' || c == '?' || c == '{' && quantifierLength() > 0) {
                quantifier();
            } else if (c == '|') {
                out.append(c);
                pos++;
                quantifiable = false;
            } else {
                out.append(c == '{' ? "\\{" : String.valueOf(c));
                pos++;
                quantifiable = c != '^' && c != '$';
            }
        }
    }

    /** The length of a {@code {n}}, {@code {n,}} or {@code {n,m}} quantifier at the position, else 0. */
    private int quantifierLength() {
        int i = pos + 1;
        int digits = i;
        while (i < source.length() && Character.isDigit(source.charAt(i))) {
            i++;
        }
        if (i == digits || i >= source.length()) {
            return 0;
        }
        if (source.charAt(i) == ',') {
            i++;
            while (i < source.length() && Character.isDigit(source.charAt(i))) {
                i++;
            }
        }
        return i < source.length() && source.charAt(i) == '}' ? i + 1 - pos : 0;
    }

    private void quantifier() {
        char c = peek();
        if (!quantifiable) {
            throw RegexSyntaxError.at(source, pos + 1, "Quantifier '" + c + "' following nothing.");
        }
        int length = c == '{' ? quantifierLength() : 1;
        out.append(source, pos, pos + length);
        pos += length;
        if (more() && peek() == '?') {
            out.append('?');
            pos++;
        }
        if (more() && (peek() == '*' || peek() == '+' || peek() == '?' || peek() == '{' && quantifierLength() > 0)) {
            throw RegexSyntaxError.at(source, pos + 1, "Nested quantifier '" + peek() + "'.");
        }
        quantifiable = false;
    }

    private void group() {
        pos++;
        scopes.push(new boolean[] {explicitCapture, ignoreWhitespace});
        if (!lookingAt("?")) {
            if (explicitCapture) {
                out.append("(?:");
            } else {
                out.append('(');
                javaGroups.add(null);
            }
        } else if (lookingAt("?#")) {
            int close = source.indexOf(')', pos);
            if (close < 0) {
                throw RegexSyntaxError.at(source, source.length(), "Unterminated (?#...) comment.");
            }
            pos = close + 1;
            scopes.pop();
            return;
        } else if (lookingAt("?:") || lookingAt("?=") || lookingAt("?!") || lookingAt("?>") || lookingAt("?<=")
                || lookingAt("?<!")) {
            int length = lookingAt("?<") ? 3 : 2;
            out.append('(').append(source, pos, pos + length);
            pos += length;
        } else if (lookingAt("?<") || lookingAt("?'")) {
            namedGroup();
        } else if (lookingAt("?(")) {
            throw RegexSyntaxError.at(source, pos + 1, "Alternation conditions are not supported.");
        } else if (inlineOptions()) {
            return;
        }
        sequence();
        if (!more()) {
            throw RegexSyntaxError.at(source, source.length(), "Not enough )'s.");
        }
        pos++;
        out.append(')');
        boolean[] outer = scopes.pop();
        explicitCapture = outer[0];
        ignoreWhitespace = outer[1];
        quantifiable = true;
    }

    private void namedGroup() {
        char close = source.charAt(pos + 1) == '<' ? '>' : '\'';
        int end = source.indexOf(close, pos + 2);
        String name = end < 0 ? "" : source.substring(pos + 2, end);
        if (name.contains("-")) {
            throw RegexSyntaxError.at(source, end + 1, "Balancing groups (?<name1-name2>...) are not supported.");
        }
        if (end < 0 || !isGroupName(name)) {
            throw RegexSyntaxError.at(source, pos + 2, "Invalid group name: Group names must begin with a word "
                    + "character.");
        }
        pos = end + 1;
        out.append('(');
        javaGroups.add(name.chars().allMatch(Character::isDigit) ? String.valueOf(Integer.parseInt(name)) : name);
    }

    private static boolean isGroupName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isWordChar(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.CONNECTOR_PUNCTUATION;
    }

    /**
     * {@code (?imnsx-imnsx)} for the rest of the enclosing group (true), or {@code (?imnsx-imnsx:...)} for a group of its
     * own (false); {@code i}, {@code m} and {@code s} go to Java, {@code n} and {@code x} stay here.
     */
    private boolean inlineOptions() {
        pos++;
        boolean on = true;
        StringBuilder java = new StringBuilder();
        while (more() && "imnsx-".indexOf(peek()) >= 0) {
            char c = peek();
            if (c == '-') {
                on = false;
                java.append('-');
            } else if (c == 'n') {
                explicitCapture = on;
            } else if (c == 'x') {
                ignoreWhitespace = on;
            } else {
                java.append(c);
            }
            pos++;
        }
        if (!more() || peek() != ')' && peek() != ':') {
            throw RegexSyntaxError.at(source, Math.min(pos + 1, source.length()), "Unrecognized grouping construct.");
        }
        String flags = java.toString().endsWith("-") ? java.substring(0, java.length() - 1) : java.toString();
        pos++;
        if (source.charAt(pos - 1) == ')') {
            scopes.pop();
            if (!flags.isEmpty()) {
                out.append("(?").append(flags).append(')');
            }
            quantifiable = false;
            return true;
        }
        out.append("(?").append(flags).append(':');
        return false;
    }

    private void escape() {
        pos++;
        if (!more()) {
            throw RegexSyntaxError.at(source, source.length(), "Illegal \\\\ at end of pattern.");
        }
        char c = peek();
        quantifiable = true;
        if (c >= '1' && c <= '9') {
            int end = pos;
            while (end < source.length() && Character.isDigit(source.charAt(end))) {
                end++;
            }
            references.add(new BackReference(out.length(), String.valueOf(Integer.parseInt(source.substring(pos,
                    end))), end));
            pos = end;
        } else if (c == 'k') {
            pos++;
            char open = more() ? peek() : ' ';
            int end = open == '<' ? source.indexOf('>', pos) : open == '\'' ? source.indexOf('\'', pos + 1) : -1;
            if (end < 0) {
                throw RegexSyntaxError.at(source, pos, "Malformed \\\\k<...> named back reference.");
            }
            String name = source.substring(pos + 1, end);
            references.add(new BackReference(out.length(), name.chars().allMatch(Character::isDigit)
                    && !name.isEmpty() ? String.valueOf(Integer.parseInt(name)) : name, end + 1));
            pos = end + 1;
        } else if (c == 'A' || c == 'z' || c == 'Z' || c == 'G' || c == 'b' || c == 'B') {
            out.append('\\').append(c);
            pos++;
            quantifiable = false;
        } else {
            out.append(classEscape());
        }
    }

    /**
     * An escape that stands for characters, in or out of a class: {@code \d}, {@code \p{..}}, {@code \x41},
     * {@code \0}, {@code \v} and the escaped punctuation; {@code pos} is just after the backslash.
     */
    private String classEscape() {
        char c = peek();
        pos++;
        switch (c) {
            case 'd', 'D', 'w', 'W', 's', 'S', 'a', 'e', 'f', 'n', 'r', 't' -> {
                return "\\" + c;
            }
            case 'v' -> {
                return "\\x0B";
            }
            case 'b' -> {
                return "\\x08";
            }
            case 'p', 'P' -> {
                return c == 'p' ? property() : "\\P" + property().substring(2);
            }
            case 'x', 'u' -> {
                int digits = c == 'x' ? 2 : 4;
                if (pos + digits > source.length() || !source.substring(pos, pos + digits).chars()
                        .allMatch(ch -> Character.digit(ch, 16) >= 0)) {
                    throw RegexSyntaxError.at(source, Math.min(pos + digits, source.length()),
                            "Insufficient or invalid hexadecimal digits.");
                }
                pos += digits;
                return "\\" + c + source.substring(pos - digits, pos);
            }
            case 'c' -> {
                if (!more() || !Character.isLetter(peek())) {
                    throw RegexSyntaxError.at(source, pos, "Unrecognized control character.");
                }
                return "\\c" + Character.toUpperCase(source.charAt(pos++));
            }
            case '0' -> {
                int end = pos;
                while (end < source.length() && end < pos + 2 && source.charAt(end) >= '0'
                        && source.charAt(end) <= '7') {
                    end++;
                }
                int value = end == pos ? 0 : Integer.parseInt(source.substring(pos, end), 8);
                pos = end;
                return String.format("\\x%02x", value);
            }
            default -> {
                if (Character.isLetterOrDigit(c) || c == '_') {
                    throw RegexSyntaxError.at(source, pos, "Unrecognized escape sequence \\\\" + c + ".");
                }
                return "\\" + c;
            }
        }
    }

    /** {@code \p{Name}}: a Unicode category as is, a .NET block name {@code IsGreek} as Java's {@code InGreek}. */
    private String property() {
        int close = source.indexOf('}', pos);
        if (!more() || peek() != '{' || close < 0) {
            throw RegexSyntaxError.at(source, Math.min(pos + 1, source.length()), "Incomplete \\\\p{X} character "
                    + "escape.");
        }
        String name = source.substring(pos + 1, close);
        pos = close + 1;
        if (CATEGORIES.contains("|" + name + "|")) {
            return "\\p{" + name + "}";
        }
        if (name.startsWith("Is") && name.length() > 2) {
            try {
                Character.UnicodeBlock.forName(name.substring(2));
                return "\\p{In" + name.substring(2) + "}";
            } catch (IllegalArgumentException unknown) {
                // .NET's error below
            }
        }
        throw RegexSyntaxError.at(source, pos, "Unknown property '" + name + "'.");
    }

    /**
     * The inside of a character class after its {@code [}, up to and past its {@code ]}: {@code [} and {@code &}
     * are plain characters in .NET but not in Java, and {@code -[...]} subtracts a class.
     */
    private String characterClass() {
        StringBuilder cls = new StringBuilder();
        int start = pos;
        if (more() && peek() == '^') {
            cls.append('^');
            pos++;
            start = pos;
        }
        while (true) {
            if (!more()) {
                throw RegexSyntaxError.at(source, source.length(), "Unterminated [] set.");
            }
            char c = peek();
            if (c == ']' && pos > start) {
                pos++;
                return cls.toString();
            }
            if (c == '-' && pos > start && pos + 1 < source.length() && source.charAt(pos + 1) == '[') {
                pos += 2;
                String subtracted = characterClass();
                cls.append("&&[").append(subtracted.startsWith("^") ? subtracted.substring(1) : "^" + subtracted)
                        .append(']');
                if (!more() || peek() != ']') {
                    throw RegexSyntaxError.at(source, pos, "A subtraction must be the last element in a character "
                            + "class.");
                }
                continue;
            }
            if (c == '\\') {
                pos++;
                if (!more()) {
                    throw RegexSyntaxError.at(source, source.length(), "Illegal \\\\ at end of pattern.");
                }
                cls.append(classEscape());
            } else {
                cls.append(c == '[' || c == '&' || c == ']' ? "\\" + c : String.valueOf(c));
                pos++;
            }
        }
    }
}
