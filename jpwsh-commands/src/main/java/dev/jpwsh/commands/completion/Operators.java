package dev.jpwsh.commands.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The operators a dash after a value completes to: every PowerShell operator's name, in ordinal order. */
final class Operators {
    /** Each operator family's base name and what it does; the i- and c- variants share the text. */
    private static final Map<String, String> FAMILIES = Map.ofEntries(Map.entry("eq", "Equal to"),
            Map.entry("ne", "Not equal to"), Map.entry("ge", "Greater than or equal to"),
            Map.entry("gt", "Greater than"), Map.entry("lt", "Less than"), Map.entry("le", "Less than or equal to"),
            Map.entry("like", "Matches a wildcard pattern"), Map.entry("notlike", "Does not match a wildcard pattern"),
            Map.entry("match", "Matches a regular expression"),
            Map.entry("notmatch", "Does not match a regular expression"),
            Map.entry("replace", "Replaces what a regular expression matches"),
            Map.entry("contains", "A collection contains the value"),
            Map.entry("notcontains", "A collection does not contain the value"),
            Map.entry("in", "The value is in a collection"), Map.entry("notin", "The value is not in a collection"),
            Map.entry("split", "Splits a string"));
    /** The operators without case variants. */
    private static final Map<String, String> OTHERS = Map.ofEntries(Map.entry("bnot", "Bitwise not"),
            Map.entry("not", "Logical not"), Map.entry("is", "The value is of a type"),
            Map.entry("isnot", "The value is not of a type"), Map.entry("as", "Converts to a type"),
            Map.entry("f", "Formats a string"), Map.entry("and", "Logical and"), Map.entry("band", "Bitwise and"),
            Map.entry("or", "Logical or"), Map.entry("bor", "Bitwise or"), Map.entry("xor", "Logical exclusive or"),
            Map.entry("bxor", "Bitwise exclusive or"), Map.entry("join", "Joins strings"),
            Map.entry("shl", "Shifts bits left"), Map.entry("shr", "Shifts bits right"));
    private static final Map<String, String> ALL = all();

    private Operators() {
    }

    private static Map<String, String> all() {
        Map<String, String> all = new TreeMap<>();
        all.putAll(OTHERS);
        FAMILIES.forEach((name, text) -> {
            all.put(name, text);
            all.put("i" + name, text + " (case-insensitive)");
            all.put("c" + name, text + " (case-sensitive)");
        });
        return all;
    }

    /** The operators whose names start with {@code word} (its dash optional). */
    static List<CompletionResult> complete(String word) {
        String typed = (word.startsWith("-") ? word.substring(1) : word).toLowerCase(Locale.ROOT);
        List<CompletionResult> results = new ArrayList<>();
        ALL.forEach((name, text) -> {
            if (name.startsWith(typed)) {
                results.add(new CompletionResult("-" + name, name, CompletionResultType.ParameterName, text));
            }
        });
        return results;
    }
}
