package dev.jpwsh.commands.process;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.NativeCommandLookup;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.runtime.error.ExceptionNames;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Start-Transcript and Stop-Transcript: what the session shows through its host goes to a file as well, between
 * pwsh's header and footer lines. Transcripts nest; Stop-Transcript ends the latest.
 */
public final class TranscriptCommands {
    private static final String RULE = "**********************\n";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private TranscriptCommands() {
    }

    /** Start-Transcript [-Path] file [-Append] [-NoClobber] [-Force] [-OutputDirectory dir]. */
    @DotNetName("Microsoft.PowerShell.Commands.StartTranscriptCommand")
    @dev.jpwsh.engine.command.OutputType({"System.String"})
    public static final class StartTranscript extends Cmdlet {
        @Parameter(position = 0, aliases = {"LiteralPath", "PSPath"})
        private String path;

        @Parameter
        private String outputDirectory;

        @Parameter
        private boolean append;

        @Parameter
        private boolean force;

        @Parameter(aliases = {"NoOverwrite"})
        private boolean noClobber;

        @Parameter
        private boolean includeInvocationHeader;

        @Override
        protected void endProcessing() {
            Path file = file();
            try {
                dev.jpwsh.engine.provider.ProviderErrors.refuseClobber(file, noClobber, append);
            } catch (dev.jpwsh.engine.exec.PSException exists) {
                throw terminatingError(exists);
            }
            ExecutionContext context = frame().context();
            try {
                Path parent = file.getParent();
                if (parent != null && !Files.isDirectory(parent)) {
                    Files.createDirectories(parent);
                }
                TranscribingHost host = new TranscribingHost(context.host(), file, append);
                host.record(RULE + "PowerShell transcript start\nStart time: " + LocalDateTime.now().format(STAMP)
                        + "\nUsername: " + System.getProperty("user.name") + "\nMachine: " + machine()
                        + "\nProcess ID: " + ProcessHandle.current().pid() + "\n" + RULE);
                context.swapHost(host);
                writeObject("Transcript started, output file is " + file);
            } catch (IOException | UncheckedIOException e) {
                throw terminatingError(ProcessErrors.record("CannotStartTranscription", "InvalidOperation",
                        "Transcription cannot be started due to the error: " + ExceptionNames.message(e), null,
                        "System.Management.Automation.PSInvalidOperationException"));
            }
        }

        private Path file() {
            Path current = NativeCommandLookup.workingDirectory(frame().context());
            if (path != null) {
                return current.resolve(path.replace('\\', '/')).normalize();
            }
            Path directory = outputDirectory != null ? current.resolve(outputDirectory.replace('\\', '/'))
                    : Path.of(System.getProperty("user.home"), "Documents");
            String name = "PowerShell_transcript." + machine() + "." + Long.toString(ThreadLocalRandom.current()
                    .nextLong(36L * 36 * 36 * 36 * 36 * 36 * 36 * 36), 36) + "."
                    + LocalDateTime.now().format(STAMP) + ".txt";
            return directory.resolve(name).normalize();
        }
    }

    /** Stop-Transcript: ends the latest transcript; with none running, an error. */
    @DotNetName("Microsoft.PowerShell.Commands.StopTranscriptCommand")
    @dev.jpwsh.engine.command.OutputType({"System.String"})
    public static final class StopTranscript extends Cmdlet {
        @Override
        protected void endProcessing() {
            ExecutionContext context = frame().context();
            if (!(context.host() instanceof TranscribingHost host)) {
                throw terminatingError(ProcessErrors.record("InvalidOperation", "InvalidOperation", "An error "
                        + "occurred stopping transcription: The host is not currently transcribing.", null,
                        "System.Management.Automation.PSInvalidOperationException"));
            }
            context.swapHost(host.inner());
            try {
                host.close(RULE + "PowerShell transcript end\nEnd time: " + LocalDateTime.now().format(STAMP) + "\n"
                        + RULE);
            } catch (IOException | UncheckedIOException e) {
                throw terminatingError(ProcessErrors.record("InvalidOperation", "InvalidOperation", "An error "
                        + "occurred stopping transcription: " + ExceptionNames.message(e), null,
                        "System.Management.Automation.PSInvalidOperationException"));
            }
            writeObject("Transcript stopped, output file is " + host.file());
        }
    }

    private static String machine() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException unknown) {
            return "localhost";
        }
    }
}
