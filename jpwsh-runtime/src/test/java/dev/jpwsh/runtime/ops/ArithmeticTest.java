package dev.jpwsh.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpwsh.runtime.error.PSRuntimeException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArithmeticTest {
    /** The left operand decides: a string concatenates, a number adds the right operand converted. */
    @Test
    void leftOperandDecides() {
        assertThat(Arithmetic.add("10", 5)).isEqualTo("105");
        assertThat(Arithmetic.add(5, "10")).isEqualTo(15);
        assertThat(Arithmetic.add(null, 3)).isEqualTo(3);
    }

    /** int arithmetic that overflows becomes double, as in PowerShell. */
    @Test
    void intOverflowWidensToDouble() {
        assertThat(Arithmetic.add(Integer.MAX_VALUE, 1)).isEqualTo(2147483648.0);
        assertThat(Arithmetic.multiply(Long.MAX_VALUE, 2)).isInstanceOf(Double.class);
    }

    /** MinValue / -1 does not fit the integer type: it widens to double, as NumericOps special-cases it. */
    @Test
    void minValueDividedByMinusOneWidens() {
        assertThat(Arithmetic.divide(Long.MIN_VALUE, -1)).isEqualTo(9.223372036854775808E18);
        assertThat(Arithmetic.divide(Integer.MIN_VALUE, -1)).isEqualTo(2147483648.0);
        assertThat(Arithmetic.remainder(Long.MIN_VALUE, -1)).isEqualTo(0L);
    }

    /** Division of integers stays integral when exact, else gives a double. */
    @Test
    void division() {
        assertThat(Arithmetic.divide(6, 2)).isEqualTo(3);
        assertThat(Arithmetic.divide(7, 2)).isEqualTo(3.5);
        assertThat(Arithmetic.divide(new BigDecimal("1"), 4)).isEqualTo(new BigDecimal("0.25"));
        assertThatThrownBy(() -> Arithmetic.divide(1, 0)).isInstanceOf(PSRuntimeException.class)
                .hasMessage("Attempted to divide by zero.");
    }

    /** Strings and arrays repeat; arrays append. */
    @Test
    void collectionsAndStrings() {
        assertThat(Arithmetic.multiply("ab", 3)).isEqualTo("ababab");
        assertThat((Object[]) Arithmetic.multiply(new Object[] {1, 2}, 2)).containsExactly(1, 2, 1, 2);
        assertThat((Object[]) Arithmetic.add(new Object[] {1}, new Object[] {2, 3})).containsExactly(1, 2, 3);
        assertThat((Object[]) Arithmetic.add(new Object[] {1}, 2)).containsExactly(1, 2);
    }

    /** Hashtables merge, and a key present on both sides is an error. */
    @Test
    @SuppressWarnings("unchecked")
    void hashtablesMerge() {
        assertThat((Map<Object, Object>) Arithmetic.add(Map.of("a", 1), Map.of("b", 2))).containsEntry("a", 1)
                .containsEntry("b", 2);
        assertThatThrownBy(() -> Arithmetic.add(Map.of("a", 1), Map.of("a", 2)))
                .isInstanceOf(PSRuntimeException.class);
        assertThatThrownBy(() -> Arithmetic.add(Map.of("a", 1), 2)).hasMessage(
                "A hash table can only be added to another hash table.");
    }

    /** The wider operand type wins: double beats int, decimal beats long. */
    @Test
    void widening() {
        assertThat(Arithmetic.add(1, 2.5)).isEqualTo(3.5);
        assertThat(Arithmetic.add(1L, new BigDecimal("0.5"))).isEqualTo(new BigDecimal("1.5"));
        assertThat(Arithmetic.add(true, 1)).isEqualTo(2);
    }
}
