package dev.jpwsh.dotnet;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.ScriptEnum;

/** System.Enum's statics: the names and values of an enumeration type. */
@DotNetName("System.Enum")
public final class EnumStatics {
    private EnumStatics() {
    }

    public static Object[] GetNames(Class<?> type) {
        if (ScriptEnum.isScriptEnum(type)) {
            return ScriptEnum.membersOf(type).sortedNames();
        }
        Object[] constants = type.getEnumConstants();
        Object[] names = new Object[constants == null ? 0 : constants.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = constants[i].toString();
        }
        return names;
    }

    public static Object[] GetValues(Class<?> type) {
        if (ScriptEnum.isScriptEnum(type)) {
            return ScriptEnum.membersOf(type).values(type);
        }
        Object[] constants = type.getEnumConstants();
        return constants == null ? new Object[0] : constants.clone();
    }

    public static boolean IsDefined(Class<?> type, Object value) {
        if (ScriptEnum.isScriptEnum(type)) {
            return value instanceof String ? java.util.Arrays.asList(ScriptEnum.membersOf(type).names())
                    .contains(value) : GetName(type, value) != null;
        }
        for (Object c : GetNames(type)) {
            if (c.toString().equalsIgnoreCase(String.valueOf(value))) {
                return true;
            }
        }
        return false;
    }

    /** The member whose name matches {@code value} exactly, or whose number it is. */
    public static Object Parse(Class<?> type, String value) {
        return Parse(type, value, false);
    }

    /** The member whose name matches {@code value} (without regard to case when asked), or whose number it is. */
    public static Object Parse(Class<?> type, String value, boolean ignoreCase) {
        String name = value.strip();
        if (ScriptEnum.isScriptEnum(type)) {
            return parseScriptEnum(type, name, ignoreCase, value);
        }
        Object[] members = GetValues(type);
        for (Object member : members) {
            String memberName = member.toString();
            if (ignoreCase ? memberName.equalsIgnoreCase(name) : memberName.equals(name)) {
                return member;
            }
        }
        if (name.matches("\\d+") && Integer.parseInt(name) < members.length) {
            return members[Integer.parseInt(name)];
        }
        throw new IllegalArgumentException("Requested value '" + value + "' was not found.");
    }

    /** A script enum's value by member names (commas joining several) or a number, as .NET's Enum.Parse reads it. */
    private static Object parseScriptEnum(Class<?> type, String name, boolean ignoreCase, String value) {
        ScriptEnum.Members members = ScriptEnum.membersOf(type);
        if (!ignoreCase) {
            for (String part : name.split(",")) {
                String member = part.strip();
                boolean exact = java.util.Arrays.asList(members.names()).contains(member);
                if (!exact && !member.matches("-?\\d+")) {
                    throw new IllegalArgumentException("Requested value '" + value + "' was not found.");
                }
            }
        }
        try {
            return members.valueOf(members.parse(name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Requested value '" + value + "' was not found.");
        }
    }

    /** {@code TryParse(type, text, [ref]$result)}: whether the text names a value (exactly), which goes to result. */
    public static boolean TryParse(Class<?> type, String value, Ref result) {
        return TryParse(type, value, false, result);
    }

    /** {@code TryParse(type, text, ignoreCase, [ref]$result)}; result is null when the text names no value. */
    public static boolean TryParse(Class<?> type, String value, boolean ignoreCase,
            Ref result) {
        try {
            result.setValue(value == null ? null : Parse(type, value, ignoreCase));
        } catch (IllegalArgumentException e) {
            result.setValue(null);
        }
        return result.getValue() != null;
    }

    /** The type of an enum's numbers: the one its definition names for a script enum, Int32 for any other. */
    public static Class<?> GetUnderlyingType(Class<?> type) {
        return ScriptEnum.isScriptEnum(type) ? ScriptEnum.membersOf(type).valueOf(0).underlyingValue().getClass()
                : Integer.class;
    }

    public static String GetName(Class<?> type, Object value) {
        if (ScriptEnum.isScriptEnum(type)) {
            long number = value instanceof ScriptEnum e ? e.value() : ((Number) value).longValue();
            String text = ScriptEnum.membersOf(type).format(number);
            return java.util.Arrays.asList(ScriptEnum.membersOf(type).names()).contains(text) ? text : null;
        }
        for (Object member : GetValues(type)) {
            if (member.equals(value) || value instanceof Number n && ((Enum<?>) member).ordinal() == n.intValue()) {
                return member.toString();
            }
        }
        return null;
    }
}
