package dev.jpwsh.runtime.object;

/**
 * A .NET {@code [Flags]} enum modelled as a value class (ScopedItemOptions): its number, which conversions and the
 * bitwise operators use, and a value of its own type for a number, which {@code -band}, {@code -bor},
 * {@code -bxor} and {@code -bnot} give back when their left operand is one.
 */
public interface FlagsEnum {
    /** The underlying number. */
    long value();

    /** A value of this type with the underlying number {@code value}. */
    FlagsEnum withValue(long value);
}
