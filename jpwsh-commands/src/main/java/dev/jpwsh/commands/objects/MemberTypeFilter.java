package dev.jpwsh.commands.objects;

import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.runtime.object.PSMemberTypes;
import java.util.Locale;

/**
 * A -MemberType value as pwsh reads a PSMemberTypes flags value: one or more names (an array or a comma-separated
 * text), the composites Properties, Methods and All, or a number.
 */
final class MemberTypeFilter {
    static final String NAMES = "AliasProperty, CodeProperty, Property, NoteProperty, ScriptProperty, Properties, "
            + "PropertySet, Method, CodeMethod, ScriptMethod, Methods, ParameterizedProperty, MemberSet, Event, Dynamic, "
            + "InferredProperty, All";

    private MemberTypeFilter() {
    }

    /** The flags of {@code value}, or -1 (with {@code bad[0]} the offending name) when a name is unknown. */
    static int parse(Object value, String[] bad) {
        if (value == null) {
            return PSMemberTypes.ALL;
        }
        if (value instanceof PSMemberTypes kind) {
            return kind.bit();
        }
        if (value instanceof Number n) {
            return n.intValue();
        }
        int flags = 0;
        for (Object item : Enumeration.toList(value)) {
            for (String part : LanguagePrimitives.toString(item).split(",")) {
                int bit = bitOf(part.trim());
                if (bit < 0) {
                    bad[0] = part.trim();
                    return -1;
                }
                flags |= bit;
            }
        }
        return flags;
    }

    private static int bitOf(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "properties" -> {
                return PSMemberTypes.PROPERTIES;
            }
            case "methods" -> {
                return PSMemberTypes.METHODS;
            }
            case "all" -> {
                return PSMemberTypes.ALL;
            }
            default -> {
                for (PSMemberTypes kind : PSMemberTypes.values()) {
                    if (kind.name().equalsIgnoreCase(name)) {
                        return kind.bit();
                    }
                }
                return -1;
            }
        }
    }
}
