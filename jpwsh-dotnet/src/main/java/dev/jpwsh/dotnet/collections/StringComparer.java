package dev.jpwsh.dotnet.collections;

import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.EqualityComparer;
import java.util.Comparator;
import java.util.Locale;

/**
 * System.StringComparer: how a HashSet or Dictionary compares string keys. The culture-aware comparers compare
 * like the ordinal ones (jpwsh runs culture-invariant). Immutable, shared by every thread.
 */
@DotNetName("System.StringComparer")
public final class StringComparer implements Comparator<Object>, EqualityComparer {
    private static final StringComparer ORDINAL = new StringComparer(false);
    private static final StringComparer IGNORE_CASE = new StringComparer(true);

    private final boolean ignoreCase;

    private StringComparer(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    public static StringComparer getOrdinal() {
        return ORDINAL;
    }

    public static StringComparer getOrdinalIgnoreCase() {
        return IGNORE_CASE;
    }

    public static StringComparer getInvariantCulture() {
        return ORDINAL;
    }

    public static StringComparer getInvariantCultureIgnoreCase() {
        return IGNORE_CASE;
    }

    public static StringComparer getCurrentCulture() {
        return ORDINAL;
    }

    public static StringComparer getCurrentCultureIgnoreCase() {
        return IGNORE_CASE;
    }

    /**
     * What two keys equal under {@code comparer} share, for a hash map: with a StringComparer the key itself or a
     * string folded to one case, else the key wrapped to compare and hash as the comparer says.
     */
    static Object keyOf(EqualityComparer comparer, Object key) {
        if (comparer instanceof StringComparer strings) {
            return strings.ignoreCase && key instanceof String s ? s.toUpperCase(Locale.ROOT) : key;
        }
        return new ComparedKey(key, comparer);
    }

    /** A key a script's IEqualityComparer decides equality and hash codes of. */
    private record ComparedKey(Object key, EqualityComparer comparer) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ComparedKey k && comparer.equals(key, k.key);
        }

        @Override
        public int hashCode() {
            return comparer.hashCode(key);
        }
    }

    @Override
    public boolean equals(Object first, Object second) {
        return compare(first, second) == 0;
    }

    @Override
    public int hashCode(Object value) {
        return keyOf(this, value).hashCode();
    }

    public boolean Equals(Object first, Object second) {
        return compare(first, second) == 0;
    }

    public int Compare(Object first, Object second) {
        return compare(first, second);
    }

    public int GetHashCode(Object value) {
        return hashCode(value);
    }

    @Override
    public int compare(Object first, Object second) {
        if (first == null || second == null) {
            return first == second ? 0 : first == null ? -1 : 1;
        }
        String a = LanguagePrimitives.toString(first);
        String b = LanguagePrimitives.toString(second);
        return Integer.signum(ignoreCase ? a.compareToIgnoreCase(b) : a.compareTo(b));
    }
}
