package dev.jpwsh.runtime.convert;

import dev.jpwsh.runtime.error.RuntimeErrors;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.MemberMethod;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSMemberTypes;
import dev.jpwsh.runtime.object.TypeNames;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * PowerShell's core conversions: to boolean, to string (culture-invariant, as {@code "$x"} shows values; an
 * enumerator shows the elements it has left, any other object its .NET text, see {@link TypeNames#text}) and
 * to number. Stateless and thread-safe.
 */
public final class LanguagePrimitives {
    private LanguagePrimitives() {
    }

    /**
     * PowerShell truth: null, empty strings, zero (an enum whose value is 0 too), and empty or all-false one-element
     * collections are false.
     */
    public static boolean isTrue(Object value) {
        return switch (value) {
            case null -> false;
            case Boolean b -> b;
            case String s -> !s.isEmpty();
            case Character c -> c != 0;
            case Number n -> n instanceof BigDecimal d ? d.signum() != 0
                    : n instanceof BigInteger b ? b.signum() != 0 : n.doubleValue() != 0;
            case Object[] array -> array.length > 1 || array.length == 1 && isTrue(array[0]);
            case Collection<?> c -> c.size() > 1 || c.size() == 1 && isTrue(c.iterator().next());
            // an enum is true unless its value is 0, as the number it stands for
            case Enum<?> e -> e.ordinal() != 0;
            case dev.jpwsh.runtime.object.FlagsEnum f -> f.value() != 0;
            default -> true;
        };
    }

    /** The string PowerShell shows for a value; elements of a collection are joined with {@code separator}. */
    public static String toString(Object value, String separator) {
        if (InstanceMembers.any()) {
            String text = InstanceMembers.text(value);
            if (text != null) {
                return text;
            }
        }
        return switch (value) {
            case null -> "";
            case String s -> s;
            case Boolean b -> b ? "True" : "False";
            case Double d -> formatDouble(d);
            case Float f -> formatGeneral(f.doubleValue(), 7);
            case BigDecimal d -> d.toPlainString();
            case Object[] array -> join(java.util.Arrays.asList(array).iterator(), separator);
            case dev.jpwsh.runtime.object.PSHashtable table -> table.toString();
            case Map<?, ?> map -> "System.Collections.Hashtable";
            case Collection<?> c -> join(c.iterator(), separator);
            case Iterator<?> enumerator -> join(enumerator, separator);
            case Number n -> n.toString();
            case Character c -> c.toString();
            case Enum<?> e -> e.toString();
            case Class<?> type -> TypeNames.powerShellName(type);
            case dev.jpwsh.runtime.object.NamedType type -> type.powerShellName();
            default -> addedToString(value) instanceof MemberMethod method
                    ? toString(method.invokeAsMember(value, java.util.List.of()), separator) : TypeNames.text(value);
        };
    }

    /** A ToString method Add-Member gave the object, which its string form uses as pwsh's PSObject does; else null. */
    private static Object addedToString(Object value) {
        if (!InstanceMembers.any()) {
            return null;
        }
        PSMember member = InstanceMembers.find(value, "ToString");
        return member != null && member.kind() == PSMemberTypes.ScriptMethod ? member.value() : null;
    }

    public static String toString(Object value) {
        return toString(value, " ");
    }

    /**
     * The string of a value inside another one: an element of a collection, a property of a custom object. As in pwsh
     * ({@code PSObject.ToString} with {@code recurse} false), a collection there is not expanded but shows its type's
     * string, and a custom object shows as empty, so a value that holds itself converts like any other.
     */
    public static String toNestedString(Object value) {
        return switch (value) {
            case null -> "";
            case Object[] nested -> "System.Object[]";
            case Collection<?> nested -> nested.toString();
            case dev.jpwsh.runtime.object.PSObject custom -> "";
            default -> toString(value, " ");
        };
    }

    private static String join(Iterator<?> items, String separator) {
        StringBuilder sb = new StringBuilder();
        while (items.hasNext()) {
            sb.append(toNestedString(items.next()));
            if (items.hasNext()) {
                sb.append(separator);
            }
        }
        return sb.toString();
    }

    /** A double as PowerShell shows it: .NET's {@code G15} format, culture-invariant. */
    public static String formatDouble(double d) {
        return formatGeneral(d, 15);
    }

    /**
     * .NET's {@code G<digits>} format: the value rounded to that many significant digits, in plain notation when
     * the decimal exponent is from -5 (exclusive) up to the digit count, otherwise as {@code 1E+15} or
     * {@code 1.5E-07}.
     */
    public static String formatGeneral(double d, int digits) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        BigDecimal exact = new BigDecimal(d).round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_UP))
                .stripTrailingZeros();
        int exponent = exact.precision() - exact.scale() - 1;
        if (exponent > -5 && exponent < digits) {
            return exact.toPlainString();
        }
        String mantissa = exact.unscaledValue().abs().toString();
        StringBuilder sb = new StringBuilder(d < 0 ? "-" : "").append(mantissa.charAt(0));
        if (mantissa.length() > 1) {
            sb.append('.').append(mantissa, 1, mantissa.length());
        }
        sb.append('E').append(exponent < 0 ? '-' : '+');
        String e = Integer.toString(Math.abs(exponent));
        return sb.append(e.length() < 2 ? "0" + e : e).toString();
    }

    /**
     * A value as a number for arithmetic: numbers as they are, booleans as 0/1, characters as their code,
     * null as 0, strings parsed (decimal, hex, with exponent); throws when a string is not a number.
     */
    public static Object toNumber(Object value) {
        return switch (value) {
            case null -> 0;
            case Number n -> n instanceof Byte || n instanceof Short ? n.intValue() : n;
            case Boolean b -> b ? 1 : 0;
            case Character c -> (int) c;
            case Enum<?> e -> e.ordinal();
            case dev.jpwsh.runtime.object.FlagsEnum f -> (int) f.value();
            case String s -> parseNumber(s);
            default -> throw RuntimeErrors.invalidCast(value, TypeNames.ofValue(value), "System.Int32");
        };
    }

    /** Parses a number as PowerShell reads strings in arithmetic: int, long, decimal or double, or hex. */
    public static Object parseNumber(String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            return 0;
        }
        try {
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.startsWith("0x") || lower.startsWith("-0x")) {
                boolean negative = lower.startsWith("-");
                BigInteger v = new BigInteger(lower.substring(negative ? 3 : 2), 16);
                return narrowest(negative ? v.negate() : v);
            }
            if (lower.startsWith("0b")) {
                return narrowest(new BigInteger(lower.substring(2), 2));
            }
            long multiplier = 1;
            String[] suffixes = {"kb", "mb", "gb", "tb", "pb"};
            for (int i = 0; i < suffixes.length; i++) {
                if (lower.endsWith(suffixes[i])) {
                    multiplier = 1L << (10 * (i + 1));
                    s = s.substring(0, s.length() - 2);
                    break;
                }
            }
            if (lower.endsWith("d")) {
                // the decimal suffix: the digits as written, scale and all ("1.50d" is 1.50)
                BigDecimal d = new BigDecimal(s.substring(0, s.length() - 1));
                return d.scale() < 0 ? d.setScale(0) : d;
            }
            if (lower.endsWith("f")) {
                throw new NumberFormatException(text);
            }
            if (s.matches("[+-]?\\d+")) {
                BigInteger v = new BigInteger(s.startsWith("+") ? s.substring(1) : s);
                return narrowest(v.multiply(BigInteger.valueOf(multiplier)));
            }
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw RuntimeErrors.notANumber(text, "System.Int32");
        }
    }

    private static Object narrowest(BigInteger v) {
        if (v.bitLength() < 32) {
            return v.intValue();
        }
        if (v.bitLength() < 64) {
            return v.longValue();
        }
        return new BigDecimal(v);
    }
}
