package dev.jpwsh.runtime.error;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.TypeNames;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The .NET exception type name and message scripts see for any exception, PowerShell's own or a Java one: a Java
 * exception stands for the .NET exception its kind maps to, and one raised inside the JDK reads as .NET's
 * default message of that type (Java's own wording, such as {@code For input string: "x"}, never shows).
 */
public final class ExceptionNames {
    /** {@link NumberFormatException}'s text when {@code Integer.parseInt} and its kin refuse a string. */
    private static final Pattern NUMBER_INPUT = Pattern.compile("For input string: \"(.*)\"(?s:.*)");

    /** The operating system's reason in an IOException's text: {@code ... error=2, No such file or directory}. */
    private static final Pattern SYSTEM_ERROR = Pattern.compile(".*error=\\d+, (.+)", Pattern.DOTALL);

    private ExceptionNames() {
    }

    /**
     * Java exception classes and the .NET exception each stands for, most specific first: the first whose class a
     * type extends names it.
     */
    private static final List<Map.Entry<Class<? extends Throwable>, String>> DOT_NET_TYPES = List.of(
            Map.entry(NumberFormatException.class, "System.FormatException"),
            Map.entry(IllegalArgumentException.class, "System.ArgumentException"),
            Map.entry(IllegalStateException.class, "System.InvalidOperationException"),
            Map.entry(UnsupportedOperationException.class, "System.NotSupportedException"),
            Map.entry(ArrayIndexOutOfBoundsException.class, "System.IndexOutOfRangeException"),
            Map.entry(IndexOutOfBoundsException.class, "System.ArgumentOutOfRangeException"),
            Map.entry(NegativeArraySizeException.class, "System.OverflowException"),
            Map.entry(NullPointerException.class, "System.NullReferenceException"),
            Map.entry(ClassCastException.class, "System.InvalidCastException"),
            Map.entry(FileNotFoundException.class, "System.IO.FileNotFoundException"),
            Map.entry(NoSuchFileException.class, "System.IO.FileNotFoundException"),
            Map.entry(AccessDeniedException.class, "System.UnauthorizedAccessException"),
            Map.entry(java.net.SocketException.class, "System.Net.Sockets.SocketException"),
            Map.entry(IOException.class, "System.IO.IOException"),
            Map.entry(InterruptedException.class, "System.Threading.ThreadInterruptedException"),
            Map.entry(java.util.concurrent.TimeoutException.class, "System.TimeoutException"),
            Map.entry(java.util.NoSuchElementException.class, "System.InvalidOperationException"),
            Map.entry(OutOfMemoryError.class, "System.OutOfMemoryException"),
            Map.entry(StackOverflowError.class, "System.InsufficientExecutionStackException"),
            Map.entry(ArithmeticException.class, "System.DivideByZeroException"));

    public static String of(Throwable t) {
        return switch (t) {
            case PSRuntimeException ps -> ps.dotNetType();
            case ArithmeticException a when a.getMessage() != null
                    && !a.getMessage().toLowerCase(java.util.Locale.ROOT).contains("by zero")
                    -> "System.OverflowException";
            case NoSuchFileException f when inMissingDirectory(f) -> "System.IO.DirectoryNotFoundException";
            default -> ofType(t.getClass());
        };
    }

    /**
     * The .NET exception type a Java exception class stands for: {@code System.TimeoutException}; a facade
     * exception's {@link DotNetName}.
     */
    public static String ofType(Class<? extends Throwable> type) {
        DotNetName declared = type.getAnnotation(DotNetName.class);
        if (declared != null) {
            return declared.value();
        }
        for (Map.Entry<Class<? extends Throwable>, String> entry : DOT_NET_TYPES) {
            if (entry.getKey().isAssignableFrom(type)) {
                return entry.getValue();
            }
        }
        return "System.Exception";
    }

    /** The type name without its namespace: {@code RuntimeException}. */
    public static String simpleName(Throwable t) {
        return TypeNames.simpleName(of(t));
    }

    /**
     * The message scripts see ({@code $_.Exception.Message}): PowerShell's own errors' and jpwsh's facades' text as
     * written; for an exception raised by the JDK, .NET's message for what it stands for.
     */
    public static String message(Throwable t) {
        if (t instanceof PSRuntimeException) {
            return t.getMessage();
        }
        return switch (t) {
            case VirtualMachineError e -> defaultMessage(of(t));
            case NoSuchFileException f when inMissingDirectory(f) -> "Could not find a part of the path '"
                    + f.getFile() + "'.";
            case NoSuchFileException f when f.getFile() != null -> "Could not find file '" + f.getFile() + "'.";
            case AccessDeniedException d when d.getFile() != null -> "Access to the path '" + d.getFile()
                    + "' is denied.";
            case Throwable own when own.getMessage() != null && raisedByJpwsh(own) -> own.getMessage();
            case NumberFormatException n when n.getMessage() != null && NUMBER_INPUT.matcher(n.getMessage()).matches()
                    -> "The input string '" + group(NUMBER_INPUT, n.getMessage()) + "' was not in a correct format.";
            case java.net.SocketException s when s.getMessage() != null -> s.getMessage();
            case IOException io when io.getMessage() != null && SYSTEM_ERROR.matcher(io.getMessage()).matches()
                    -> group(SYSTEM_ERROR, io.getMessage());
            default -> defaultMessage(of(t));
        };
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.matches() ? m.group(1) : text;
    }

    /**
     * Whether jpwsh's code (a facade, or a script through {@code [System.ArgumentException]::new('...')}) created the
     * exception, so its text is .NET's wording: the first frame that is not reflection's is jpwsh's.
     */
    private static boolean raisedByJpwsh(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            String type = frame.getClassName();
            if (!type.startsWith("jdk.internal.reflect.") && !type.startsWith("java.lang.reflect.")
                    && !type.startsWith("java.lang.invoke.")) {
                return type.startsWith("dev.jpwsh.");
            }
        }
        return true;
    }

    /** Whether a missing file's directory is missing too, which .NET reports as DirectoryNotFoundException. */
    private static boolean inMissingDirectory(NoSuchFileException f) {
        if (f.getFile() == null) {
            return false;
        }
        java.nio.file.Path parent = java.nio.file.Path.of(f.getFile()).toAbsolutePath().getParent();
        return parent != null && !java.nio.file.Files.isDirectory(parent);
    }

    /** .NET's message for an exception created without one. */
    static String defaultMessage(String type) {
        return switch (type) {
            case "System.ArgumentException" -> "Value does not fall within the expected range.";
            case "System.ArgumentOutOfRangeException" -> "Specified argument was out of the range of valid values.";
            case "System.FormatException" -> "One of the identified items was in an invalid format.";
            case "System.InvalidOperationException" -> "Operation is not valid due to the current state of the object.";
            case "System.NotSupportedException" -> "Specified method is not supported.";
            case "System.IndexOutOfRangeException" -> "Index was outside the bounds of the array.";
            case "System.NullReferenceException" -> "Object reference not set to an instance of an object.";
            case "System.ArithmeticException" -> "Overflow or underflow in the arithmetic operation.";
            case "System.NotImplementedException" -> "The method or operation is not implemented.";
            case "System.OperationCanceledException" -> "The operation was canceled.";
            case "System.SystemException" -> "System error.";
            case "System.InvalidCastException" -> "Specified cast is not valid.";
            case "System.DivideByZeroException" -> "Attempted to divide by zero.";
            case "System.OverflowException" -> "Arithmetic operation resulted in an overflow.";
            case "System.IO.FileNotFoundException" -> "Unable to find the specified file.";
            case "System.IO.IOException" -> "I/O error occurred.";
            case "System.Threading.ThreadInterruptedException" -> "Thread was interrupted from a waiting state.";
            case "System.TimeoutException" -> "The operation has timed out.";
            case "System.InsufficientExecutionStackException" -> "Insufficient stack to continue executing the program "
                    + "safely. This can happen from having too many functions on the call stack or function on the "
                    + "stack using too much stack space.";
            default -> "Exception of type '" + type + "' was thrown.";
        };
    }
}
