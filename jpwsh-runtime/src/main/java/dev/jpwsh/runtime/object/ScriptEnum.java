package dev.jpwsh.runtime.object;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;

/**
 * The base of every enum a script defines ({@code enum Color { Red; Green = 5 }}): the engine generates a final
 * subclass per definition, with a public static field per member, a public {@code (long)} constructor and a public
 * static {@code INFO} holding the {@link Members}. A value is its number, so a value no member names (a flags
 * combination, or any number converted to the type) is a value of the type too, as in .NET. Immutable.
 */
public abstract class ScriptEnum implements FlagsEnum, Comparable<ScriptEnum> {
    private static final ClassValue<Members> MEMBERS = new ClassValue<>() {
        @Override
        protected Members computeValue(Class<?> type) {
            try {
                return (Members) type.getField("INFO").get(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("not a generated enum: " + type.getName(), e);
            }
        }
    };

    private final long value;

    protected ScriptEnum(long value) {
        this.value = value;
    }

    /**
     * An enum's members, whether it is {@code [Flags()]}, and the .NET name of its underlying type.
     *
     * @param names      member names in declaration order
     * @param values     their numbers
     * @param underlying the underlying type's .NET name ({@code System.Int32} unless {@code enum E : byte})
     */
    public record Members(String[] names, long[] values, boolean flags, String underlying, MethodHandle create) {
        /**
         * Made by a generated enum's static initializer from {@code "Red=0,Green=5"}.
         */
        public static Members describe(Class<?> type, String members, boolean flags, String underlying) {
            String[] entries = members.isEmpty() ? new String[0] : members.split(",");
            String[] names = new String[entries.length];
            long[] values = new long[entries.length];
            for (int i = 0; i < entries.length; i++) {
                int eq = entries[i].indexOf('=');
                names[i] = entries[i].substring(0, eq);
                values[i] = Long.parseLong(entries[i].substring(eq + 1));
            }
            try {
                MethodHandle create = MethodHandles.publicLookup().findConstructor(type,
                        MethodType.methodType(void.class, long.class));
                return new Members(names, values, flags, underlying, create);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The members sorted by number, as .NET lists them: name, number, name, number, ... */
        FlagNames flagNames() {
            Integer[] order = new Integer[names.length];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> Long.compare(values[a], values[b]));
            Object[] pairs = new Object[names.length * 2];
            for (int i = 0; i < order.length; i++) {
                pairs[2 * i] = names[order[i]];
                pairs[2 * i + 1] = values[order[i]];
            }
            return new FlagNames(pairs);
        }

        /** .NET's text of a value: its member's name, the members it combines (flags only), else its number. */
        public String format(long value) {
            for (int i = 0; i < names.length; i++) {
                if (values[i] == value) {
                    return names[i];
                }
            }
            return flags ? flagNames().format(value) : Long.toString(value);
        }

        /** The number text names: member names in any case, or numbers, joined by commas. */
        public long parse(String text) {
            return flagNames().parse(text);
        }

        /** A value of the enum with the number {@code value}. */
        public ScriptEnum valueOf(long value) {
            try {
                return (ScriptEnum) create.invoke(value);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        /** The values of the members, in the order .NET's GetValues gives them: ascending by number. */
        public Object[] values(Class<?> type) {
            return Arrays.stream(values).sorted().distinct().mapToObj(this::valueOf).toArray(n ->
                    (Object[]) java.lang.reflect.Array.newInstance(type, n));
        }

        /** The names in the order .NET's GetNames gives them: ascending by number. */
        public Object[] sortedNames() {
            Integer[] order = new Integer[names.length];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> Long.compare(values[a], values[b]));
            return Arrays.stream(order).map(i -> names[i]).toArray();
        }
    }

    /** The members of a generated enum type. */
    public static Members membersOf(Class<?> type) {
        return MEMBERS.get(type);
    }

    /** Whether {@code type} is an enum a script defined. */
    public static boolean isScriptEnum(Class<?> type) {
        return ScriptEnum.class.isAssignableFrom(type) && type != ScriptEnum.class;
    }

    @Override
    public long value() {
        return value;
    }

    @Override
    public FlagsEnum withValue(long number) {
        return membersOf(getClass()).valueOf(number);
    }

    /** The value as its underlying type: an Int32 unless the definition named another. */
    public Number underlyingValue() {
        String underlying = membersOf(getClass()).underlying();
        return switch (underlying) {
            case "System.Int64" -> value;
            case "System.Int16" -> (short) value;
            case "System.SByte" -> (byte) value;
            case "System.Byte", "System.UInt16", "System.UInt32", "System.UInt64" -> unsigned(underlying);
            default -> (int) value;
        };
    }

    private Number unsigned(String underlying) {
        Class<?> type = switch (underlying) {
            case "System.Byte" -> dev.jpwsh.runtime.number.UInt8.class;
            case "System.UInt16" -> dev.jpwsh.runtime.number.UInt16.class;
            case "System.UInt32" -> dev.jpwsh.runtime.number.UInt32.class;
            default -> dev.jpwsh.runtime.number.UInt64.class;
        };
        return (Number) dev.jpwsh.runtime.number.UnsignedInteger.exact(type, new java.math.BigInteger(
                Long.toUnsignedString(value)));
    }

    /** .NET's {@code value__}: the value as its underlying type. */
    public Number getValue__() {
        return underlyingValue();
    }

    /** {@code Enum.HasFlag}: whether every bit of {@code flag} is set. */
    public boolean HasFlag(ScriptEnum flag) {
        return (value & flag.value) == flag.value;
    }

    /**
     * {@code Enum.ToString(format)}: G (or none) the name, F the names even without {@code [Flags()]}, D the
     * number, X the number in hexadecimal as wide as the underlying type.
     */
    public String ToString(String format) {
        Members members = membersOf(getClass());
        return switch (format == null || format.isEmpty() ? "G" : format.toUpperCase(java.util.Locale.ROOT)) {
            case "G" -> toString();
            case "F" -> members.flagNames().format(value);
            case "D" -> underlyingValue().toString();
            case "X" -> hex(members.underlying());
            default -> throw new NumberFormatException("Format string can be only \"G\", \"g\", \"X\", \"x\", "
                    + "\"F\", \"f\", \"D\" or \"d\".");
        };
    }

    private String hex(String underlying) {
        int digits = switch (underlying) {
            case "System.Int64", "System.UInt64" -> 16;
            case "System.Int16", "System.UInt16" -> 4;
            case "System.Byte", "System.SByte" -> 2;
            default -> 8;
        };
        String text = Long.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return text.length() > digits ? text.substring(text.length() - digits)
                : "0".repeat(digits - text.length()) + text;
    }

    @Override
    public int compareTo(ScriptEnum other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((ScriptEnum) other).value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return membersOf(getClass()).format(value);
    }
}
