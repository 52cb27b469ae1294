package dev.jpwsh.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.runtime.ops.Comparison.Kind;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    /** Strings compare without case unless the operator is case-sensitive. */
    @Test
    void stringsIgnoreCase() {
        assertThat(Comparison.compare(Kind.EQ, "Abc", "aBC", false)).isEqualTo(true);
        assertThat(Comparison.compare(Kind.EQ, "Abc", "aBC", true)).isEqualTo(false);
        assertThat(Comparison.compare(Kind.LT, "apple", "Banana", false)).isEqualTo(true);
    }

    /** The right operand converts to the left's type: "10" equals 10, and 10 -eq "abc" is just false. */
    @Test
    void rightConvertsToLeft() {
        assertThat(Comparison.compare(Kind.EQ, 10, "10", false)).isEqualTo(true);
        assertThat(Comparison.compare(Kind.EQ, "10", 10, false)).isEqualTo(true);
        assertThat(Comparison.compare(Kind.GT, 10, "9", false)).isEqualTo(true);
        assertThat(Comparison.compare(Kind.GT, "10", "9", false)).isEqualTo(false);
        assertThat(Comparison.compare(Kind.EQ, 10, "abc", false)).isEqualTo(false);
        assertThat(Comparison.compare(Kind.EQ, 1, 1.0, false)).isEqualTo(true);
    }

    /** A collection on the left filters its elements. */
    @Test
    void collectionsFilter() {
        assertThat((Object[]) Comparison.compare(Kind.GT, new Object[] {1, 5, 10}, 3, false)).containsExactly(5, 10);
        assertThat((Object[]) Comparison.compare(Kind.EQ, new Object[] {1, 2}, 3, false)).isEmpty();
    }

    /** Null equals only null and orders below everything. */
    @Test
    void nulls() {
        assertThat(Comparison.test(Kind.EQ, null, null, false)).isTrue();
        assertThat(Comparison.test(Kind.EQ, null, 0, false)).isFalse();
        assertThat(Comparison.test(Kind.LT, null, 1, false)).isTrue();
    }

    /** -contains uses -eq on each element. */
    @Test
    void contains() {
        assertThat(Comparison.contains(new Object[] {"a", "B"}, "b", false)).isTrue();
        assertThat(Comparison.contains(new Object[] {"a", "B"}, "b", true)).isFalse();
    }

    /** Wildcards match the whole text: *, ?, [set] and backtick escapes. */
    @Test
    void wildcards() {
        assertThat(Wildcard.matches("Get-Process", "get-*", false)).isTrue();
        assertThat(Wildcard.matches("abc", "a?c", false)).isTrue();
        assertThat(Wildcard.matches("abc", "[a-b]bc", false)).isTrue();
        assertThat(Wildcard.matches("a*c", "a`*c", false)).isTrue();
        assertThat(Wildcard.matches("abc", "a`*c", false)).isFalse();
        assertThat(Wildcard.matches("xabc", "abc", false)).isFalse();
    }
}
