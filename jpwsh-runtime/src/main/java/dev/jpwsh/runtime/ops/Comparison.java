package dev.jpwsh.runtime.ops;

import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.convert.NumericKind;
import dev.jpwsh.runtime.object.FlagsEnum;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PowerShell's comparison operators. A collection on the left filters: the result is the elements for which
 * the comparison holds. Otherwise the right operand is converted to the left operand's kind: strings compare
 * as text (ignoring case unless {@code caseSensitive}), numbers numerically, booleans by truth. A right
 * operand that cannot convert makes equality false. Stateless and thread-safe.
 */
public final class Comparison {
    private Comparison() {
    }

    public enum Kind {
        EQ, NE, GT, GE, LT, LE
    }

    /** {@code left -eq right} and the rest; returns a Boolean, or the filtered elements for a collection. */
    public static Object compare(Kind kind, Object left, Object right, boolean caseSensitive) {
        if (isCollection(left)) {
            List<Object> matches = new ArrayList<>();
            for (Object element : elements(left)) {
                if (test(kind, element, right, caseSensitive)) {
                    matches.add(element);
                }
            }
            return matches.toArray();
        }
        return test(kind, left, right, caseSensitive);
    }

    /** The comparison of two single values. */
    public static boolean test(Kind kind, Object left, Object right, boolean caseSensitive) {
        Integer order = left instanceof Integer a && right instanceof Integer b ? Integer.valueOf(Integer.compare(a, b))
                : order(left, right, caseSensitive);
        if (order == null) {
            return kind == Kind.NE;
        }
        return switch (kind) {
            case EQ -> order == 0;
            case NE -> order != 0;
            case GT -> order > 0;
            case GE -> order >= 0;
            case LT -> order < 0;
            case LE -> order <= 0;
        };
    }

    /** Equality as {@code -eq} sees it, for -contains, -in and switch. */
    public static boolean equal(Object left, Object right, boolean caseSensitive) {
        return test(Kind.EQ, left, right, caseSensitive);
    }

    /** {@code collection -contains value}: any element equal to the value. */
    public static boolean contains(Object collection, Object value, boolean caseSensitive) {
        for (Object element : elements(collection)) {
            if (equal(element, value, caseSensitive)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The order of two values after converting the right one to the left one's kind; null when they cannot be
     * compared (a string that is no number against a number, or null against a value). LanguagePrimitives.Compare
     * gives its sign.
     */
    public static Integer order(Object left, Object right, boolean caseSensitive) {
        if (left == null || right == null) {
            // Null is below every value, and equal only to null.
            return left == right ? 0 : left == null ? -1 : 1;
        }
        if (left instanceof String s) {
            String r = LanguagePrimitives.toString(right);
            int c = caseSensitive ? s.compareTo(r) : compareIgnoreCase(s, r);
            return Integer.signum(c);
        }
        if (left instanceof Boolean b) {
            boolean r = right instanceof String rs ? !rs.isEmpty() : LanguagePrimitives.isTrue(right);
            return Boolean.compare(b, r);
        }
        if (left instanceof Character c) {
            String r = LanguagePrimitives.toString(right);
            String l = String.valueOf(c);
            return Integer.signum(caseSensitive ? l.compareTo(r) : compareIgnoreCase(l, r));
        }
        if (left instanceof Enum<?> member) {
            Integer r = enumNumber(member.getDeclaringClass(), right);
            return r == null ? null : Integer.compare(member.ordinal(), r);
        }
        if (left instanceof FlagsEnum flags && (right instanceof Number || right instanceof FlagsEnum)) {
            long r = right instanceof FlagsEnum other ? other.value() : ((Number) right).longValue();
            return Long.compare(flags.value(), r);
        }
        if (NumericKind.of(left) != null) {
            Object r;
            try {
                r = LanguagePrimitives.toNumber(right instanceof Boolean bool ? (bool ? 1 : 0) : right);
            } catch (RuntimeException notANumber) {
                return null;
            }
            return compareNumbers((Number) left, (Number) r);
        }
        if (left.equals(right)) {
            return 0;
        }
        if (left instanceof Comparable<?> && right instanceof String text && PARSE.get(left.getClass()) != null) {
            right = parsed(left.getClass(), text);
        }
        if (left instanceof Comparable<?> && left.getClass().isInstance(right)) {
            @SuppressWarnings("unchecked")
            Comparable<Object> c = (Comparable<Object>) left;
            return Integer.signum(c.compareTo(right));
        }
        return LanguagePrimitives.toString(left).equalsIgnoreCase(LanguagePrimitives.toString(right))
                && right instanceof String ? 0 : null;
    }

    /**
     * A comparable .NET type's static {@code Parse(string)} returning the type ({@code [version]}, {@code [semver]}),
     * through which text on the right converts to the left's type, as pwsh converts it; null for a type without one.
     */
    private static final ClassValue<java.lang.reflect.Method> PARSE = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Method computeValue(Class<?> type) {
            try {
                java.lang.reflect.Method parse = type.getMethod("Parse", String.class);
                return java.lang.reflect.Modifier.isStatic(parse.getModifiers()) && parse.getReturnType() == type
                        ? parse : null;
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    };

    /** The text parsed as a {@code type}, or the text itself when it is none. */
    private static Object parsed(Class<?> type, String text) {
        try {
            return PARSE.get(type).invoke(null, text);
        } catch (ReflectiveOperationException | RuntimeException notOne) {
            return text;
        }
    }

    /** The number of the member of {@code type} that a value names or is, or null when it is none of them. */
    private static Integer enumNumber(Class<?> type, Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        String name = LanguagePrimitives.toString(value).strip();
        for (Object member : type.getEnumConstants()) {
            if (((Enum<?>) member).name().equalsIgnoreCase(name)) {
                return ((Enum<?>) member).ordinal();
            }
        }
        return null;
    }

    private static int compareNumbers(Number a, Number b) {
        NumericKind kindA = NumericKind.of(a);
        NumericKind kindB = NumericKind.of(b);
        if (kindA.fitsLong() && kindB.fitsLong()) {
            return Long.compare(a.longValue(), b.longValue());
        }
        if (isFloating(kindA) || isFloating(kindB)) {
            return Double.compare(a.doubleValue(), b.doubleValue()) == 0 ? 0
                    : a.doubleValue() < b.doubleValue() ? -1 : 1;
        }
        return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
    }

    private static boolean isFloating(NumericKind kind) {
        return kind == NumericKind.DOUBLE || kind == NumericKind.SINGLE;
    }

    /** Culture-style comparison ignoring case: letters compare alphabetically before their case is considered. */
    public static int compareIgnoreCase(String a, String b) {
        int c = a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
        return Integer.signum(c);
    }

    static boolean isCollection(Object value) {
        return value instanceof Object[] || value instanceof Collection<?> && !(value instanceof Map<?, ?>);
    }

    static Iterable<?> elements(Object value) {
        return switch (value) {
            case Object[] array -> java.util.Arrays.asList(array);
            case Collection<?> c when !(value instanceof Map<?, ?>) -> c;
            case null -> List.of();
            default -> java.util.Collections.singletonList(value);
        };
    }
}
