package dev.jpwsh.engine.types.dotnet;

/** System.Enum's statics: the names and values of an enumeration type. */
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
}
