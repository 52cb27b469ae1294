package dev.jpwsh.runtime.ops;

import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.convert.NumericKind;
import dev.jpwsh.runtime.error.RuntimeErrors;
import dev.jpwsh.runtime.object.FlagsEnum;
import dev.jpwsh.runtime.object.TypeNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PowerShell's comparison operators. A collection on the left filters: the result is the elements for which
 * the comparison holds. Otherwise the right operand is converted to the left operand's type: strings compare
 * as text (ignoring case unless {@code caseSensitive}), numbers numerically, booleans by truth, and any other
 * value through the engine's conversions ({@link ComparisonConversion}). A right operand that cannot convert
 * makes equality false and an ordering operator fail. Stateless and thread-safe.
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
                if (operate(kind, element, right, caseSensitive)) {
                    matches.add(element);
                }
            }
            return matches.toArray();
        }
        return operate(kind, left, right, caseSensitive);
    }

    /**
     * The comparison of two single values as the operators make it: an ordering operator whose right operand does
     * not convert to the left's type fails with pwsh's error (an equality operator answers "not equal"), and null
     * compares as {@link #withNull} says.
     */
    private static boolean operate(Kind kind, Object left, Object right, boolean caseSensitive) {
        if (left == null || right == null) {
            return withNull(kind, left, right);
        }
        return holds(kind, order(left, right, caseSensitive, kind != Kind.EQ && kind != Kind.NE));
    }

    /**
     * The comparison of two single values for the cmdlets that sort, group and filter: values that cannot be
     * compared are simply unequal, and null is below every value.
     */
    public static boolean test(Kind kind, Object left, Object right, boolean caseSensitive) {
        return holds(kind, left instanceof Integer a && right instanceof Integer b ? Integer.valueOf(Integer.compare(a, b))
                : order(left, right, caseSensitive));
    }

    private static boolean holds(Kind kind, Integer order) {
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

    /**
     * A comparison with null on one side, as pwsh's operators answer it: null equals only null, and against a
     * number the ordering operators ask the number's sign (so {@code $null -lt -1} is false), not null's place.
     */
    private static boolean withNull(Kind kind, Object left, Object right) {
        boolean leftNumeric = isNumeric(left);
        boolean rightNumeric = !leftNumeric && isNumeric(right);
        Object number = leftNumeric ? left : right;
        boolean signed = (leftNumeric || rightNumeric) && signum(number) < 0;
        return switch (kind) {
            case EQ -> left == right;
            case NE -> left != right;
            case LT, LE -> leftNumeric ? signed : rightNumeric ? !signed : kind == Kind.LT ? right != null : left == null;
            case GT, GE -> leftNumeric ? !signed : rightNumeric ? signed : kind == Kind.GT ? left != null : right == null;
        };
    }

    private static boolean isNumeric(Object value) {
        return value instanceof Enum<?> || value instanceof FlagsEnum || value != null && NumericKind.of(value) != null;
    }

    private static int signum(Object number) {
        return switch (number) {
            case Enum<?> e -> Integer.signum(e.ordinal());
            case FlagsEnum f -> Long.signum(f.value());
            case BigDecimal d -> d.signum();
            default -> (int) Math.signum(((Number) number).doubleValue());
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
     * The order of two values after converting the right one to the left one's type; null when they cannot be
     * compared (a string that is no number against a number, or null against a value). LanguagePrimitives.Compare
     * gives its sign.
     */
    public static Integer order(Object left, Object right, boolean caseSensitive) {
        if (left == null || right == null) {
            // Null is below every value, and equal only to null.
            return left == right ? 0 : left == null ? -1 : 1;
        }
        return order(left, right, caseSensitive, false);
    }

    /** The order of two values that are not null; {@code strict}: a right operand that does not convert is an error. */
    private static Integer order(Object left, Object right, boolean caseSensitive, boolean strict) {
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
            Character r = switch (right) {
                case Character rc -> rc;
                case String rs when rs.length() == 1 -> rs.charAt(0);
                case Number n when NumericKind.of(n).fitsLong() -> (char) n.intValue();
                default -> null;
            };
            if (r == null) {
                return failed(left, right, Character.class, strict);
            }
            boolean sameLetter = !caseSensitive && Character.toUpperCase(c) == Character.toUpperCase(r);
            return sameLetter ? 0 : Integer.signum(Character.compare(c, r));
        }
        if (left instanceof Enum<?> member) {
            Integer r = enumNumber(member.getDeclaringClass(), right, strict);
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
                if (strict && right instanceof String text) {
                    throw RuntimeErrors.notANumber(text, TypeNames.ofValue(left));
                }
                return failed(left, right, left.getClass(), strict);
            }
            return compareNumbers((Number) left, (Number) r);
        }
        if (left.equals(right)) {
            return 0;
        }
        Object converted;
        try {
            converted = ComparisonConversion.ENGINE.convert(right, left.getClass());
        } catch (RuntimeException notConverted) {
            converted = null;
        }
        if (left instanceof Comparable<?> && left.getClass().isInstance(converted)) {
            @SuppressWarnings("unchecked")
            Comparable<Object> c = (Comparable<Object>) left;
            return Integer.signum(c.compareTo(converted));
        }
        if (left.equals(converted) || right instanceof String
                && LanguagePrimitives.toString(left).equalsIgnoreCase((String) right)) {
            return 0;
        }
        if (strict) {
            throw converted == null ? conversionFailure(left, right, left.getClass())
                    : RuntimeErrors.notComparable(left);
        }
        return null;
    }

    /** No order for a right operand that does not convert: null, or (strict) pwsh's ComparisonFailure. */
    private static Integer failed(Object left, Object right, Class<?> type, boolean strict) {
        if (strict) {
            throw conversionFailure(left, right, type);
        }
        return null;
    }

    /** pwsh's ComparisonFailure, with the message of the conversion of {@code right} to {@code type}. */
    private static RuntimeException conversionFailure(Object left, Object right, Class<?> type) {
        try {
            ComparisonConversion.ENGINE.convert(right, type);
            return RuntimeErrors.notComparable(left);
        } catch (RuntimeException notConverted) {
            return RuntimeErrors.comparisonFailure(left, right, notConverted.getMessage());
        }
    }

    /**
     * The number of the member of {@code type} that a value names, is or converts to, or null when it is none of
     * them; when {@code strict}, a value that is none of them fails with the conversion's error, as pwsh's ordering
     * operators do.
     */
    private static Integer enumNumber(Class<?> type, Object value, boolean strict) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        String name = LanguagePrimitives.toString(value).strip();
        for (Object member : type.getEnumConstants()) {
            if (((Enum<?>) member).name().equalsIgnoreCase(name)) {
                return ((Enum<?>) member).ordinal();
            }
        }
        try {
            return ComparisonConversion.ENGINE.convert(value, type) instanceof Enum<?> member ? member.ordinal() : null;
        } catch (RuntimeException notOne) {
            if (strict) {
                throw notOne;
            }
            return null;
        }
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
