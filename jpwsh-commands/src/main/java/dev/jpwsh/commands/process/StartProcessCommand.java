package dev.jpwsh.commands.process;

import dev.jpwsh.dotnet.threading.EngineThreads;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.NativeCommandLookup;
import dev.jpwsh.engine.command.NativeStartFailure;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Start-Process on Unix: starts -FilePath (a file, or a program on the session's PATH) with -ArgumentList joined by
 * blanks and split again as .NET splits it, in -WorkingDirectory, with -Environment's changes ({@code $null} removes a
 * variable). Its standard streams are the console's own when the console lends them, else it copies their lines to
 * the host; -RedirectStandardInput/Output/Error connect them to files. -Wait waits for it (and -PassThru's process
 * then knows its exit code); -PassThru writes the process.
 */
@dev.jpwsh.runtime.object.DotNetName("Microsoft.PowerShell.Commands.StartProcessCommand")
@dev.jpwsh.engine.command.OutputType({"System.Diagnostics.Process"})
@SupportsShouldProcess
public final class StartProcessCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, aliases = {"PSPath", "Path"})
    private String filePath;

    @Parameter(position = 1, aliases = {"Args"})
    private String[] argumentList;

    @Parameter
    private String workingDirectory;

    @Parameter
    private boolean passThru;

    @Parameter
    private boolean noNewWindow;

    @Parameter
    private boolean useNewEnvironment;

    @Parameter(aliases = {"RSI"})
    private String redirectStandardInput;

    @Parameter(aliases = {"RSO"})
    private String redirectStandardOutput;

    @Parameter(aliases = {"RSE"})
    private String redirectStandardError;

    @Parameter
    private boolean wait;

    @Parameter
    private Map<?, ?> environment;

    @Override
    protected void endProcessing() {
        if (redirectStandardOutput != null && redirectStandardOutput.equals(redirectStandardError)) {
            throw terminatingError(ProcessErrors.sameRedirection("RedirectStandardOutput", "RedirectStandardError"));
        }
        Path directory = directory();
        String program = program(directory);
        List<String> command = new ArrayList<>();
        command.add(program);
        if (argumentList != null) {
            command.addAll(CommandLineSplitter.split(String.join(" ", argumentList)));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        setEnvironment(builder.environment());
        boolean lent = ui().lendProcessStreams();
        builder.redirectInput(redirectStandardInput != null ? Redirect.from(file(directory, redirectStandardInput))
                : lent ? Redirect.INHERIT : Redirect.PIPE);
        builder.redirectOutput(redirectStandardOutput != null ? Redirect.to(file(directory, redirectStandardOutput))
                : lent ? Redirect.INHERIT : Redirect.PIPE);
        builder.redirectError(redirectStandardError != null ? Redirect.to(file(directory, redirectStandardError))
                : lent ? Redirect.INHERIT : Redirect.PIPE);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw terminatingError(ProcessErrors.cannotStart(NativeStartFailure.message(filePath, directory, e)));
        }
        List<Thread> copiers = copyToHost(builder, process);
        if (wait) {
            waitFor(process, copiers);
        }
        if (passThru) {
            writeObject(ProcFsProcess.started(process));
        }
    }

    private Path directory() {
        Path current = NativeCommandLookup.workingDirectory(frame().context());
        if (workingDirectory == null) {
            return current;
        }
        Path directory = current.resolve(workingDirectory.replace('\\', '/')).normalize();
        if (!Files.isDirectory(directory)) {
            throw terminatingError(ProcessErrors.cannotStart("The working directory '" + workingDirectory
                    + "' does not exist"));
        }
        return directory;
    }

    /** The program: a file by that path, else the first executable of that name on the session's PATH. */
    private String program(Path directory) {
        String name = filePath.replace('\\', '/');
        if (name.contains("/")) {
            return directory.resolve(name).normalize().toString();
        }
        Object path = frame().context().environment().get("PATH");
        if (path != null) {
            for (String dir : path.toString().split(File.pathSeparator)) {
                Path candidate = dir.isEmpty() ? null : Path.of(dir, name);
                if (candidate != null && Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return candidate.toString();
                }
            }
        }
        Path local = directory.resolve(name);
        return Files.exists(local) ? local.toString() : name;
    }

    private void setEnvironment(Map<String, String> variables) {
        variables.clear();
        if (!useNewEnvironment) {
            variables.putAll(frame().context().environment().snapshot());
        } else {
            variables.putAll(System.getenv());
        }
        if (environment != null) {
            environment.forEach((name, value) -> {
                String key = LanguagePrimitives.toString(name);
                if (value == null || LanguagePrimitives.toString(value).isEmpty()) {
                    variables.remove(key);
                } else {
                    variables.put(key, LanguagePrimitives.toString(value));
                }
            });
        }
    }

    private static File file(Path directory, String path) {
        return directory.resolve(path.replace('\\', '/')).normalize().toFile();
    }

    /** The program's piped streams, copied line by line to the host; its input is closed. */
    private List<Thread> copyToHost(ProcessBuilder builder, Process process) {
        List<Thread> copiers = new ArrayList<>();
        if (builder.redirectInput() == Redirect.PIPE) {
            try {
                process.getOutputStream().close();
            } catch (IOException alreadyClosed) {
                // the program has ended.
            }
        }
        if (builder.redirectOutput() == Redirect.PIPE) {
            copiers.add(copy(process.getInputStream(), ui()::writeLine));
        }
        if (builder.redirectError() == Redirect.PIPE) {
            copiers.add(copy(process.getErrorStream(), ui()::writeErrorLine));
        }
        return copiers;
    }

    private static Thread copy(InputStream stream, Consumer<String> host) {
        return EngineThreads.virtual("Start-Process output").start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    host.accept(line);
                }
            } catch (IOException closed) {
                // the program ended.
            }
        });
    }

    private static void waitFor(Process process, List<Thread> copiers) {
        try {
            process.waitFor();
            for (Thread copier : copiers) {
                copier.join();
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw dev.jpwsh.engine.exec.RuntimeFailures.pipelineStopped();
        }
    }
}
