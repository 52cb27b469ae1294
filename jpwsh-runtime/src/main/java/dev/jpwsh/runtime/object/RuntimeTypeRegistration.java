package dev.jpwsh.runtime.object;

import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.number.UInt16;
import dev.jpwsh.runtime.number.UInt32;
import dev.jpwsh.runtime.number.UInt64;
import dev.jpwsh.runtime.number.UInt8;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The runtime's type names: the primitive types and their accelerators, object, arrays, the hashtable kinds,
 * custom objects, ErrorRecord, the .NET exceptions and collection interfaces that JDK classes stand for.
 */
public final class RuntimeTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(Integer.class, "int", "int32", "System.Int32");
        registrar.alias(Long.class, "long", "int64", "System.Int64");
        registrar.alias(Short.class, "short", "int16", "System.Int16");
        registrar.alias(Byte.class, "sbyte", "System.SByte");
        registrar.alias(UInt8.class, "byte", "System.Byte");
        registrar.alias(UInt16.class, "uint16", "ushort", "System.UInt16");
        registrar.alias(UInt32.class, "uint32", "uint", "System.UInt32");
        registrar.alias(UInt64.class, "uint64", "ulong", "System.UInt64");
        registrar.alias(Double.class, "double", "System.Double");
        registrar.alias(Float.class, "float", "single", "System.Single");
        registrar.alias(BigDecimal.class, "decimal", "System.Decimal");
        registrar.alias(BigInteger.class, "bigint", "System.Numerics.BigInteger");
        registrar.alias(String.class, "string", "System.String");
        registrar.alias(Character.class, "char", "System.Char");
        registrar.alias(Boolean.class, "bool", "boolean", "System.Boolean");
        registrar.alias(Object.class, "object", "System.Object");
        registrar.alias(Object[].class, "array", "System.Array");
        registrar.alias(PSHashtable.class, "hashtable", "System.Collections.Hashtable");
        registrar.alias(OrderedHashtable.class, "ordered", "System.Collections.Specialized.OrderedDictionary");
        registrar.alias(AutomationOrderedHashtable.class, "System.Management.Automation.OrderedHashtable");
        registrar.alias(PSObject.class, "psobject", "System.Management.Automation.PSObject", "pscustomobject",
                "System.Management.Automation.PSCustomObject");
        registrar.alias(Void.class, "void", "System.Void");
        registrar.alias(Boolean.class, "switch", "System.Management.Automation.SwitchParameter");
        registrar.alias(Class.class, "type", "System.Type");
        registrar.alias(java.util.Map.class, "System.Collections.IDictionary");
        registrar.alias(ErrorRecord.class, "System.Management.Automation.ErrorRecord");
        registrar.alias(RuntimeException.class, "System.Exception", "Exception");
        registrar.alias(IllegalArgumentException.class, "System.ArgumentException");
        registrar.alias(NumberFormatException.class, "System.FormatException");
        registrar.alias(IllegalStateException.class, "System.InvalidOperationException");
        registrar.alias(UnsupportedOperationException.class, "System.NotSupportedException");
        registrar.alias(java.io.IOException.class, "System.IO.IOException");
        registrar.alias(java.io.FileNotFoundException.class, "System.IO.FileNotFoundException");
        registrar.alias(ArithmeticException.class, "System.DivideByZeroException");
        registrar.alias(java.util.concurrent.TimeoutException.class, "System.TimeoutException");
        registrar.alias(java.util.List.class, "System.Collections.IList");
        registrar.alias(java.util.Collection.class, "System.Collections.ICollection");
        registrar.alias(Iterable.class, "System.Collections.IEnumerable");
        registrar.alias(Iterable.class, "System.Collections.Generic.IEnumerable");
        registrar.alias(java.util.List.class, "System.Collections.Generic.IList", "System.Collections.Generic.IReadOnlyList");
        registrar.alias(java.util.Collection.class, "System.Collections.Generic.ICollection",
                "System.Collections.Generic.IReadOnlyCollection");
        registrar.alias(java.util.Map.class, "System.Collections.Generic.IDictionary",
                "System.Collections.Generic.IReadOnlyDictionary");
        registrar.alias(Comparable.class, "System.IComparable");
        registrar.alias(AutoCloseable.class, "System.IDisposable");
        registrar.alias(java.util.Iterator.class, "System.Collections.IEnumerator");
        registrar.alias(Equatable.class, "System.IEquatable");
        registrar.alias(EqualityComparer.class, "System.Collections.Generic.IEqualityComparer",
                "System.Collections.IEqualityComparer");
        registrar.alias(dev.jpwsh.runtime.error.PSRuntimeException.class,
                "System.Management.Automation.RuntimeException");
        for (Class<?> type : dev.jpwsh.runtime.error.AutomationExceptions.class.getClasses()) {
            registrar.alias(type, type.getAnnotation(DotNetName.class).value());
        }
        for (Class<?> type : dev.jpwsh.runtime.error.NamedExceptions.class.getClasses()) {
            if (type.isAnnotationPresent(DotNetName.class)) {
                registrar.alias(type, type.getAnnotation(DotNetName.class).value());
            }
        }
    }
}
