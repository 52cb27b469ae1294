package dev.jpwsh.dotnet;

import dev.jpwsh.dotnet.globalization.CultureInfo;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.format.FormatCulture;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.runtime.ops.CompositeFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Static members of System.Boolean, System.Int32, System.Double, System.Decimal and System.String that Java's classes lack. */
public final class PrimitiveStatics {
    private PrimitiveStatics() {
    }

    /** System.Boolean's statics. */
    public static final class BooleanStatics {
        private BooleanStatics() {
        }

        public static boolean Parse(String text) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("false")) {
                return t.equals("true");
            }
            throw new NumberFormatException("String '" + text + "' was not recognized as a valid Boolean.");
        }
    }

    /** System.Int32's statics. */
    public static final class IntStatics {
        private IntStatics() {
        }

        /** .NET's Int32.Parse: a FormatException for text that is no number, an OverflowException out of range. */
        public static int Parse(String text) {
            String digits = text.strip();
            if (!digits.matches("[+-]?[0-9]+")) {
                throw new NumberFormatException("The input string '" + text + "' was not in a correct format.");
            }
            try {
                return Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                throw new ArithmeticException("Value was either too large or too small for an Int32.");
            }
        }

        public static boolean TryParse(String text, Ref result) {
            try {
                result.setValue(Integer.parseInt(text.strip()));
                return true;
            } catch (NumberFormatException e) {
                result.setValue(0);
                return false;
            }
        }
    }

    /**
     * System.Double's statics: Parse and TryParse read text in a culture (the current one by default) with its
     * decimal and group separators, a sign, an exponent, and its NaN and infinity symbols.
     */
    public static final class DoubleStatics {
        private DoubleStatics() {
        }

        public static double Parse(String text) {
            return Parse(text, null);
        }

        public static double Parse(String text, Object provider) {
            Double value = read(text, CultureInfo.cultureOf(provider).numbers());
            if (value == null) {
                throw new NumberFormatException("The input string '" + text + "' was not in a correct format.");
            }
            return value;
        }

        public static boolean TryParse(String text, Ref result) {
            Double value = text == null ? null : read(text, FormatCulture.current().numbers());
            result.setValue(value == null ? 0.0 : value);
            return value != null;
        }

        private static Double read(String text, FormatCulture.Numbers symbols) {
            String t = text.strip();
            if (t.equals(symbols.nanSymbol())) {
                return Double.NaN;
            }
            if (t.equals(symbols.positiveInfinitySymbol())) {
                return Double.POSITIVE_INFINITY;
            }
            if (t.equals(symbols.negativeInfinitySymbol())) {
                return Double.NEGATIVE_INFINITY;
            }
            int point = t.indexOf(symbols.decimalSeparator());
            String integer = point < 0 ? t : t.substring(0, point);
            String rest = point < 0 ? "" : "." + t.substring(point + symbols.decimalSeparator().length());
            String plain = integer.replace(symbols.groupSeparator(), "").replace(symbols.negativeSign(), "-") + rest;
            if (!plain.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
                return null;
            }
            return Double.parseDouble(plain);
        }
    }

    /** System.Numerics.BigInteger's statics. */
    public static final class BigIntegerStatics {
        private BigIntegerStatics() {
        }

        public static java.math.BigInteger Pow(java.math.BigInteger value, int exponent) {
            return value.pow(exponent);
        }

        public static java.math.BigInteger Parse(String text) {
            return new java.math.BigInteger(text.strip());
        }
    }

    /**
     * System.Decimal's statics: its limits (a 96-bit whole number either way), Parse and TryParse of invariant text,
     * and the roundings to a whole number (Round to even, as .NET's default, Truncate, Floor, Ceiling).
     */
    public static final class DecimalStatics {
        public static final BigDecimal MaxValue = new BigDecimal("79228162514264337593543950335");
        public static final BigDecimal MinValue = MaxValue.negate();
        public static final BigDecimal MinusOne = BigDecimal.ONE.negate();

        private DecimalStatics() {
        }

        /** .NET's Decimal.Parse: a FormatException for text that is no number, an OverflowException out of range. */
        public static BigDecimal Parse(String text) {
            BigDecimal value = parsed(text);
            if (value == null) {
                throw new NumberFormatException("The input string '" + text + "' was not in a correct format.");
            }
            if (value.abs().compareTo(MaxValue) > 0) {
                throw new ArithmeticException("Value was either too large or too small for a Decimal.");
            }
            return value;
        }

        public static boolean TryParse(String text, Ref result) {
            BigDecimal value = text == null ? null : parsed(text);
            boolean fits = value != null && value.abs().compareTo(MaxValue) <= 0;
            result.setValue(fits ? value : BigDecimal.ZERO);
            return fits;
        }

        private static BigDecimal parsed(String text) {
            String plain = text.strip();
            if (!plain.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)")) {
                return null;
            }
            return new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain);
        }

        public static BigDecimal Round(BigDecimal value) {
            return value.setScale(0, RoundingMode.HALF_EVEN);
        }

        public static BigDecimal Round(BigDecimal value, int decimals) {
            return value.scale() <= decimals ? value : value.setScale(decimals, RoundingMode.HALF_EVEN);
        }

        public static BigDecimal Truncate(BigDecimal value) {
            return value.setScale(0, RoundingMode.DOWN);
        }

        public static BigDecimal Floor(BigDecimal value) {
            return value.setScale(0, RoundingMode.FLOOR);
        }

        public static BigDecimal Ceiling(BigDecimal value) {
            return value.setScale(0, RoundingMode.CEILING);
        }
    }

    /** System.String's statics. */
    public static final class StringStatics {
        private StringStatics() {
        }

        public static int Compare(String a, String b) {
            return Integer.signum(a.compareTo(b));
        }

        public static int Compare(String a, String b, boolean ignoreCase) {
            return ignoreCase ? Integer.signum(a.compareToIgnoreCase(b)) : Compare(a, b);
        }

        public static String Concat(Object a, Object b) {
            return LanguagePrimitives.toString(a) + LanguagePrimitives.toString(b);
        }

        public static String Concat(Object a, Object b, Object c) {
            return Concat(a, b) + LanguagePrimitives.toString(c);
        }

        public static String Format(String format, Object arg) {
            return CompositeFormat.format(format, Enumeration.toList(arg));
        }

        public static String Format(String format, Object a, Object b) {
            return CompositeFormat.format(format, java.util.Arrays.asList(a, b));
        }

        public static String Format(String format, Object a, Object b, Object c) {
            return CompositeFormat.format(format, java.util.Arrays.asList(a, b, c));
        }

        /** {@code Format(format, params object[] args)}: any number of arguments, loose or as one array. */
        public static String Format(String format, Object... args) {
            return CompositeFormat.format(format, args == null ? java.util.List.of() : java.util.Arrays.asList(args));
        }

        public static String Format(CultureInfo provider, String format, Object arg) {
            return CompositeFormat.format(CultureInfo.cultureOf(provider), format,
                    Enumeration.toList(arg));
        }

        public static String Format(CultureInfo provider, String format, Object a,
                Object b) {
            return CompositeFormat.format(CultureInfo.cultureOf(provider), format,
                    java.util.Arrays.asList(a, b));
        }

        public static String Format(CultureInfo provider, String format, Object a,
                Object b, Object c) {
            return CompositeFormat.format(CultureInfo.cultureOf(provider), format,
                    java.util.Arrays.asList(a, b, c));
        }

        /** {@code Format(provider, format, params object[] args)}. */
        public static String Format(CultureInfo provider, String format, Object... args) {
            return CompositeFormat.format(CultureInfo.cultureOf(provider), format,
                    args == null ? java.util.List.of() : java.util.Arrays.asList(args));
        }

        /** String.Join(separator, values): each element of an array or collection as text; null elements empty. */
        public static String Join(String separator, Object values) {
            return joined(separator, Enumeration.toList(values));
        }

        private static String joined(String separator, java.util.List<Object> values) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0 && separator != null) {
                    text.append(separator);
                }
                Object value = values.get(i);
                text.append(value == null ? "" : LanguagePrimitives.toString(value));
            }
            return text.toString();
        }

        public static String Join(String separator, Object a, Object b) {
            return LanguagePrimitives.toString(a) + separator + LanguagePrimitives.toString(b);
        }

        public static String Join(String separator, Object a, Object b, Object c) {
            return Join(separator, a, b) + separator + LanguagePrimitives.toString(c);
        }

        public static String Join(String separator, Object a, Object b, Object c, Object d) {
            return Join(separator, a, b, c) + separator + LanguagePrimitives.toString(d);
        }
    }
}
