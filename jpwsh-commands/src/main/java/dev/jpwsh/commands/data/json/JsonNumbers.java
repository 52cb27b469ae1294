package dev.jpwsh.commands.data.json;

import java.math.BigDecimal;

/**
 * Numbers as pwsh's JSON writer (Newtonsoft.Json) prints them: doubles and floats in .NET's shortest round-trip form,
 * plain from 1E-05 up to below 1E+15 (1E+07 for a float) and in exponent form beyond, with {@code .0} added to a
 * whole number; decimals with their scale, also given a {@code .0} when they have none.
 */
final class JsonNumbers {
    private static final int DOUBLE_PLAIN_DIGITS = 15;
    private static final int FLOAT_PLAIN_DIGITS = 7;

    private JsonNumbers() {
    }

    /** A finite double. */
    static String ofDouble(double d) {
        return withDecimalPoint(shortest(Double.toString(d), d < 0 || 1 / d < 0, DOUBLE_PLAIN_DIGITS));
    }

    /** A finite float. */
    static String ofFloat(float f) {
        return withDecimalPoint(shortest(Float.toString(f), f < 0 || 1 / f < 0, FLOAT_PLAIN_DIGITS));
    }

    static String ofDecimal(BigDecimal d) {
        return withDecimalPoint(d.toPlainString());
    }

    /** The shortest digits Java found for the value, laid out as .NET's "R" format lays them out. */
    private static String shortest(String javaText, boolean negative, int plainDigits) {
        BigDecimal exact = new BigDecimal(javaText).stripTrailingZeros();
        if (exact.signum() == 0) {
            return negative ? "-0" : "0";
        }
        int exponent = exact.precision() - exact.scale() - 1;
        if (exponent > -5 && exponent < plainDigits) {
            return exact.toPlainString();
        }
        String mantissa = exact.unscaledValue().abs().toString();
        StringBuilder sb = new StringBuilder(negative ? "-" : "").append(mantissa.charAt(0));
        if (mantissa.length() > 1) {
            sb.append('.').append(mantissa, 1, mantissa.length());
        }
        String digits = Integer.toString(Math.abs(exponent));
        return sb.append('E').append(exponent < 0 ? '-' : '+').append(digits.length() < 2 ? "0" : "").append(digits)
                .toString();
    }

    private static String withDecimalPoint(String text) {
        return text.indexOf('.') >= 0 || text.indexOf('E') >= 0 ? text : text + ".0";
    }
}
