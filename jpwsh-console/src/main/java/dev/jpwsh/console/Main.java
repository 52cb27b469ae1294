package dev.jpwsh.console;

import dev.jpwsh.runtime.object.TypeNames;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code jpwsh} command: a pwsh-compatible command line (see {@link dev.jpwsh.console.options}). Output is
 * UTF-8 whatever the locale, as pwsh's is. Nothing escapes as a Java stack trace: an unexpected failure is one
 * line on standard error and exit code {@value #INTERNAL_ERROR_EXIT_CODE}, pwsh's code for an internal error.
 */
public final class Main {
    static final int INTERNAL_ERROR_EXIT_CODE = 70;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = utf8Stream(FileDescriptor.out);
        PrintStream err = utf8Stream(FileDescriptor.err);
        int exitCode = run(args, System.in, new ConsoleOutput(out, err, Terminal.detect(System.getenv()), true));
        System.exit(exitCode);
    }

    /** Runs jpwsh as if no standard stream were a terminal, and returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, Terminal.NONE);
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Terminal terminal) {
        return run(args, in, new ConsoleOutput(out, err, terminal, false));
    }

    /** Runs jpwsh on {@code output}; native programs inherit the process's streams only when it says they are its. */
    static int run(String[] args, InputStream in, ConsoleOutput output) {
        try {
            return new Startup(in, output).run(List.of(args));
        } catch (Throwable failure) {
            output.writeErrorLine("jpwsh: internal error: " + TypeNames.text(failure));
            return INTERNAL_ERROR_EXIT_CODE;
        } finally {
            output.flush();
        }
    }

    private static PrintStream utf8Stream(FileDescriptor descriptor) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(descriptor)), true,
                StandardCharsets.UTF_8);
    }
}
