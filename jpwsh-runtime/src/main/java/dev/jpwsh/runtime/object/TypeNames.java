package dev.jpwsh.runtime.object;

import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.ExceptionNames;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.number.UInt16;
import dev.jpwsh.runtime.number.UInt32;
import dev.jpwsh.runtime.number.UInt64;
import dev.jpwsh.runtime.number.UInt8;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * The .NET names scripts see for types and values ({@code System.Int32}), the one place that names a type for
 * a message or for text, and the text of an object that has no string form of its own: as .NET's
 * {@code Object.ToString()}, its type's full name. Stateless; the per-class answers are cached in
 * {@link ClassValue}s, safe for any thread.
 */
public final class TypeNames {
    private static final Map<Class<?>, String> BUILT_IN = Map.ofEntries(
            Map.entry(Integer.class, "System.Int32"), Map.entry(Long.class, "System.Int64"),
            Map.entry(Short.class, "System.Int16"), Map.entry(Byte.class, "System.SByte"),
            Map.entry(UInt8.class, "System.Byte"), Map.entry(UInt16.class, "System.UInt16"),
            Map.entry(UInt32.class, "System.UInt32"), Map.entry(UInt64.class, "System.UInt64"),
            Map.entry(Double.class, "System.Double"), Map.entry(Float.class, "System.Single"),
            Map.entry(BigDecimal.class, "System.Decimal"), Map.entry(BigInteger.class, "System.Numerics.BigInteger"),
            Map.entry(String.class, "System.String"), Map.entry(Boolean.class, "System.Boolean"),
            Map.entry(Character.class, "System.Char"), Map.entry(Void.class, "System.Void"),
            Map.entry(PSHashtable.class, "System.Collections.Hashtable"),
            Map.entry(OrderedHashtable.class, "System.Collections.Specialized.OrderedDictionary"),
            Map.entry(AutomationOrderedHashtable.class, "System.Management.Automation.OrderedHashtable"),
            Map.entry(SynchronizedHashtable.class, "System.Collections.Hashtable+SyncHashtable"),
            Map.entry(PSObject.class, "System.Management.Automation.PSObject"),
            Map.entry(ErrorRecord.class, "System.Management.Automation.ErrorRecord"),
            Map.entry(Object.class, "System.Object"), Map.entry(Class.class, "System.Type"),
            Map.entry(Iterable.class, "System.Collections.IEnumerable"),
            Map.entry(java.util.Iterator.class, "System.Collections.IEnumerator"),
            Map.entry(java.util.Collection.class, "System.Collections.ICollection"),
            Map.entry(java.util.List.class, "System.Collections.IList"),
            Map.entry(Map.class, "System.Collections.IDictionary"), Map.entry(Comparable.class, "System.IComparable"),
            Map.entry(AutoCloseable.class, "System.IDisposable"), Map.entry(Cloneable.class, "System.ICloneable"));

    /** Whether a class's {@code toString()} is its own .NET text, not Java's {@code Name@hash} or record dump. */
    private static final ClassValue<Boolean> OWN_TEXT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                Method m = type.getMethod("toString");
                return m.getDeclaringClass() != Object.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    private TypeNames() {
    }

    /**
     * The .NET full name of a type: {@code System.Int32}, a facade's {@link DotNetName}, the .NET exception a Java
     * exception class stands for, else its Java name.
     */
    public static String of(Class<?> type) {
        if (type.isArray()) {
            return of(type.getComponentType()) + "[]";
        }
        String name = BUILT_IN.get(type);
        if (name != null) {
            return name;
        }
        DotNetName declared = type.getAnnotation(DotNetName.class);
        if (declared != null) {
            return declared.value();
        }
        return Throwable.class.isAssignableFrom(type) && !PSRuntimeException.class.isAssignableFrom(type)
                ? ExceptionNames.ofType(type.asSubclass(Throwable.class)) : type.getName();
    }

    /**
     * The name PowerShell shows when it converts a type to text ({@code "$([int])"}, {@code [string][int]}): the type's
     * built-in accelerator ({@code int}, {@code hashtable}), else its full name; an array's is its element's with
     * {@code []}.
     */
    public static String powerShellName(Class<?> type) {
        if (type.isArray()) {
            return powerShellName(type.getComponentType()) + "[]";
        }
        String fullName = of(type);
        String accelerator = TypeAccelerators.of(fullName);
        return accelerator != null ? accelerator : fullName;
    }

    /** A full type name without namespace or declaring type: {@code SyncHashtable} for {@code ...+SyncHashtable}. */
    public static String simpleName(String fullName) {
        return fullName.substring(Math.max(fullName.lastIndexOf('.'), fullName.lastIndexOf('+')) + 1);
    }

    /** Whether a class stands for a .NET type: one of the built-in ones or a facade with a {@link DotNetName}. */
    public static boolean standsForDotNet(Class<?> type) {
        return BUILT_IN.containsKey(type) || type.isAnnotationPresent(DotNetName.class);
    }

    /** The .NET full name of a value's type, as {@code $x.GetType().FullName} shows it. */
    public static String ofValue(Object value) {
        return switch (value) {
            case null -> "null";
            case PSObject o -> "System.Management.Automation.PSCustomObject";
            case Throwable t -> ExceptionNames.of(t);
            case Class<?> c -> "System.RuntimeType";
            default -> of(value.getClass());
        };
    }

    /**
     * The text of a value without a PowerShell conversion of its own: a type's full name for a type
     * ({@code System.Int32}), {@code Type: message} for an exception (.NET's first line of
     * {@code Exception.ToString()}), the object's own text when its class defines one, else its type's full
     * name, as .NET's {@code Object.ToString()} gives. A record's generated text counts as none of its own,
     * unless the record writes its {@code toString()}, which then differs from the generated
     * {@code Name[component=...]} form.
     */
    public static String text(Object value) {
        return switch (value) {
            case Class<?> c -> of(c);
            case Throwable t -> ExceptionNames.of(t) + ": " + ExceptionNames.message(t);
            default -> {
                Class<?> type = value.getClass();
                if (!OWN_TEXT.get(type)) {
                    yield ofValue(value);
                }
                String text = value.toString();
                yield type.isRecord() && text.startsWith(type.getSimpleName() + "[") ? ofValue(value) : text;
            }
        };
    }
}
