package dev.jpwsh.engine.types.reflection;

import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.engine.types.DotNetType;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.runtime.ops.Comparison;

/**
 * {@code [System.Management.Automation.LanguagePrimitives]}: PowerShell's own conversions, comparisons and truth, as
 * scripts call them ({@code ConvertTo}, {@code TryConvertTo}, {@code Compare}, {@code TryCompare}, {@code Equals},
 * {@code IsTrue}, {@code GetEnumerable}). Comparisons are case-sensitive unless told otherwise, as .NET's overloads
 * are. Stateless.
 */
@DotNetName("System.Management.Automation.LanguagePrimitives")
public final class LanguagePrimitivesStatics {
    private LanguagePrimitivesStatics() {
    }

    /** The value converted to the type as a cast converts it; a failure is a PSInvalidCastException. */
    public static Object ConvertTo(Object value, Object type) {
        Class<?> target = type instanceof String name ? Conversions.toType(name, true) : DotNetType.classOf(type);
        return Conversions.convert(value, target, DotNetType.argumentsOf(type));
    }

    /** {@link #ConvertTo}, with whether it worked; the result goes to {@code result}. */
    public static boolean TryConvertTo(Object value, Object type, Ref result) {
        try {
            result.setValue(ConvertTo(value, type));
            return true;
        } catch (PSException failed) {
            result.setValue(null);
            return false;
        }
    }

    public static int Compare(Object first, Object second) {
        return Compare(first, second, false);
    }

    /** The sign of the comparison, the second value converted to the first one's kind; null is below any value. */
    public static int Compare(Object first, Object second, boolean ignoreCase) {
        Integer order = Comparison.order(first, second, !ignoreCase);
        if (order == null) {
            throw new IllegalArgumentException("Cannot compare \"" + LanguagePrimitives.toString(first)
                    + "\" to \"" + LanguagePrimitives.toString(second) + "\".");
        }
        return Integer.signum(order);
    }

    public static int Compare(Object first, Object second, boolean ignoreCase, Object culture) {
        return Compare(first, second, ignoreCase);
    }

    public static boolean TryCompare(Object first, Object second, Ref result) {
        return TryCompare(first, second, false, result);
    }

    /** {@link #Compare}, with whether the values could be compared; the sign goes to {@code result}. */
    public static boolean TryCompare(Object first, Object second, boolean ignoreCase, Ref result) {
        Integer order = Comparison.order(first, second, !ignoreCase);
        result.setValue(order == null ? 0 : Integer.signum(order));
        return order != null;
    }

    public static boolean TryCompare(Object first, Object second, boolean ignoreCase, Object culture, Ref result) {
        return TryCompare(first, second, ignoreCase, result);
    }

    public static boolean Equals(Object first, Object second) {
        return Equals(first, second, false);
    }

    public static boolean Equals(Object first, Object second, boolean ignoreCase) {
        return Comparison.equal(first, second, !ignoreCase);
    }

    public static boolean IsTrue(Object value) {
        return LanguagePrimitives.isTrue(value);
    }

    public static boolean IsObjectEnumerable(Object value) {
        return Enumeration.isEnumerable(value);
    }

    /** The value itself when PowerShell enumerates it, else null. */
    public static Object GetEnumerable(Object value) {
        return Enumeration.isEnumerable(value) ? value : null;
    }
}
