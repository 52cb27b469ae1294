package dev.jpwsh.language.token;

/**
 * A numeric literal's value and the .NET type it has in PowerShell. The value is held in the Java type that
 * represents every value of that .NET type: {@code Integer} for INT32 and UINT16, {@code Long} for INT64 and
 * UINT32, {@code BigInteger} for UINT64 and BIG_INTEGER, {@code Double}, {@code BigDecimal} for DECIMAL,
 * {@code Byte} for SBYTE, {@code Short} for INT16 and BYTE.
 */
public record NumberLiteral(Number value, NumericType type) {
    /**
     * The literal whose digits start at {@code start} of {@code text}, read with its sign as pwsh reads a signed
     * number ({@code -10y}); null when the digits form no number of their type.
     */
    public static NumberLiteral signed(String text, int start, boolean negative) {
        return NumberScanner.scan(text, start, negative).literal();
    }

    /** The .NET numeric types a literal can have, with the suffix that selects each. */
    public enum NumericType {
        INT32("int"), INT64("long"), DOUBLE("double"), DECIMAL("decimal"), BIG_INTEGER("bigint"), SBYTE("sbyte"),
        BYTE("byte"), INT16("short"), UINT16("ushort"), UINT32("uint"), UINT64("ulong");

        private final String typeName;

        NumericType(String typeName) {
            this.typeName = typeName;
        }

        /** PowerShell's type accelerator name. */
        public String typeName() {
            return typeName;
        }
    }

    @Override
    public String toString() {
        return value + ":" + type.typeName();
    }
}
