package dev.jpwsh.commands.objects;

import dev.jpwsh.commands.objects.DotNetMembers.Member;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.TypeDataTable;
import dev.jpwsh.runtime.object.TypeNames;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One entry of a -Property list as Select-Object reads it: a property name (wildcards match the object's
 * properties) or a calculated property {@code @{Name=...; Expression=...}} whose keys may be abbreviated (N, L, E),
 * checked with pwsh's errors (DictionaryKeyIllegal, DictionaryKeyDuplicate, DictionaryKeyMandatoryEntry, ...).
 */
public record PropertyExpression(String name, Object expression) {
    /** One resolved property: its name and value. */
    public record Value(String name, Object value) {
    }

    /** The entries of a -Property argument; a malformed calculated property throws pwsh's binding error. */
    public static List<PropertyExpression> parse(Object[] entries) {
        List<PropertyExpression> parsed = new ArrayList<>();
        for (Object entry : entries) {
            parsed.add(entry instanceof Map<?, ?> map ? calculated(map) : entry instanceof ScriptBlock block
                    ? new PropertyExpression(null, block) : new PropertyExpression(null,
                    LanguagePrimitives.toString(entry)));
        }
        return parsed;
    }

    private static PropertyExpression calculated(Map<?, ?> map) {
        String nameKey = null;
        String expressionKey = null;
        Object name = null;
        Object expression = null;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (e.getKey() == null) {
                throw error("DictionaryKeyNull", "The value of a key cannot be null.");
            }
            if (!(e.getKey() instanceof String key)) {
                throw error("DictionaryKeyNonString", "The " + TypeNames.simpleName(TypeNames.ofValue(e.getKey()))
                        + " key type is not valid. The key must be a string.");
            }
            String lower = key.toLowerCase(Locale.ROOT);
            boolean isName = !lower.isEmpty() && ("name".startsWith(lower) || "label".startsWith(lower));
            boolean isExpression = !lower.isEmpty() && "expression".startsWith(lower);
            if (!isName && !isExpression) {
                throw error("DictionaryKeyIllegal", "The " + key + " key is not valid.");
            }
            if (isName ? nameKey != null : expressionKey != null) {
                throw error("DictionaryKeyDuplicate", "The duplicated key \"" + key + "\" conflicts with \""
                        + (isName ? "name" : "expression") + "\".");
            }
            if (e.getValue() == null) {
                throw error("DictionaryKeyMissingValue", "The " + key + " key has no value.");
            }
            if (isName) {
                nameKey = key;
                name = e.getValue();
                if (!(name instanceof String)) {
                    throw illegalType(key, name, "expected type is System.String.");
                }
            } else {
                expressionKey = key;
                expression = e.getValue();
                if (!(expression instanceof String || expression instanceof ScriptBlock)) {
                    throw illegalType(key, expression,
                            "expected types are {System.String, System.Management.Automation.ScriptBlock}.");
                }
            }
        }
        if (expression == null) {
            throw error("DictionaryKeyMandatoryEntry", "A mandatory entry for expression is missing.");
        }
        return new PropertyExpression((String) name, expression);
    }

    private static PSException illegalType(String key, Object value, String expected) {
        return error(expected.startsWith("expected types") ? "DictionaryKeyIllegalValue1" : "DictionaryKeyIllegalValue2",
                "The \"" + key + "\" key has a type, " + TypeNames.ofValue(value) + ", that is not valid; " + expected);
    }

    private static PSException error(String id, String message) {
        return RuntimeFailures.parameterBinding(id, message);
    }

    /** Whether this entry is a name with wildcard characters. */
    public boolean hasWildcards() {
        return expression instanceof String s && Wildcard.containsWildcardCharacters(s);
    }

    /**
     * The properties this entry gives for {@code input}: a script block's output, each property a wildcard
     * matches (in the object's order, skipping those {@code excluded} matches), a property set's properties, or the
     * named property (null when the object lacks it).
     */
    public List<Value> values(Frame frame, Object input, List<String> excluded) {
        if (expression instanceof ScriptBlock block) {
            String shown = name != null ? name : block.toString();
            return List.of(new Value(shown, block.invokeWithUnderscore(frame, input)));
        }
        String pattern = (String) expression;
        List<Value> values = new ArrayList<>();
        if (hasWildcards()) {
            for (String property : propertyNames(frame, input)) {
                if (Wildcard.matches(property, pattern, false) && !isExcluded(property, excluded)) {
                    values.add(new Value(property, MemberGate.get(frame.context(), input, property)));
                }
            }
            return values;
        }
        dev.jpwsh.runtime.object.PSMember set = input == null ? null : dev.jpwsh.engine.types.ExtendedMembers.find(
                frame.context().findService(TypeDataTable.class), input, pattern);
        if (set != null && set.kind() == dev.jpwsh.runtime.object.PSMemberTypes.PropertySet) {
            for (Object property : set.items()) {
                String n = String.valueOf(property);
                if (!isExcluded(n, excluded)) {
                    values.add(new Value(n, MemberGate.get(frame.context(), input, n)));
                }
            }
            return values;
        }
        if (!isExcluded(pattern, excluded)) {
            String shown = name != null ? name : pattern;
            values.add(new Value(shown, input == null ? null : MemberGate.get(frame.context(), input, pattern)));
        }
        return values;
    }

    private static boolean isExcluded(String property, List<String> excluded) {
        return excluded.stream().anyMatch(x -> Wildcard.matches(property, x, false));
    }

    /**
     * Whether {@code input} has a member {@code name} (a dictionary: the key), wildcards matching: a property, or a
     * method, which -ExpandProperty reads as the language mode allows.
     */
    public static boolean hasMember(Frame frame, Object input, String name) {
        if (input instanceof Map<?, ?> map && map.containsKey(name)) {
            return true;
        }
        TypeDataTable types = frame.context().findService(TypeDataTable.class);
        return input != null && MemberLister.of(input, types, true, true, false).stream()
                .anyMatch(m -> Wildcard.matches(m.name(), name, false));
    }

    /** The names of an object's properties, in the order pwsh lists them (extended first, then adapted). */
    public static List<String> propertyNames(Frame frame, Object input) {
        List<String> names = new ArrayList<>();
        if (input == null) {
            return names;
        }
        TypeDataTable types = frame.context().findService(TypeDataTable.class);
        for (Member m : MemberLister.of(input, types, true, true, false)) {
            if ((m.kind().bit() & dev.jpwsh.runtime.object.PSMemberTypes.PROPERTIES) != 0
                    && names.stream().noneMatch(m.name()::equalsIgnoreCase)) {
                names.add(m.name());
            }
        }
        return names;
    }
}
