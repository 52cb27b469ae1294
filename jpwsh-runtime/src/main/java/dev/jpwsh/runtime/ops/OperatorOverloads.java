package dev.jpwsh.runtime.ops;

/**
 * Values that define their own arithmetic, as .NET types do with {@code op_Addition} and
 * {@code op_Subtraction} (DateTime minus DateTime is a TimeSpan).
 */
public interface OperatorOverloads {
    /** {@code this + right}, or null when not defined for that operand. */
    Object add(Object right);

    /** {@code this - right}, or null when not defined for that operand. */
    Object subtract(Object right);
}
