package dev.jpwsh.dotnet.text;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.NamedIndexer;
import dev.jpwsh.runtime.regex.DotNetPattern;
import dev.jpwsh.runtime.regex.RegexReplacement;
import java.util.AbstractList;
import java.util.regex.MatchResult;

/**
 * System.Text.RegularExpressions.Match: the whole match as a group, its Groups by .NET number and name, the next
 * match, and {@code Result} of a replacement pattern.
 */
@DotNetName("System.Text.RegularExpressions.Match")
public final class RegexMatch extends RegexGroup {
    private final Regex regex;
    private final MatchResult result;
    private final String input;

    RegexMatch(Regex regex, MatchResult result, String input) {
        super("0", result == null ? null : result.group(), result == null ? 0 : result.start());
        this.regex = regex;
        this.result = result;
        this.input = input;
    }

    /** A match found by the engine's own operators ({@code -replace} with a script block), for {@code $_}. */
    public static RegexMatch of(DotNetPattern pattern, MatchResult result, String input) {
        return new RegexMatch(new Regex(pattern), result, input);
    }

    static RegexMatch empty(Regex regex, String input) {
        return new RegexMatch(regex, null, input);
    }

    public GroupCollection getGroups() {
        return new GroupCollection();
    }

    public RegexMatch NextMatch() {
        if (result == null) {
            return this;
        }
        if (regex.getRightToLeft()) {
            return regex.matchFrom(input, result.end() == result.start() ? result.start() - 1 : result.start());
        }
        int from = result.end() == result.start() ? result.end() + 1 : result.end();
        return regex.matchFrom(input, from);
    }

    /** The replacement pattern {@code $1}, {@code ${name}}... expanded for this match. */
    public String Result(String replacement) {
        if (result == null) {
            throw new UnsupportedOperationException("Result cannot be called on a failed Match.");
        }
        StringBuilder sb = new StringBuilder();
        RegexReplacement.parse(replacement, regex.pattern()).appendTo(sb, regex.pattern(), result, input);
        return sb.toString();
    }

    /** System.Text.RegularExpressions.GroupCollection: the groups by number, and by name through the indexer. */
    @DotNetName("System.Text.RegularExpressions.GroupCollection")
    public final class GroupCollection extends AbstractList<RegexGroup> implements NamedIndexer {
        @Override
        public RegexGroup get(int number) {
            DotNetPattern p = regex.pattern();
            String name = p.groupName(number);
            if (result == null) {
                return new RegexGroup(name, null, 0);
            }
            int java = p.javaGroup(result, number);
            return new RegexGroup(name, java < 0 ? null : result.group(java), java < 0 ? 0 : result.start(java));
        }

        @Override
        public int size() {
            return result == null ? 1 : regex.pattern().groupCount();
        }

        @Override
        public Object item(String key) {
            int number = regex.pattern().groupNumber(key);
            return number < 0 ? new RegexGroup(key, null, 0) : get(number);
        }

        public int getCount() {
            return size();
        }

        public Object[] getKeys() {
            Object[] keys = new Object[size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = regex.pattern().groupName(i);
            }
            return keys;
        }
    }
}
