package dev.jpwsh.dotnet.text;

import dev.jpwsh.dotnet.DotNetEnums;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** System.String's instance and static members that java.lang.String spells differently or lacks. */
public final class StringMembers {
    private StringMembers() {
    }

    /** {@code String.Clone()}: strings are immutable, so the string itself. */
    public static String Clone(String s) {
        return s;
    }

    public static String ToUpper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    public static String ToLower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    public static String ToUpperInvariant(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    public static String ToLowerInvariant(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    public static String Trim(String s) {
        return s.strip();
    }

    public static String Trim(String s, String chars) {
        return TrimEnd(TrimStart(s, chars), chars);
    }

    public static String TrimStart(String s) {
        return s.stripLeading();
    }

    public static String TrimStart(String s, String chars) {
        int i = 0;
        while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return s.substring(i);
    }

    public static String TrimEnd(String s) {
        return s.stripTrailing();
    }

    public static String TrimEnd(String s, String chars) {
        int i = s.length();
        while (i > 0 && chars.indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        return s.substring(0, i);
    }

    public static String Substring(String s, int start) {
        return Substring(s, start, s.length() - Math.min(start, s.length()));
    }

    /** .NET's argument checks and messages: ArgumentOutOfRangeException naming the parameter at fault. */
    public static String Substring(String s, int start, int length) {
        if (start < 0 || start > s.length()) {
            throw new IndexOutOfBoundsException(start < 0 ? "StartIndex cannot be less than zero. (Parameter "
                    + "'startIndex')" : "startIndex cannot be larger than length of string. (Parameter 'startIndex')");
        }
        if (length < 0 || start + length > s.length()) {
            throw new IndexOutOfBoundsException(length < 0 ? "Length cannot be less than zero. (Parameter 'length')"
                    : "Index and length must refer to a location within the string. (Parameter 'length')");
        }
        return s.substring(start, start + length);
    }

    public static int IndexOf(String s, String value) {
        return s.indexOf(value);
    }

    public static int LastIndexOf(String s, String value) {
        return s.lastIndexOf(value);
    }

    public static boolean Contains(String s, String value) {
        return s.contains(value);
    }

    public static boolean StartsWith(String s, String value) {
        return s.startsWith(value);
    }

    public static boolean EndsWith(String s, String value) {
        return s.endsWith(value);
    }

    public static String Replace(String s, String oldValue, String newValue) {
        return s.replace(oldValue, newValue == null ? "" : newValue);
    }

    /** {@code Split()} with no separator: .NET splits at every white-space character. */
    public static Object[] Split(String s) {
        return splitAt(s, c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    public static Object[] Split(String s, String separators) {
        return splitAt(s, c -> separators.indexOf(c) >= 0);
    }

    private static Object[] splitAt(String s, java.util.function.IntPredicate separator) {
        List<Object> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (separator.test(s.charAt(i))) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts.toArray();
    }

    /** {@code Split(separator, options)}: the separator is a whole string; options drop empty or trim parts. */
    public static Object[] Split(String s, String separator, DotNetEnums.StringSplitOptions options) {
        List<Object> parts = new ArrayList<>();
        int start = 0;
        for (int at = separator.isEmpty() ? -1 : s.indexOf(separator); at >= 0; at = s.indexOf(separator, start)) {
            addPart(parts, s.substring(start, at), options);
            start = at + separator.length();
        }
        addPart(parts, s.substring(start), options);
        return parts.toArray();
    }

    private static void addPart(List<Object> parts, String part, DotNetEnums.StringSplitOptions options) {
        String kept = options == DotNetEnums.StringSplitOptions.TrimEntries ? part.strip() : part;
        if (!(kept.isEmpty() && options == DotNetEnums.StringSplitOptions.RemoveEmptyEntries)) {
            parts.add(kept);
        }
    }

    public static String PadLeft(String s, int width) {
        return PadLeft(s, width, ' ');
    }

    public static String PadLeft(String s, int width, char c) {
        return s.length() >= width ? s : String.valueOf(c).repeat(width - s.length()) + s;
    }

    public static String PadRight(String s, int width) {
        return PadRight(s, width, ' ');
    }

    public static String PadRight(String s, int width, char c) {
        return s.length() >= width ? s : s + String.valueOf(c).repeat(width - s.length());
    }

    public static String Insert(String s, int index, String value) {
        return s.substring(0, index) + value + s.substring(index);
    }

    public static String Remove(String s, int start) {
        return s.substring(0, start);
    }

    public static String Remove(String s, int start, int count) {
        return s.substring(0, start) + s.substring(start + count);
    }

    public static Object[] ToCharArray(String s) {
        Object[] chars = new Object[s.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = s.charAt(i);
        }
        return chars;
    }

    public static String ToString(String s) {
        return s;
    }

    public static boolean Equals(String s, Object other) {
        return s.equals(other);
    }

    public static boolean IsNullOrEmpty(String s) {
        return s == null || s.isEmpty();
    }

    public static boolean IsNullOrWhiteSpace(String s) {
        return s == null || s.isBlank();
    }

    public static String Join(String separator, Object[] values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            sb.append(i > 0 ? separator : "").append(LanguagePrimitives.toString(values[i]));
        }
        return sb.toString();
    }

    public static final String Empty = "";
}
