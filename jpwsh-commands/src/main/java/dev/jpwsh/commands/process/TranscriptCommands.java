package dev.jpwsh.commands.process;

import dev.jpwsh.dotnet.DotNetEnvironment;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.NativeCommandLookup;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.runtime.error.ExceptionNames;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * Start-Transcript and Stop-Transcript: what the session shows through its host goes to a file as well, between
 * pwsh's header (start time, user, machine, host application, process id and the $PSVersionTable lines; only the
 * start time with -UseMinimalHeader) and footer. Transcripts nest; Stop-Transcript ends the latest.
 */
public final class TranscriptCommands {
    private static final String RULE = "**********************" + System.lineSeparator();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private TranscriptCommands() {
    }

    /** Start-Transcript [-Path] file [-Append] [-NoClobber] [-Force] [-OutputDirectory dir]. */
    @DotNetName("Microsoft.PowerShell.Commands.StartTranscriptCommand")
    @dev.jpwsh.engine.command.OutputType({"System.String"})
    @SupportsShouldProcess
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

        @Parameter
        private boolean useMinimalHeader;

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
                host.record(header());
                context.swapHost(host);
                writeObject("Transcript started, output file is " + file);
            } catch (IOException | UncheckedIOException e) {
                throw terminatingError(ProcessErrors.record("CannotStartTranscription", "InvalidOperation",
                        "Transcription cannot be started due to the error: " + ExceptionNames.message(e), null,
                        "System.Management.Automation.PSInvalidOperationException"));
            }
        }

        /**
         * The file: -Path, else {@code $global:Transcript}, else a new name in -OutputDirectory or the home folder
         * (pwsh's "My Documents" on Linux): {@code PowerShell_transcript.machine.random.stamp.txt}, the random part
         * six random bytes in base64 ({@code /} as {@code _}).
         */
        private Path file() {
            Path current = NativeCommandLookup.workingDirectory(frame().context());
            var preference = frame().context().global().lookup("transcript");
            String given = path != null ? path : outputDirectory == null && preference != null
                    && preference.value() != null
                    ? dev.jpwsh.runtime.convert.LanguagePrimitives.toString(preference.value()) : null;
            if (given != null) {
                return current.resolve(given.replace('\\', '/')).normalize();
            }
            Path directory = outputDirectory != null ? current.resolve(outputDirectory.replace('\\', '/'))
                    : Path.of(System.getProperty("user.home"));
            byte[] random = new byte[6];
            new java.security.SecureRandom().nextBytes(random);
            String name = "PowerShell_transcript." + DotNetEnvironment.getMachineName() + "."
                    + Base64.getEncoder().encodeToString(random).replace('/', '_') + "."
                    + LocalDateTime.now().format(STAMP) + ".txt";
            return directory.resolve(name).normalize();
        }

        /** pwsh's transcript header, its lines ending as this platform's do. */
        private String header() {
            String nl = System.lineSeparator();
            StringBuilder text = new StringBuilder(RULE).append("PowerShell transcript start").append(nl)
                    .append("Start time: ").append(LocalDateTime.now().format(STAMP)).append(nl);
            if (!useMinimalHeader) {
                String user = DotNetEnvironment.getUserDomainName() + "\\" + DotNetEnvironment.getUserName();
                text.append("Username: ").append(user).append(nl)
                        .append("RunAs User: ").append(user).append(nl)
                        .append("Configuration Name: ").append(nl)
                        .append("Machine: ").append(DotNetEnvironment.getMachineName()).append(" (")
                        .append(DotNetEnvironment.getOSVersion().getVersionString()).append(')').append(nl)
                        .append("Host Application: ").append(DotNetEnvironment.getCommandLine()).append(nl)
                        .append("Process ID: ").append(DotNetEnvironment.getProcessId()).append(nl);
                if (frame().variable("psversiontable") instanceof java.util.Map<?, ?> versions) {
                    versions.forEach((key, value) -> {
                        if (value != null) {
                            text.append(key).append(": ").append(value instanceof Object[] items
                                    ? String.join(", ", java.util.Arrays.stream(items)
                                            .map(dev.jpwsh.runtime.convert.LanguagePrimitives::toString).toList())
                                    : dev.jpwsh.runtime.convert.LanguagePrimitives.toString(value)).append(nl);
                        }
                    });
                }
            }
            return text.append(RULE).toString();
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
                host.close(RULE + "PowerShell transcript end" + System.lineSeparator() + "End time: "
                        + LocalDateTime.now().format(STAMP) + System.lineSeparator() + RULE);
            } catch (IOException | UncheckedIOException e) {
                throw terminatingError(ProcessErrors.record("InvalidOperation", "InvalidOperation", "An error "
                        + "occurred stopping transcription: " + ExceptionNames.message(e), null,
                        "System.Management.Automation.PSInvalidOperationException"));
            }
            writeObject("Transcript stopped, output file is " + host.file());
        }
    }
}
