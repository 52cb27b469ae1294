package dev.jpwsh.engine.types.reflection;

import dev.jpwsh.runtime.error.ExceptionNames;
import dev.jpwsh.runtime.object.PSHashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * System.Exception's properties on any exception, Java's own included, as .NET names and orders them (TargetSite,
 * Message, Data, InnerException, HelpLink, Source, HResult, StackTrace), so that no Java property (Cause,
 * LocalizedMessage, Suppressed) shows. Stateless.
 */
public final class ExceptionMembers {
    /** The properties in .NET's order. */
    static final List<String> PROPERTIES = List.of("TargetSite", "Message", "Data", "InnerException", "HelpLink",
            "Source", "HResult", "StackTrace");

    /** The HResult of the .NET exceptions scripts meet most, by full name. */
    private static final Map<String, Integer> HRESULTS = Map.ofEntries(
            Map.entry("System.ArgumentException", -2147024809), Map.entry("System.ArgumentNullException", -2147467261),
            Map.entry("System.ArgumentOutOfRangeException", -2146233086),
            Map.entry("System.InvalidOperationException", -2146233079),
            Map.entry("System.NotSupportedException", -2146233067), Map.entry("System.FormatException", -2146233033),
            Map.entry("System.NullReferenceException", -2147467261),
            Map.entry("System.IndexOutOfRangeException", -2146233080),
            Map.entry("System.InvalidCastException", -2147467262),
            Map.entry("System.DivideByZeroException", -2147352558), Map.entry("System.OverflowException", -2146233066),
            Map.entry("System.IO.IOException", -2146232800), Map.entry("System.IO.FileNotFoundException", -2147024894),
            Map.entry("System.IO.DirectoryNotFoundException", -2147024893),
            Map.entry("System.UnauthorizedAccessException", -2147024891),
            Map.entry("System.TimeoutException", -2146233083));
    private static final int EXCEPTION = -2146233088;
    /** SystemException's, which PowerShell's own exceptions (RuntimeException and those built on it) keep. */
    private static final int SYSTEM_EXCEPTION = -2146233087;

    private ExceptionMembers() {
    }

    /** Whether {@code name} is one of System.Exception's properties. */
    public static boolean isProperty(String name) {
        return PROPERTIES.stream().anyMatch(name::equalsIgnoreCase);
    }

    /** {@code $exception.Name} for one of System.Exception's properties. */
    public static Object get(Throwable t, String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "message" -> ExceptionNames.message(t);
            case "innerexception" -> t.getCause();
            case "data" -> new PSHashtable();
            case "hresult" -> hresult(ExceptionNames.of(t));
            // the Java frames are no .NET stack trace, and no .NET method or assembly raised it
            default -> null;
        };
    }

    private static int hresult(String typeName) {
        Integer known = HRESULTS.get(typeName);
        if (known != null) {
            return known;
        }
        return typeName.startsWith("System.Management.Automation.") ? SYSTEM_EXCEPTION : EXCEPTION;
    }
}
