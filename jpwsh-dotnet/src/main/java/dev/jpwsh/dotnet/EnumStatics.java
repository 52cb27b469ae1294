package dev.jpwsh.dotnet;

import dev.jpwsh.runtime.object.DotNetName;

/** System.Enum's statics: the names and values of an enumeration type. */
@DotNetName("System.Enum")
public final class EnumStatics {
    private EnumStatics() {
    }

    public static Object[] GetNames(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        Object[] names = new Object[constants == null ? 0 : constants.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = constants[i].toString();
        }
        return names;
    }

    public static Object[] GetValues(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        return constants == null ? new Object[0] : constants.clone();
    }

    public static boolean IsDefined(Class<?> type, Object value) {
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

    public static String GetName(Class<?> type, Object value) {
        for (Object member : GetValues(type)) {
            if (member.equals(value) || value instanceof Number n && ((Enum<?>) member).ordinal() == n.intValue()) {
                return member.toString();
            }
        }
        return null;
    }
}
