package dev.jpwsh.engine.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Conversions to Java primitive arrays, as a cmdlet parameter declared {@code long[]} or {@code int[]} binds. */
class PrimitiveArrayConversionTest {
    @Test
    void aListBecomesALongArray() {
        Object converted = Conversions.convert(List.of(1, "2", 3L), long[].class);
        assertThat(converted).isInstanceOf(long[].class);
        assertThat((long[]) converted).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aScalarBecomesAOneElementIntArray() {
        Object converted = Conversions.convert("7", int[].class);
        assertThat((int[]) converted).containsExactly(7);
    }

    @Test
    void nullStaysNull() {
        assertThat(Conversions.convert(null, double[].class)).isNull();
    }
}
