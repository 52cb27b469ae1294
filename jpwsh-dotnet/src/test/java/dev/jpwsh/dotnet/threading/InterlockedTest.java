package dev.jpwsh.dotnet.threading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.dotnet.Ref;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Interlocked updates a {@code [ref]} atomically, and two boxes of one variable ({@code [ref]$x} written twice)
 * share its lock, so no increment is lost between them.
 */
class InterlockedTest {
    /** A variable as the engine's PSVariable is one, without the engine. */
    private static final class Variable implements Ref.Variable {
        private Object value = 0;

        @Override
        public Object value() {
            return value;
        }

        @Override
        public void setValue(Object value) {
            this.value = value;
        }
    }

    @Test
    void incrementsThroughTwoBoxesOfOneVariableAreAllCounted() {
        Variable x = new Variable();
        Ref first = Ref.to(x);
        Ref second = Ref.to(x);
        IntStream.range(0, 2_000).parallel().forEach(i -> Threading.Interlocked.Increment(i % 2 == 0 ? first : second));
        assertThat(x.value()).isEqualTo(2_000);
    }
}
