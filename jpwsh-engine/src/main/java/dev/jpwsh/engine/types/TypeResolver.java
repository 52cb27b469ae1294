package dev.jpwsh.engine.types;

import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.dotnet.DotNetMath;
import dev.jpwsh.runtime.number.UInt16;
import dev.jpwsh.runtime.number.UInt32;
import dev.jpwsh.runtime.number.UInt64;
import dev.jpwsh.runtime.number.UInt8;
import dev.jpwsh.runtime.object.PSHashtable;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeNames;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Type names to Java classes: PowerShell's accelerators ({@code [int]}, {@code [hashtable]}), the .NET names
 * scripts use ({@code System.Int32}), and Java class names. One table per process, safe for all threads.
 */
public final class TypeResolver {
    private static final TypeResolver SHARED = new TypeResolver();
    /** PowerShell's names: accelerators, .NET names, registered names, and names found by a {@code System.} prefix. */
    private final Map<String, Class<?>> names = new ConcurrentHashMap<>();
    /** Java classes found by their Java names, kept apart so that a session that hides them never sees them. */
    private final Map<String, Class<?>> javaClasses = new ConcurrentHashMap<>();

    private TypeResolver() {
        alias(Integer.class, "int", "int32", "System.Int32");
        alias(Long.class, "long", "int64", "System.Int64");
        alias(Short.class, "short", "int16", "System.Int16");
        alias(Byte.class, "sbyte", "System.SByte");
        alias(UInt8.class, "byte", "System.Byte");
        alias(UInt16.class, "uint16", "ushort", "System.UInt16");
        alias(UInt32.class, "uint32", "uint", "System.UInt32");
        alias(UInt64.class, "uint64", "ulong", "System.UInt64");
        alias(Double.class, "double", "System.Double");
        alias(Float.class, "float", "single", "System.Single");
        alias(BigDecimal.class, "decimal", "System.Decimal");
        alias(BigInteger.class, "bigint", "System.Numerics.BigInteger");
        alias(String.class, "string", "System.String");
        alias(Character.class, "char", "System.Char");
        alias(Boolean.class, "bool", "boolean", "System.Boolean");
        alias(Object.class, "object", "System.Object", "psobject", "System.Management.Automation.PSObject");
        alias(Object[].class, "array", "System.Array");
        alias(PSHashtable.class, "hashtable", "System.Collections.Hashtable");
        alias(dev.jpwsh.runtime.object.OrderedHashtable.class, "ordered",
                "System.Collections.Specialized.OrderedDictionary");
        alias(PSObject.class, "pscustomobject", "System.Management.Automation.PSCustomObject");
        alias(ScriptBlock.class, "scriptblock", "System.Management.Automation.ScriptBlock");
        alias(Void.class, "void", "System.Void");
        alias(DotNetMath.class, "math", "System.Math");
        alias(Boolean.class, "switch", "System.Management.Automation.SwitchParameter");
        alias(dev.jpwsh.dotnet.text.Regex.class, "regex", "System.Text.RegularExpressions.Regex");
        alias(Class.class, "type", "System.Type");
        alias(java.util.Map.class, "System.Collections.IDictionary");
        alias(dev.jpwsh.runtime.error.ErrorRecord.class, "System.Management.Automation.ErrorRecord");
        alias(RuntimeException.class, "System.Exception", "Exception");
        alias(IllegalArgumentException.class, "System.ArgumentException");
        alias(NumberFormatException.class, "System.FormatException");
        alias(IllegalStateException.class, "System.InvalidOperationException");
        alias(UnsupportedOperationException.class, "System.NotSupportedException");
        alias(java.io.IOException.class, "System.IO.IOException");
        alias(java.io.FileNotFoundException.class, "System.IO.FileNotFoundException");
        alias(ArithmeticException.class, "System.DivideByZeroException");
        alias(java.util.concurrent.TimeoutException.class, "System.TimeoutException");
        alias(java.util.List.class, "System.Collections.IList");
        alias(java.util.Collection.class, "System.Collections.ICollection");
        alias(Iterable.class, "System.Collections.IEnumerable");
        alias(Comparable.class, "System.IComparable");
        alias(dev.jpwsh.dotnet.time.DateTime.class, "datetime", "System.DateTime");
        alias(dev.jpwsh.dotnet.collections.ArrayList.class, "System.Collections.ArrayList");
        alias(dev.jpwsh.dotnet.collections.Concurrent.ConcurrentDictionary.class,
                "System.Collections.Concurrent.ConcurrentDictionary");
        alias(dev.jpwsh.dotnet.collections.Concurrent.ConcurrentQueue.class,
                "System.Collections.Concurrent.ConcurrentQueue");
        alias(dev.jpwsh.dotnet.collections.Concurrent.ConcurrentBag.class,
                "System.Collections.Concurrent.ConcurrentBag");
        alias(dev.jpwsh.dotnet.collections.Concurrent.BlockingCollection.class,
                "System.Collections.Concurrent.BlockingCollection");
        alias(dev.jpwsh.dotnet.threading.Threading.Interlocked.class, "System.Threading.Interlocked");
        alias(dev.jpwsh.dotnet.threading.Threading.Monitor.class, "System.Threading.Monitor");
        alias(dev.jpwsh.dotnet.threading.Threading.ManualResetEvent.class, "System.Threading.ManualResetEvent");
        alias(dev.jpwsh.dotnet.threading.Threading.AutoResetEvent.class, "System.Threading.AutoResetEvent");
        alias(dev.jpwsh.dotnet.threading.Threading.Mutex.class, "System.Threading.Mutex");
        alias(dev.jpwsh.dotnet.threading.Threading.SemaphoreSlim.class, "System.Threading.SemaphoreSlim");
        alias(dev.jpwsh.dotnet.net.TcpClient.class, "System.Net.Sockets.TcpClient");
        alias(dev.jpwsh.dotnet.threading.Timer.class, "System.Timers.Timer");
        alias(dev.jpwsh.dotnet.EventArgs.class, "System.EventArgs");
        alias(dev.jpwsh.engine.event.PSEventArgs.class, "System.Management.Automation.PSEventArgs");
        alias(dev.jpwsh.engine.job.JobState.class, "System.Management.Automation.JobState");
        String runspaces = "System.Management.Automation.Runspaces.";
        alias(dev.jpwsh.engine.runspaces.RunspaceFactory.class, "runspacefactory", runspaces + "RunspaceFactory");
        alias(dev.jpwsh.engine.runspaces.Runspace.class, "runspace", runspaces + "Runspace");
        alias(dev.jpwsh.engine.runspaces.RunspacePool.class, runspaces + "RunspacePool");
        alias(dev.jpwsh.engine.runspaces.InitialSessionState.class, "initialsessionstate",
                runspaces + "InitialSessionState");
        alias(dev.jpwsh.engine.runspaces.SessionStateVariableEntry.class, runspaces + "SessionStateVariableEntry");
        alias(dev.jpwsh.engine.runspaces.SessionStateFunctionEntry.class, runspaces + "SessionStateFunctionEntry");
        alias(dev.jpwsh.engine.runspaces.SessionStateCmdletEntry.class, runspaces + "SessionStateCmdletEntry");
        alias(dev.jpwsh.engine.runspaces.SessionStateAliasEntry.class, runspaces + "SessionStateAliasEntry");
        alias(dev.jpwsh.engine.runspaces.SessionStateCommandEntry.class, runspaces + "SessionStateCommandEntry");
        alias(dev.jpwsh.engine.runspaces.InitialSessionStateEntry.class, runspaces + "InitialSessionStateEntry");
        alias(dev.jpwsh.engine.runspaces.SessionStateEntryVisibility.class,
                "System.Management.Automation.SessionStateEntryVisibility");
        alias(dev.jpwsh.engine.command.CommandTypes.class, "System.Management.Automation.CommandTypes");
        alias(dev.jpwsh.engine.runspaces.PSThreadOptions.class, runspaces + "PSThreadOptions");
        alias(dev.jpwsh.engine.runspaces.RunspaceState.class, runspaces + "RunspaceState");
        alias(dev.jpwsh.engine.runspaces.RunspaceAvailability.class, runspaces + "RunspaceAvailability");
        alias(dev.jpwsh.engine.runspaces.PowerShell.class, "powershell", "System.Management.Automation.PowerShell");
        alias(dev.jpwsh.engine.runspaces.PSInvocationState.class, "System.Management.Automation.PSInvocationState");
        alias(dev.jpwsh.engine.runspaces.PSInvocationSettings.class,
                "System.Management.Automation.PSInvocationSettings");
        alias(dev.jpwsh.engine.runspaces.RunspaceMode.class, "System.Management.Automation.RunspaceMode");
        alias(dev.jpwsh.engine.runspaces.PSLanguageMode.class, "System.Management.Automation.PSLanguageMode");
        alias(dev.jpwsh.engine.scope.VariableOptions.class, "System.Management.Automation.ScopedItemOptions");
        alias(dev.jpwsh.engine.runspaces.PSDataCollection.class, "System.Management.Automation.PSDataCollection");
        alias(dev.jpwsh.engine.exec.ProgressRecord.class, "System.Management.Automation.ProgressRecord");
        alias(dev.jpwsh.engine.exec.ProgressRecord.RecordType.class, "System.Management.Automation.ProgressRecordType");
        alias(dev.jpwsh.engine.runspaces.ApartmentState.class, "System.Threading.ApartmentState");
        alias(dev.jpwsh.engine.runspaces.ExecutionPolicy.class, "Microsoft.PowerShell.ExecutionPolicy");
        alias(dev.jpwsh.dotnet.net.TcpListener.class, "System.Net.Sockets.TcpListener");
        alias(dev.jpwsh.dotnet.text.Conversion.Convert.class, "System.Convert");
        alias(dev.jpwsh.dotnet.text.Conversion.Encoding.class, "System.Text.Encoding");
        alias(dev.jpwsh.dotnet.Version.class, "version", "System.Version");
        alias(dev.jpwsh.dotnet.DotNetRandom.class, "System.Random");
        alias(dev.jpwsh.dotnet.EnumStatics.class, "enum", "System.Enum");
        alias(dev.jpwsh.dotnet.automation.PSNoteProperty.class, "psnoteproperty",
                "System.Management.Automation.PSNoteProperty");
        alias(dev.jpwsh.dotnet.DotNetEnums.DayOfWeek.class, "System.DayOfWeek");
        alias(dev.jpwsh.dotnet.DotNetEnums.MidpointRounding.class, "System.MidpointRounding");
        alias(dev.jpwsh.dotnet.DotNetEnums.ConsoleColor.class, "System.ConsoleColor");
        alias(dev.jpwsh.dotnet.DotNetEnums.StringSplitOptions.class, "System.StringSplitOptions");
        alias(dev.jpwsh.dotnet.DotNetEnums.ActionPreference.class,
                "System.Management.Automation.ActionPreference");
        alias(dev.jpwsh.dotnet.collections.GenericList.class, "System.Collections.Generic.List");
        alias(dev.jpwsh.dotnet.collections.Queue.class, "System.Collections.Queue",
                "System.Collections.Generic.Queue");
        alias(dev.jpwsh.dotnet.collections.Stack.class, "System.Collections.Stack",
                "System.Collections.Generic.Stack");
        alias(dev.jpwsh.dotnet.collections.Dictionary.class, "System.Collections.Generic.Dictionary");
        alias(dev.jpwsh.dotnet.collections.HashSet.class, "System.Collections.Generic.HashSet");
        alias(dev.jpwsh.dotnet.text.DotNetStringBuilder.class, "System.Text.StringBuilder");
        alias(dev.jpwsh.dotnet.Ref.class, "ref", "System.Management.Automation.PSReference");
        alias(dev.jpwsh.dotnet.SystemStatics.Environment.class, "System.Environment");
        alias(dev.jpwsh.dotnet.SystemStatics.IOPath.class, "System.IO.Path");
        alias(dev.jpwsh.dotnet.io.FileSystem.IOFile.class, "System.IO.File");
        alias(dev.jpwsh.dotnet.io.FileSystem.IODirectory.class, "System.IO.Directory");
        alias(dev.jpwsh.engine.modules.PSModuleInfo.class, "psmoduleinfo", "System.Management.Automation.PSModuleInfo");
        alias(dev.jpwsh.engine.modules.ModuleType.class, "System.Management.Automation.ModuleType");
        alias(dev.jpwsh.dotnet.SystemStatics.Guid.class, "guid", "System.Guid");
        alias(dev.jpwsh.dotnet.SystemStatics.AppDomain.class, "System.AppDomain");
        alias(dev.jpwsh.dotnet.SystemStatics.ThreadInfo.class, "System.Threading.Thread");
        alias(dev.jpwsh.dotnet.SystemStatics.Stopwatch.class, "System.Diagnostics.Stopwatch");
        alias(dev.jpwsh.dotnet.time.TimeSpan.class, "timespan", "System.TimeSpan");
        alias(dev.jpwsh.dotnet.collections.StringComparer.class, "System.StringComparer");
        alias(dev.jpwsh.engine.delegates.ScriptDelegate.Func.class, "System.Func");
        alias(dev.jpwsh.engine.delegates.ScriptDelegate.Action.class, "System.Action");
        alias(dev.jpwsh.engine.delegates.ScriptDelegate.Predicate.class, "System.Predicate");
        alias(dev.jpwsh.engine.delegates.ScriptDelegate.Callback.class, "System.AsyncCallback");
        alias(dev.jpwsh.engine.delegates.ScriptDelegate.Comparison.class, "System.Comparison");
        alias(dev.jpwsh.engine.delegates.ScriptDelegate.Converter.class, "System.Converter");
    }

    public static TypeResolver shared() {
        return SHARED;
    }

    /**
     * Makes a class known to scripts by its {@link dev.jpwsh.runtime.object.DotNetName}, as a cmdlet's implementing
     * type is.
     */
    public void register(Class<?> type) {
        alias(type, TypeNames.of(type));
    }

    private void alias(Class<?> type, String... aliases) {
        for (String alias : aliases) {
            names.put(alias.toLowerCase(Locale.ROOT), type);
        }
    }

    /** The class a type name (without brackets) names, by its Java name too, or null. Array names end in {@code []}. */
    public Class<?> resolve(String name) {
        return resolve(name, true);
    }

    /**
     * The class a type name (without brackets) names, or null. Array names end in {@code []}. Without
     * {@code javaNames} only PowerShell's names count: a Java class name, or a generic type with one among its
     * arguments, names nothing.
     */
    public Class<?> resolve(String name, boolean javaNames) {
        String key = name.toLowerCase(Locale.ROOT);
        Class<?> known = names.get(key);
        if (known != null) {
            return known;
        }
        if (key.endsWith("[]")) {
            Class<?> element = resolve(name.substring(0, name.length() - 2), javaNames);
            return element == null ? null : element.arrayType();
        }
        int generic = key.indexOf('[');
        if (generic > 0) {
            Class<?> type = resolve(name.substring(0, generic), javaNames);
            return type == null || javaNames || argumentsResolve(name, generic) ? type : null;
        }
        Class<?> found = javaNames ? javaClassNamed(name, key) : null;
        if (found == null && !key.startsWith("system.")) {
            found = names.get("system." + key);
            if (found != null) {
                names.put(key, found);
            }
        }
        return found;
    }

    /** A Java class by its Java name, or null; found ones are kept. */
    private Class<?> javaClassNamed(String name, String key) {
        Class<?> found = javaClasses.get(key);
        if (found == null) {
            found = javaClass(name);
            if (found != null) {
                javaClasses.put(key, found);
            }
        }
        return found;
    }

    /** Whether every type argument of a generic name resolves by PowerShell's names. */
    private boolean argumentsResolve(String name, int open) {
        if (!name.endsWith("]")) {
            return true;
        }
        for (String argument : topLevelArguments(name.substring(open + 1, name.length() - 1))) {
            if (resolve(argument, false) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The type arguments of a generic type name ({@code [int, string]} for {@code Dictionary[int,string]}); empty
     * for other names, arrays included.
     */
    public List<Class<?>> typeArguments(String name) {
        int open = name.indexOf('[');
        if (open < 0 || name.endsWith("[]") || !name.endsWith("]")) {
            return List.of();
        }
        List<Class<?>> arguments = new ArrayList<>();
        for (String argument : topLevelArguments(name.substring(open + 1, name.length() - 1))) {
            Class<?> type = resolve(argument);
            if (type == null) {
                throw RuntimeFailures.typeNotFound(argument);
            }
            arguments.add(type);
        }
        return List.copyOf(arguments);
    }

    /** {@code int, List[string]} split at the commas outside brackets. */
    private static List<String> topLevelArguments(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).strip());
        return parts;
    }

    private static Class<?> javaClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
