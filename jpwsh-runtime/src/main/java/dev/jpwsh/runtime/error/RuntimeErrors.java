package dev.jpwsh.runtime.error;

import dev.jpwsh.runtime.convert.LanguagePrimitives;

/** Factories for the runtime's errors, with PowerShell's error ids and messages. */
public final class RuntimeErrors {
    private RuntimeErrors() {
    }

    public static PSRuntimeException divideByZero() {
        return new PSRuntimeException("RuntimeException", "NotSpecified", "Attempted to divide by zero.",
                new ArithmeticException("Attempted to divide by zero."));
    }

    /** A string that is not a number where a number is needed: {@code [int]'abc'}, {@code 1 + 'abc'}. */
    public static PSRuntimeException notANumber(String text, String typeName) {
        return new PSRuntimeException("InvalidCastFromStringToInteger", "InvalidArgument",
                "Cannot convert value \"" + text + "\" to type \"" + typeName + "\". Error: \"The input string '"
                        + text + "' was not in a correct format.\"");
    }

    /** A value that cannot become the wanted type at all. */
    public static PSRuntimeException invalidCast(Object value, String fromType, String toType) {
        return new PSRuntimeException("ConvertToFinalInvalidCastException", "InvalidArgument",
                "Cannot convert the \"" + LanguagePrimitives.toString(value) + "\" value of type \"" + fromType
                        + "\" to type \"" + toType + "\".");
    }

    /** An operator that has no meaning for its operand types, such as {@code @{} - 1}. */
    public static PSRuntimeException operatorNotDefined(String operator, String leftType) {
        return new PSRuntimeException("MethodNotFound", "InvalidOperation",
                "Method invocation failed because [" + leftType + "] does not contain a method named '" + operator
                        + "'.");
    }

    /**
     * An ordering comparison ({@code -lt}, {@code -ge}) whose right operand does not convert to the left's type;
     * {@code reason} is the conversion's message.
     */
    public static PSRuntimeException comparisonFailure(Object left, Object right, String reason) {
        return new PSRuntimeException("ComparisonFailure", "InvalidOperation", "Could not compare \""
                + LanguagePrimitives.toString(left) + "\" to \"" + LanguagePrimitives.toString(right)
                + "\". Error: \"" + reason + "\"");
    }

    /** An ordering comparison of a value that has no order and does not equal the other. */
    public static PSRuntimeException notComparable(Object left) {
        return new PSRuntimeException("NotIcomparable", "InvalidOperation", "Cannot compare \""
                + LanguagePrimitives.toString(left) + "\" because it is not IComparable.");
    }
}
