package dev.jpwsh.dotnet;

import dev.jpwsh.runtime.object.DotNetName;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** {@code [math]}: System.Math's static members as scripts call them, with .NET's rounding to even. */
@DotNetName("System.Math")
public final class DotNetMath {
    public static final double PI = Math.PI;
    public static final double E = Math.E;

    private DotNetMath() {
    }

    public static double Round(double value) {
        return Math.rint(value);
    }

    public static double Round(double value, int digits) {
        roundingDigits(digits);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return new BigDecimal(Double.toString(value)).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }

    public static double Round(double value, DotNetEnums.MidpointRounding mode) {
        return Round(value, 0, mode);
    }

    public static double Round(double value, int digits, DotNetEnums.MidpointRounding mode) {
        RoundingMode rounding = switch (mode) {
            case AwayFromZero -> RoundingMode.HALF_UP;
            case ToZero -> RoundingMode.DOWN;
            case ToNegativeInfinity -> RoundingMode.FLOOR;
            case ToPositiveInfinity -> RoundingMode.CEILING;
            case ToEven -> RoundingMode.HALF_EVEN;
        };
        roundingDigits(digits);
        return new BigDecimal(Double.toString(value)).setScale(digits, rounding).doubleValue();
    }

    public static BigDecimal Round(BigDecimal value, int digits) {
        return value.setScale(digits, RoundingMode.HALF_EVEN);
    }

    /** .NET rounds a double to at most 15 fractional digits and refuses any other count. */
    private static void roundingDigits(int digits) {
        if (digits < 0 || digits > 15) {
            throw new ArgumentExceptions.ArgumentOutOfRangeException("digits",
                    "Rounding digits must be between 0 and 15, inclusive.");
        }
    }

    public static double Floor(double value) {
        return Math.floor(value);
    }

    public static double Ceiling(double value) {
        return Math.ceil(value);
    }

    public static double Truncate(double value) {
        return value < 0 ? Math.ceil(value) : Math.floor(value);
    }

    public static double Sqrt(double value) {
        return Math.sqrt(value);
    }

    public static double Pow(double x, double y) {
        return Math.pow(x, y);
    }

    public static double Abs(double value) {
        return Math.abs(value);
    }

    public static int Abs(int value) {
        return Math.abs(value);
    }

    public static long Abs(long value) {
        return Math.abs(value);
    }

    public static int Max(int a, int b) {
        return Math.max(a, b);
    }

    public static long Max(long a, long b) {
        return Math.max(a, b);
    }

    public static double Max(double a, double b) {
        return Math.max(a, b);
    }

    public static int Min(int a, int b) {
        return Math.min(a, b);
    }

    public static long Min(long a, long b) {
        return Math.min(a, b);
    }

    public static double Min(double a, double b) {
        return Math.min(a, b);
    }

    public static double Log(double value) {
        return Math.log(value);
    }

    public static double Log10(double value) {
        return Math.log10(value);
    }

    public static double Exp(double value) {
        return Math.exp(value);
    }

    public static int Sign(double value) {
        return (int) Math.signum(value);
    }
}
