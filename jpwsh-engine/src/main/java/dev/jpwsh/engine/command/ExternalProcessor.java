package dev.jpwsh.engine.command;

import dev.jpwsh.dotnet.text.Encoding;
import dev.jpwsh.dotnet.text.TextCodec;
import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.engine.exec.DefaultOutputPipe;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.FileRedirection;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.language.ast.RedirectionAst;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A native program in a pipeline, run as pwsh 7.4 runs one on Unix. It starts when the pipeline begins, in the
 * session's environment and current location. Its standard input is the pipeline's input, one line per object in
 * {@code $OutputEncoding}, written as the objects arrive; between two native programs the bytes flow from one to the
 * next untouched. Its output lines flow downstream while it runs. When the console host lends its own standard
 * streams, a program writes straight to them where pwsh lets it: its output when it is the last command and its
 * output goes to the host, its errors unless they are redirected, its input when it takes no pipeline input; so
 * interactive programs get the terminal. Redirected error lines ({@code 2>&1}, {@code 2>$null}, {@code 2>file})
 * become error records (NativeCommandError for the first, NativeCommandErrorMessage after it, each a
 * RemoteException, none of them added to {@code $Error}); otherwise they go to the host's error output as they are.
 * Its output redirected to a file ({@code > file}) goes there as raw bytes. The exit code goes to
 * {@code $LASTEXITCODE}; a non-zero one makes {@code $?} false and, with {@code $PSNativeCommandUseErrorActionPreference}
 * true, writes a ProgramExitedWithNonZeroCode error under the error action in force. When a program on the console's
 * terminal ends by SIGINT (Ctrl+C reaches it and the console alike), the pipeline waits a moment for the console's
 * stop, so that the stop ends this line rather than the next one typed.
 */
public final class ExternalProcessor implements CommandProcessor {
    /** What Java reports as the exit code of a program that SIGINT ended (128 + 2, as a shell does). */
    private static final int KILLED_BY_SIGINT = 130;
    /** How long a program that SIGINT ended waits for the console's stop (which interrupts the wait) to arrive. */
    private static final long SIGINT_GRACE_MILLIS = 2_000;
    /** Whether the program shares the console's terminal, where Ctrl+C reaches it and the console alike. */
    private boolean onTerminal;
    private final Path program;
    private final Frame frame;
    private final List<CommandArgument> args;
    private final boolean takesInput;
    private final NativeOutputQueue output = new NativeOutputQueue();
    private ExternalProcessor byteTarget;
    private ExternalProcessor byteSource;
    private Pipe out;
    private Process process;
    private Writer input;
    private boolean firstError = true;
    private boolean finished;
    /** Set when the next program stopped reading and this one was stopped for it: its exit code is no failure. */
    private volatile boolean stoppedByReader;

    public ExternalProcessor(Path program, Frame frame, List<CommandArgument> args, boolean takesInput) {
        this.program = program;
        this.frame = frame;
        this.args = args;
        this.takesInput = takesInput;
    }

    /**
     * Connects the native programs that follow each other in a pipeline by their bytes, as pwsh 7.4 does: the
     * output of the first becomes the input of the second without being read as text.
     */
    public static void connectBytePipes(List<CommandProcessor> processors) {
        for (int i = 0; i + 1 < processors.size(); i++) {
            if (processors.get(i) instanceof ExternalProcessor source
                    && processors.get(i + 1) instanceof ExternalProcessor target) {
                source.byteTarget = target;
                target.byteSource = source;
            }
        }
    }

    @Override
    public void begin(Pipe downstream) {
        this.out = downstream;
        ExecutionContext context = frame.context();
        boolean errorsRedirected = context.redirects().target(RedirectionAst.Stream.ERROR) != null;
        boolean lent = context.host().ui().lendProcessStreams();
        onTerminal = lent;
        boolean pipedInput = takesInput || byteSource != null;
        Redirect toFile = byteTarget == null && downstream instanceof FileRedirection file ? file.forProgram() : null;
        ProcessBuilder builder = new ProcessBuilder(NativeArguments.of(program.toString(), args, context))
                .directory(NativeCommandLookup.workingDirectory(context).toFile())
                .redirectInput(pipedInput || !lent ? Redirect.PIPE : Redirect.INHERIT)
                .redirectOutput(toFile != null ? toFile
                        : byteTarget == null && lent && downstream instanceof DefaultOutputPipe ? Redirect.INHERIT
                        : Redirect.PIPE)
                .redirectError(errorsRedirected || !lent ? Redirect.PIPE : Redirect.INHERIT);
        builder.environment().clear();
        builder.environment().putAll(context.environment().snapshot());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw RuntimeFailures.create("NativeCommandFailed", "ResourceUnavailable", "Program '" + name()
                    + "' failed to run: " + NativeStartFailure.message(program.toString(), builder.directory()
                    .toPath(), e) + ".", program.toString());
        } catch (IllegalArgumentException unusable) {
            throw RuntimeFailures.create("NativeCommandFailed", "ResourceUnavailable", "Program '" + name()
                    + "' failed to run: an argument or environment variable holds a NUL character.",
                    program.toString());
        }
        if (builder.redirectOutput() == Redirect.PIPE && byteTarget == null) {
            output.read(process.getInputStream(), false);
        }
        if (byteSource != null) {
            EngineThreads.virtual("native byte pipe").start(byteSource::copyBytesToTarget);
        }
        if (builder.redirectError() == Redirect.PIPE) {
            output.read(process.getErrorStream(), true);
        }
        if (takesInput && byteSource == null) {
            input = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), inputCharset()));
        } else if (!pipedInput && !lent) {
            closeQuietly(process.getOutputStream());
        }
    }

    @Override
    public void process(Object item) {
        if (input != null) {
            try {
                input.write(LanguagePrimitives.toString(item));
                input.write('\n');
                input.flush();
            } catch (IOException closedEarly) {
                // the program stopped reading its input, which is not an error: the rest is dropped.
                input = null;
            }
        }
        output.drainAvailable(this::hand);
    }

    @Override
    public void processWithoutInput() {
    }

    @Override
    public void end() {
        if (input != null) {
            closeQuietly(input);
            input = null;
        }
        if (byteTarget != null) {
            return;
        }
        try {
            output.drainAll(this::hand);
            if (byteSource != null) {
                byteSource.finish();
            }
            finish();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw RuntimeFailures.pipelineStopped();
        }
    }

    @Override
    public void cleanup() {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    /** Waits for the program to end (its streams are drained), then reports its exit code. */
    private void finish() throws InterruptedException {
        if (finished) {
            return;
        }
        finished = true;
        int code = process.waitFor();
        if (stoppedByReader) {
            return;
        }
        if (onTerminal && code == KILLED_BY_SIGINT) {
            // Ctrl+C at the terminal ended the program before the console's stop arrived: wait for that stop here,
            // so that it lands in this pipeline and not in whatever the console does next
            Thread.sleep(SIGINT_GRACE_MILLIS);
        }
        ExecutionContext context = frame.context();
        context.global().set("LASTEXITCODE", code);
        if (code == 0) {
            return;
        }
        context.markFailed();
        if (LanguagePrimitives.isTrue(frame.variable("psnativecommanduseerroractionpreference"))) {
            NativeCommandExitException exit = new NativeCommandExitException(name(), program.toString(), code,
                    process.pid());
            context.errorStream().write(frame, new ErrorRecord(exit, NativeCommandExitException.ERROR_ID,
                    "NotSpecified", program.toString(), null, name()));
        }
    }

    /** An output line goes downstream; an error line into the error stream's redirection, or to the host. */
    private void hand(Object item) {
        if (!(item instanceof NativeOutputQueue.ErrorLine(String text))) {
            out.write(item);
            return;
        }
        ExecutionContext context = frame.context();
        Pipe redirect = context.redirects().target(RedirectionAst.Stream.ERROR);
        if (redirect == null) {
            context.host().ui().writeErrorLine(text);
            return;
        }
        String id = firstError ? "NativeCommandError" : "NativeCommandErrorMessage";
        PSRuntimeException remote = new PSRuntimeException(id, "NotSpecified", text, null,
                "System.Management.Automation.RemoteException");
        ErrorRecord record = new ErrorRecord(remote, id, "NotSpecified", firstError ? text : null, null, name());
        firstError = false;
        redirect.write(record);
    }

    /** Copies this program's output to the next program's input until either ends. */
    private void copyBytesToTarget() {
        try (OutputStream target = byteTarget.process.getOutputStream()) {
            process.getInputStream().transferTo(target);
        } catch (IOException targetClosed) {
            // the next program stopped reading: this one is stopped, as a shell's SIGPIPE would.
            stoppedByReader = true;
            process.destroy();
        }
    }

    /** {@code $OutputEncoding}'s charset, which pwsh encodes a program's input with (UTF-8 when it is no Encoding). */
    private Charset inputCharset() {
        return frame.variable("outputencoding") instanceof Encoding encoding ? TextCodec.charset(encoding)
                : StandardCharsets.UTF_8;
    }

    private String name() {
        return program.getFileName().toString();
    }

    private static void closeQuietly(java.io.Closeable stream) {
        try {
            stream.close();
        } catch (IOException alreadyClosed) {
            // the program has already ended.
        }
    }
}
