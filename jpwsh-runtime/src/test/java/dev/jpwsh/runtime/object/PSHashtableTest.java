package dev.jpwsh.runtime.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * PowerShell's hashtable on its own table ({@link OrderedKeyTable}): string keys compare by their lower-case forms
 * (ASCII ones without making them), entries keep insertion order through removals and growth, iteration fails fast.
 */
class PSHashtableTest {
    @Test
    void stringKeysIgnoreCaseAndKeepTheFirstSpelling() {
        PSHashtable table = new PSHashtable();
        table.put("Name", 1);
        table.put("NAME", 2);
        assertThat(table).hasSize(1);
        assertThat(table.get("name")).isEqualTo(2);
        assertThat(table.keySet()).containsExactly("Name");
        assertThat(table.containsKey("nAmE")).isTrue();
        assertThat(table.containsKey("Nam")).isFalse();
        assertThat(table.get("Name@")).isNull();
    }

    @Test
    void asciiLettersFoldButOtherCharactersDoNot() {
        PSHashtable table = new PSHashtable();
        table.put("@", 1);
        table.put("`", 2);
        table.put("[", 3);
        table.put("{", 4);
        assertThat(table).hasSize(4);
        assertThat(table.get("`")).isEqualTo(2);
    }

    @Test
    void nonAsciiKeysCompareByTheirLowerCaseForms() {
        PSHashtable table = new PSHashtable();
        table.put("\u0130", "dotted capital I");
        table.put("\u212A", "kelvin sign");
        table.put("Stra\u00DFe", "street");
        assertThat(table.get("\u0130".toLowerCase(Locale.ROOT))).isEqualTo("dotted capital I");
        assertThat(table.get("k")).isEqualTo("kelvin sign");
        assertThat(table.get("K")).isEqualTo("kelvin sign");
        assertThat(table.get("STRA\u00DFE")).isEqualTo("street");
        assertThat(table.get("strasse")).isNull();
    }

    @Test
    void aCaseSensitiveTableKeepsBothSpellings() {
        PSHashtable table = PSHashtable.New();
        table.put("a", 1);
        table.put("A", 2);
        assertThat(table).hasSize(2).containsEntry("a", 1).containsEntry("A", 2);
    }

    @Test
    void nonStringKeysUseTheirOwnEquality() {
        PSHashtable table = new PSHashtable();
        table.put(1, "int");
        table.put(1L, "long");
        table.put(null, "null");
        assertThat(table).hasSize(3);
        assertThat(table.get(1)).isEqualTo("int");
        assertThat(table.get(null)).isEqualTo("null");
        assertThat(table.remove(null)).isEqualTo("null");
        assertThat(table.containsKey(null)).isFalse();
    }

    @Test
    void behavesAsAnInsertionOrderedMapOfLowerCaseKeys() {
        Random random = new Random(20261204);
        PSHashtable table = new PSHashtable();
        Map<String, Object> model = new LinkedHashMap<>();
        for (int step = 0; step < 50_000; step++) {
            String key = (random.nextBoolean() ? "K" : "k") + random.nextInt(500);
            String folded = key.toLowerCase(Locale.ROOT);
            switch (random.nextInt(4)) {
                case 0 -> assertThat(table.remove(key)).isEqualTo(model.remove(folded));
                case 1 -> assertThat(table.get(key)).isEqualTo(model.get(folded));
                default -> {
                    Object previous = model.containsKey(folded) ? model.put(folded, step) : null;
                    if (previous == null) {
                        model.put(folded, step);
                    }
                    assertThat(table.put(key, step)).isEqualTo(previous);
                }
            }
            if (step % 1000 == 0) {
                assertThat(foldedKeys(table)).containsExactlyElementsOf(model.keySet());
                assertThat(new ArrayList<>(table.values())).containsExactlyElementsOf(model.values());
            }
        }
        assertThat(table).hasSize(model.size());
    }

    @Test
    void iterationRemovesAndWritesThroughItsEntries() {
        PSHashtable table = new PSHashtable();
        for (int i = 0; i < 20; i++) {
            table.put("k" + i, i);
        }
        Iterator<Map.Entry<Object, Object>> entries = table.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Object, Object> entry = entries.next();
            if ((Integer) entry.getValue() % 2 == 0) {
                entries.remove();
            } else {
                entry.setValue(-(Integer) entry.getValue());
            }
        }
        assertThat(table).hasSize(10);
        assertThat(table.values()).containsExactly(-1, -3, -5, -7, -9, -11, -13, -15, -17, -19);
        table.put("k0", 0);
        assertThat(table.keySet()).endsWith("k0");
    }

    @Test
    void addingAKeyWhileIteratingFailsFast() {
        PSHashtable table = new PSHashtable();
        table.put("a", 1);
        table.put("b", 2);
        Iterator<Object> keys = table.keySet().iterator();
        keys.next();
        table.put("A", 3);
        keys.next();
        table.put("c", 4);
        assertThatThrownBy(keys::next).isInstanceOf(ConcurrentModificationException.class);
    }

    @Test
    void clearEmptiesAndTheTableIsUsableAgain() {
        PSHashtable table = new PSHashtable();
        for (int i = 0; i < 1000; i++) {
            table.put("k" + i, i);
        }
        table.clear();
        assertThat(table).isEmpty();
        table.put("x", 1);
        assertThat(table).containsExactly(Map.entry("x", 1));
    }

    private static List<String> foldedKeys(PSHashtable table) {
        List<String> keys = new ArrayList<>();
        table.keySet().forEach(k -> keys.add(((String) k).toLowerCase(Locale.ROOT)));
        return keys;
    }
}
