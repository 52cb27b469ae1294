package dev.jpwsh.runtime.error;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/** The .NET exception type name scripts see for any exception, PowerShell's own or a Java one. */
public final class ExceptionNames {
    private ExceptionNames() {
    }

    public static String of(Throwable t) {
        return switch (t) {
            case PSRuntimeException ps -> ps.dotNetType();
            case ArithmeticException a -> "System.DivideByZeroException";
            case NumberFormatException n -> "System.FormatException";
            case IllegalArgumentException a -> "System.ArgumentException";
            case IllegalStateException s -> "System.InvalidOperationException";
            case UnsupportedOperationException u -> "System.NotSupportedException";
            case IndexOutOfBoundsException i -> "System.IndexOutOfRangeException";
            case NullPointerException n -> "System.NullReferenceException";
            case ClassCastException c -> "System.InvalidCastException";
            case FileNotFoundException f -> "System.IO.FileNotFoundException";
            case NoSuchFileException f -> "System.IO.FileNotFoundException";
            case java.net.SocketException s -> "System.Net.Sockets.SocketException";
            case IOException io -> "System.IO.IOException";
            case InterruptedException i -> "System.Threading.ThreadInterruptedException";
            case java.util.concurrent.TimeoutException x -> "System.TimeoutException";
            default -> "System.Exception";
        };
    }

    /** The type name without its namespace: {@code RuntimeException}. */
    public static String simpleName(Throwable t) {
        String full = of(t);
        return full.substring(full.lastIndexOf('.') + 1);
    }
}
