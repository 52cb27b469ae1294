package dev.jpwsh.format.commands;

import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.format.data.FormatData.Alignment;
import dev.jpwsh.format.view.PropertySpec;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a Format- cmdlet's -Property or -GroupBy entries as pwsh's ParameterProcessor does: a name, a script block,
 * or a hashtable whose keys (abbreviations allowed) the cmdlet accepts (Expression, FormatString, Label or Name,
 * and for Format-Table Width and Alignment). A bad entry is a terminating InvalidArgument error with pwsh's id.
 */
final class CalculatedProperties {
    /** The keys of Format-Table's entries. */
    static final List<String> TABLE_KEYS = List.of("expression", "formatString", "width", "alignment", "label");
    /** The keys of Format-List's entries and of -GroupBy. */
    static final List<String> LIST_KEYS = List.of("expression", "formatString", "label");
    /** The keys of Format-Wide's entries. */
    static final List<String> WIDE_KEYS = List.of("expression", "formatString");
    /** The keys of Format-Custom's entries. */
    static final List<String> CUSTOM_KEYS = List.of("expression", "depth");

    private static final List<String> ALIGNMENTS = List.of("left", "center", "right");

    private CalculatedProperties() {
    }

    static List<PropertySpec> parse(Object[] entries, List<String> keys) {
        List<PropertySpec> specs = new ArrayList<>();
        if (entries == null) {
            return specs;
        }
        for (Object entry : entries) {
            specs.add(parse(entry, keys));
        }
        return specs;
    }

    static PropertySpec parse(Object entry, List<String> keys) {
        return switch (entry) {
            case null -> throw error("DictionaryKeyUnknownType", "The value of a parameter was null; one of the "
                    + "following types was expected: {System.String, System.Management.Automation.ScriptBlock}.");
            case Map<?, ?> map -> fromHashtable(map, keys);
            case ScriptBlock block -> PropertySpec.of(block);
            default -> PropertySpec.of(LanguagePrimitives.toString(entry));
        };
    }

    private static PropertySpec fromHashtable(Map<?, ?> map, List<String> keys) {
        String label = null;
        Object expression = null;
        String formatString = null;
        int width = 0;
        Alignment alignment = Alignment.UNDEFINED;
        List<String> seen = new ArrayList<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (e.getKey() == null) {
                throw error("DictionaryKeyNull", "The value of a key cannot be null.");
            }
            if (!(e.getKey() instanceof String key)) {
                throw error("DictionaryKeyNonString", "The " + TypeNames.simpleName(TypeNames.ofValue(e.getKey()))
                        + " key type is not valid. The key must be a string.");
            }
            String name = match(key, keys);
            if (seen.contains(name)) {
                throw error("DictionaryKeyDuplicate", "The duplicated key \"" + key + "\" conflicts with \"" + name
                        + "\".");
            }
            seen.add(name);
            Object value = e.getValue();
            switch (name) {
                case "expression" -> expression = expression(value);
                case "label" -> label = LanguagePrimitives.toString(value);
                case "formatString" -> {
                    formatString = LanguagePrimitives.toString(value);
                    if (formatString.isEmpty()) {
                        throw error("FormatStringEmpty", "Cannot have an empty formatting string for key \""
                                + "formatString\".");
                    }
                }
                case "width" -> width = width(value);
                case "alignment" -> alignment = alignment(value);
                default -> {
                }
            }
        }
        if (expression == null) {
            throw error("DictionaryKeyMandatoryEntry", "A mandatory entry for expression is missing.");
        }
        return new PropertySpec(label, expression, formatString, width, alignment);
    }

    /** The key an entry's key names: the one it is a prefix of, Name standing for Label. */
    private static String match(String key, List<String> keys) {
        String lower = key.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String k : keys) {
            boolean label = k.equals("label");
            if (k.toLowerCase(Locale.ROOT).startsWith(lower) || label && "name".startsWith(lower)) {
                found.add(k);
            }
        }
        if (found.isEmpty() || lower.isEmpty()) {
            throw error("DictionaryKeyIllegal", "The " + key + " key is not valid.");
        }
        if (found.size() > 1) {
            throw error("DictionaryKeyAmbiguous", "The " + key + " key is ambiguous; " + found.get(0) + " and "
                    + found.get(1) + " conflict.");
        }
        return found.getFirst();
    }

    private static Object expression(Object value) {
        if (value instanceof ScriptBlock || value instanceof String) {
            return value;
        }
        throw error("DictionaryKeyIllegalValue1", "The \"expression\" key has a type, "
                + TypeNames.ofValue(value) + ", that is not valid; expected types are {System.String, "
                + "System.Management.Automation.ScriptBlock}.");
    }

    private static int width(Object value) {
        int width;
        try {
            width = ((Number) LanguagePrimitives.toNumber(value)).intValue();
        } catch (PSRuntimeException | ClassCastException notANumber) {
            throw error("DictionaryKeyIllegalValue2", "The \"width\" key has a type, " + TypeNames.ofValue(value)
                    + ", that is not valid; expected type is System.Int32.");
        }
        if (width <= 0) {
            throw error("WidthOutOfRange", "The value \"" + width + "\" for key \"width\" should be greater than 0.");
        }
        return width;
    }

    private static Alignment alignment(Object value) {
        String text = value instanceof String s ? s.toLowerCase(Locale.ROOT) : "";
        for (String a : ALIGNMENTS) {
            if (!text.isEmpty() && a.startsWith(text)) {
                return Alignment.valueOf(a.toUpperCase(Locale.ROOT));
            }
        }
        throw error("AlignmentIllegalValue", "The value \"" + (value instanceof String s ? s : "") + "\" for key "
                + "\"alignment\" is not valid; valid values are {left, center, right}.");
    }

    private static PSRuntimeException error(String id, String message) {
        return new PSRuntimeException(id, "InvalidArgument", message, null, "System.NotSupportedException");
    }
}
