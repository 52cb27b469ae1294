package dev.jpwsh.engine.command;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A native program in a pipeline: pipeline input becomes its standard input (one line per object), each line
 * it prints becomes an output string, its standard error goes to the host, and its exit code to
 * {@code $LASTEXITCODE}.
 */
public final class ExternalProcessor implements CommandProcessor {
    private final Path program;
    private final Frame frame;
    private final List<CommandArgument> args;
    private final List<Object> input = new ArrayList<>();
    private Pipe out;

    public ExternalProcessor(Path program, Frame frame, List<CommandArgument> args) {
        this.program = program;
        this.frame = frame;
        this.args = args;
    }

    @Override
    public void begin(Pipe downstream) {
        this.out = downstream;
    }

    @Override
    public void process(Object item) {
        input.add(item);
    }

    @Override
    public void processWithoutInput() {
    }

    @Override
    public void end() {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        for (CommandArgument arg : args) {
            if (arg.isParameter()) {
                command.add("-" + arg.parameterName() + (arg.hasValue() ? ":" + text(arg.value()) : ""));
            } else {
                for (Object v : Enumeration.toList(arg.value())) {
                    command.add(text(v));
                }
            }
        }
        try {
            Process process = new ProcessBuilder(command).start();
            Thread errors = EngineThreads.virtual("external command errors").start(() -> pump(process, true));
            try (Writer stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
                for (Object item : input) {
                    stdin.write(text(item) + "\n");
                }
            } catch (IOException closedEarly) {
                // the program stopped reading its input; that is not an error.
            }
            pump(process, false);
            errors.join();
            int code = process.waitFor();
            frame.context().global().set("LASTEXITCODE", code);
            if (code != 0) {
                frame.context().markFailed();
            }
        } catch (IOException e) {
            throw RuntimeFailures.create("NativeCommandFailed", "ResourceUnavailable", "An error occurred trying to "
                    + "start process '" + program + "': " + dev.jpwsh.runtime.error.ExceptionNames.message(e),
                    program.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pump(Process process, boolean stderr) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                stderr ? process.getErrorStream() : process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (stderr) {
                    frame.context().host().ui().writeErrorLine(line);
                } else {
                    out.write(line);
                }
            }
        } catch (IOException e) {
            // the stream closed with the process.
        }
    }

    private static String text(Object value) {
        return LanguagePrimitives.toString(value);
    }
}
