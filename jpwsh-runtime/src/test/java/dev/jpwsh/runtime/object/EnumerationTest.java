package dev.jpwsh.runtime.object;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which values PowerShell enumerates, and their items. */
class EnumerationTest {
    @Test
    void collectionsArraysAndIteratorsEnumerate() {
        assertThat(Enumeration.toList(new Object[] {1, 2})).containsExactly(1, 2);
        assertThat(Enumeration.toList(List.of("a", "b"))).containsExactly("a", "b");
        assertThat(Enumeration.toList(List.of(3, 4).iterator())).containsExactly(3, 4);
    }

    @Test
    void mapsPathsAndScalarsAreOneItem() {
        Map<String, Integer> map = Map.of("a", 1);
        Path path = Path.of("a", "b");
        assertThat(Enumeration.isEnumerable(map)).isFalse();
        assertThat(Enumeration.toList(map)).containsExactly(map);
        assertThat(Enumeration.isEnumerable(path)).isFalse();
        assertThat(Enumeration.toList(path)).containsExactly(path);
        assertThat(Enumeration.toList("text")).containsExactly("text");
        assertThat(Enumeration.toList(null)).isEmpty();
    }
}
