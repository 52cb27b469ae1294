package dev.jpwsh.engine.languagemode;

import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.dotnet.automation.PSObjectView;
import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.dotnet.text.Regex;
import dev.jpwsh.dotnet.SystemStatics;
import dev.jpwsh.dotnet.time.TimeSpan;
import dev.jpwsh.dotnet.Version;
import dev.jpwsh.runtime.number.UInt16;
import dev.jpwsh.runtime.number.UInt32;
import dev.jpwsh.runtime.number.UInt64;
import dev.jpwsh.runtime.number.UInt8;
import dev.jpwsh.runtime.object.OrderedHashtable;
import dev.jpwsh.runtime.object.PSHashtable;
import dev.jpwsh.runtime.object.PSObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;

/**
 * PowerShell's core types (CoreTypes in pwsh's TypeResolver.cs) among the classes jpwsh has: the types whose
 * constructors, methods and properties are safe to offer to untrusted script, so that ConstrainedLanguage allows
 * them. Exactly these classes (a subclass such as a synchronized hashtable is not one), enums but the JDK's, and
 * arrays of core types. Not core, as in pwsh: script blocks, {@code [type]}, {@code [math]}, collections other than arrays
 * and hashtables, runspaces and {@code [powershell]}. {@code Object} counts as core because jpwsh's
 * {@code [psobject]} names it, and so does {@code [pscustomobject]}'s class, which pwsh's PSObject stands for; but a
 * custom object as a value is pwsh's PSCustomObject, which is not core (only its own properties may be set).
 */
final class CoreTypes {
    private static final Set<Class<?>> TYPES = Set.of(Boolean.class, Character.class, Byte.class, UInt8.class,
            Short.class, UInt16.class, Integer.class, UInt32.class, Long.class, UInt64.class, Float.class,
            Double.class, BigDecimal.class, BigInteger.class, String.class, Object.class, Object[].class, Void.class,
            PSHashtable.class, OrderedHashtable.class, PSObject.class, PSObjectView.class, Ref.class, Regex.class,
            DateTime.class, TimeSpan.class, SystemStatics.Guid.class, Version.class);

    private CoreTypes() {
    }

    /**
     * Whether a type, as a script names it ({@code [T]::Method()}, {@code [T]$x}, New-Object T), is core. Every enum
     * of the .NET surface and of scripts is, as in pwsh; the JDK's enums are not, since their methods are Java's
     * ({@code TimeUnit.sleep}).
     */
    static boolean contains(Class<?> type) {
        return TYPES.contains(type) || Enum.class.isAssignableFrom(type) && type != Enum.class && !isJdkClass(type)
                || type.isArray() && contains(type.getComponentType());
    }

    /** Whether a class is the JDK's own (loaded by the boot or platform class loader), not one of jpwsh's or a script's. */
    static boolean isJdkClass(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return loader == null || loader == ClassLoader.getPlatformClassLoader();
    }

    /** Whether the type of a value whose methods are called is core. */
    static boolean isCoreValue(Object value) {
        return !(value instanceof PSObject) && contains(value.getClass());
    }
}
