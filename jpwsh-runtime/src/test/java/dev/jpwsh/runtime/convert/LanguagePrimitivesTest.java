package dev.jpwsh.runtime.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpwsh.runtime.error.PSRuntimeException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguagePrimitivesTest {
    /** Empty strings, zero, null and empty collections are false; a one-element collection is its element. */
    @Test
    void truth() {
        assertThat(LanguagePrimitives.isTrue(null)).isFalse();
        assertThat(LanguagePrimitives.isTrue("")).isFalse();
        assertThat(LanguagePrimitives.isTrue("False")).isTrue();
        assertThat(LanguagePrimitives.isTrue(0)).isFalse();
        assertThat(LanguagePrimitives.isTrue(0.0)).isFalse();
        assertThat(LanguagePrimitives.isTrue(new Object[0])).isFalse();
        assertThat(LanguagePrimitives.isTrue(new Object[] {0})).isFalse();
        assertThat(LanguagePrimitives.isTrue(new Object[] {0, 0})).isTrue();
        assertThat(LanguagePrimitives.isTrue(List.of(false))).isFalse();
    }

    /** Doubles print like .NET: shortest round-trip digits, exponent form from 1E-05 down and 1E+15 up. */
    @Test
    void doubleFormatting() {
        assertThat(LanguagePrimitives.formatDouble(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(LanguagePrimitives.formatDouble(3.0)).isEqualTo("3");
        assertThat(LanguagePrimitives.formatDouble(2.5)).isEqualTo("2.5");
        assertThat(LanguagePrimitives.formatDouble(1e14)).isEqualTo("100000000000000");
        assertThat(LanguagePrimitives.formatDouble(1e15)).isEqualTo("1E+15");
        assertThat(LanguagePrimitives.formatDouble(0.0001)).isEqualTo("0.0001");
        assertThat(LanguagePrimitives.formatDouble(0.00001)).isEqualTo("1E-05");
        assertThat(LanguagePrimitives.formatDouble(-1.5e-7)).isEqualTo("-1.5E-07");
        assertThat(LanguagePrimitives.formatDouble(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    }

    /** Collections become their elements joined by the separator ($OFS); booleans are True/False. */
    @Test
    void strings() {
        assertThat(LanguagePrimitives.toString(new Object[] {1, "a", true})).isEqualTo("1 a True");
        assertThat(LanguagePrimitives.toString(List.of(1, 2), ",")).isEqualTo("1,2");
        assertThat(LanguagePrimitives.toString(null)).isEmpty();
        assertThat(LanguagePrimitives.toString(new BigDecimal("1.50"))).isEqualTo("1.50");
    }

    /** Strings in arithmetic parse as the narrowest number; other text is an invalid cast. */
    @Test
    void numbersFromStrings() {
        assertThat(LanguagePrimitives.toNumber("42")).isEqualTo(42);
        assertThat(LanguagePrimitives.toNumber("4294967296")).isEqualTo(4294967296L);
        assertThat(LanguagePrimitives.toNumber("1.5")).isEqualTo(1.5);
        assertThat(LanguagePrimitives.toNumber("0x10")).isEqualTo(16);
        assertThat(LanguagePrimitives.toNumber(" ")).isEqualTo(0);
        assertThatThrownBy(() -> LanguagePrimitives.toNumber("abc")).isInstanceOf(PSRuntimeException.class)
                .hasMessageContaining("Cannot convert value \"abc\" to type \"System.Int32\"");
    }
}
