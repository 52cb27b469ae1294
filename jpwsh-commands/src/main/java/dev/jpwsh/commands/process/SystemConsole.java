package dev.jpwsh.commands.process;

import dev.jpwsh.dotnet.text.Encoding;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * {@code [System.Console]}'s writing methods, for scripts such as the default Clear-Host function, which writes the
 * {@code clear} program's escape sequences with {@code [Console]::Write}: the text goes, as it is, to the host of the
 * calling thread's session (the console's standard output), not through the pipeline; {@code [Console]::Out} and
 * {@code [Console]::Error} write there too ({@link ConsoleTextWriter}). WindowWidth and OutputEncoding are there for
 * the default help function, which formats the help as wide as the window for its pager.
 */
@DotNetName("System.Console")
public final class SystemConsole {
    private SystemConsole() {
    }

    /** {@code [Console]::WindowWidth}: the session's window's columns, 0 where it has none (as .NET without a terminal). */
    public static int getWindowWidth() {
        ExecutionContext session = ExecutionContext.onThisThread();
        return session == null ? 0 : session.host().ui().windowWidth();
    }

    /** {@code [Console]::OutputEncoding}: UTF-8 without a byte order mark, as .NET's on Linux. */
    public static Encoding getOutputEncoding() {
        return new Encoding.UTF8Encoding(false);
    }

    /** {@code [Console]::Out}: the session's output. */
    public static ConsoleTextWriter getOut() {
        return ConsoleTextWriter.OUT;
    }

    /** {@code [Console]::Error}: the session's error stream. */
    public static ConsoleTextWriter getError() {
        return ConsoleTextWriter.ERROR;
    }

    /** {@code [Console]::Write(value)}. */
    public static void Write(Object value) {
        ConsoleTextWriter.OUT.Write(value);
    }

    /** {@code [Console]::WriteLine()}. */
    public static void WriteLine() {
        ConsoleTextWriter.OUT.WriteLine();
    }

    /** {@code [Console]::WriteLine(value)}. */
    public static void WriteLine(Object value) {
        ConsoleTextWriter.OUT.WriteLine(value);
    }
}
