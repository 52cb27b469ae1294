package dev.jpwsh.runtime.error;

import java.util.HashMap;
import java.util.Map;

/**
 * .NET's inheritance among the exception types scripts meet, by full name: {@code ItemNotFoundException} is a
 * {@code SessionStateException}, which is a {@code RuntimeException}, a {@code SystemException}, an
 * {@code Exception}. jpwsh's errors carry the .NET type they stand for as a name, so {@code catch [T]},
 * {@code BaseType} and {@code IsAssignableFrom} ask this table rather than Java's class hierarchy. Immutable.
 */
public final class ExceptionHierarchy {
    private static final String EXCEPTION = "System.Exception";
    private static final String SYSTEM = "System.SystemException";
    private static final String SMA = "System.Management.Automation.";
    private static final String RUNTIME = SMA + "RuntimeException";

    /** Each type's base type. */
    private static final Map<String, String> BASE = new HashMap<>();

    static {
        base(SYSTEM, EXCEPTION);
        for (String name : new String[] {"ArgumentException", "ArithmeticException", "FormatException",
                "InvalidOperationException", "NotSupportedException", "NotImplementedException",
                "NullReferenceException", "InvalidCastException", "IndexOutOfRangeException", "IO.IOException",
                "UnauthorizedAccessException", "TimeoutException", "OperationCanceledException",
                "Collections.Generic.KeyNotFoundException", "Threading.ThreadInterruptedException",
                "OutOfMemoryException", "InsufficientExecutionStackException",
                "Runtime.InteropServices.ExternalException", "Management.Automation.RuntimeException",
                "Management.Automation.ScriptCallDepthException", "Management.Automation.JobFailedException",
                "Management.Automation.HaltCommandException",
                "Management.Automation.Runspaces.InvalidRunspaceStateException"}) {
            base("System." + name, SYSTEM);
        }
        base("System.ArgumentNullException", "System.ArgumentException");
        base("System.ArgumentOutOfRangeException", "System.ArgumentException");
        base("System.DivideByZeroException", "System.ArithmeticException");
        base("System.OverflowException", "System.ArithmeticException");
        base("System.UriFormatException", "System.FormatException");
        base("System.ObjectDisposedException", "System.InvalidOperationException");
        base("System.IO.FileNotFoundException", "System.IO.IOException");
        base("System.IO.DirectoryNotFoundException", "System.IO.IOException");
        base("System.ComponentModel.Win32Exception", "System.Runtime.InteropServices.ExternalException");
        base("System.Net.Sockets.SocketException", "System.ComponentModel.Win32Exception");
        for (String name : new String[] {"ParameterBindingException", "CommandNotFoundException",
                "SessionStateException", "ActionPreferenceStopException", "ExtendedTypeSystemException",
                "ParseException", "MetadataException", "CmdletInvocationException", "ProviderInvocationException",
                "WildcardPatternException", "PSSecurityException", "PipelineStoppedException",
                "ApplicationFailedException", "RemoteException", "Remoting.PSRemotingTransportException"}) {
            base(SMA + name, RUNTIME);
        }
        for (String name : new String[] {"DriveNotFoundException", "ProviderNotFoundException",
                "ItemNotFoundException", "SessionStateUnauthorizedAccessException"}) {
            base(SMA + name, SMA + "SessionStateException");
        }
        base(SMA + "MethodException", SMA + "ExtendedTypeSystemException");
        base(SMA + "MethodInvocationException", SMA + "MethodException");
        base(SMA + "GetValueException", SMA + "ExtendedTypeSystemException");
        base(SMA + "SetValueException", SMA + "ExtendedTypeSystemException");
        base(SMA + "GetValueInvocationException", SMA + "GetValueException");
        base(SMA + "SetValueInvocationException", SMA + "SetValueException");
        base(SMA + "PropertyNotFoundException", SMA + "ExtendedTypeSystemException");
        base(SMA + "IncompleteParseException", SMA + "ParseException");
        base(SMA + "ValidationMetadataException", SMA + "MetadataException");
        base(SMA + "ArgumentTransformationMetadataException", SMA + "MetadataException");
        base(SMA + "PSInvalidCastException", "System.InvalidCastException");
        base(SMA + "PSArgumentException", "System.ArgumentException");
        base(SMA + "PSArgumentNullException", "System.ArgumentNullException");
        base(SMA + "PSArgumentOutOfRangeException", "System.ArgumentOutOfRangeException");
        base(SMA + "PSInvalidOperationException", "System.InvalidOperationException");
        base(SMA + "PSNotSupportedException", "System.NotSupportedException");
        base(SMA + "PSNotImplementedException", "System.NotImplementedException");
        base(SMA + "PSObjectDisposedException", "System.ObjectDisposedException");
    }

    private ExceptionHierarchy() {
    }

    private static void base(String type, String base) {
        BASE.put(type, base);
    }

    /** Whether the table knows the type (System.Exception included). */
    public static boolean knows(String type) {
        return type != null && (type.equals(EXCEPTION) || BASE.containsKey(type));
    }

    /** The type's base type's full name, or null when the table does not know it. */
    public static String baseOf(String type) {
        return type == null ? null : type.equals(EXCEPTION) ? "System.Object" : BASE.get(type);
    }

    /**
     * Whether an exception of type {@code type} is a {@code ancestor} (the type itself or one it derives from), by
     * full names compared without regard to case. A type the table does not know is only itself and an Exception.
     */
    public static boolean derives(String type, String ancestor) {
        if (ancestor.equalsIgnoreCase(EXCEPTION)) {
            return true;
        }
        for (String t = type; t != null; t = BASE.get(t)) {
            if (t.equalsIgnoreCase(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
