package dev.jpwsh.commands.security;

import dev.jpwsh.dotnet.io.Stream;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.number.UInt8;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Get-FileHash: the MD5, SHA1, SHA256 (default), SHA384 or SHA512 hash of files (-Path with wildcards,
 * -LiteralPath) or of a stream (-InputStream, read from where it stands), as FileHashInfo objects with the hash
 * in upper-case hex. A missing file or a folder is a non-terminating error, as in pwsh.
 */
@DotNetName("Microsoft.PowerShell.Commands.GetFileHashCommand")
@DefaultParameterSet("Path")
@dev.jpwsh.engine.command.OutputType({"Microsoft.PowerShell.Commands.FileHashInfo"})
public final class GetFileHashCommand extends Cmdlet {
    private static final List<String> ALGORITHMS = List.of("SHA1", "SHA256", "SHA384", "SHA512", "MD5");

    @Parameter(parameterSetName = "Path", position = 0, mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private String[] path;

    @Parameter(parameterSetName = "LiteralPath", position = 0, mandatory = true,
            valueFromPipelineByPropertyName = true, aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(parameterSetName = "StreamParameterSet", position = 0, mandatory = true)
    private Stream inputStream;

    @Parameter(position = 1)
    private String algorithm = "SHA256";

    @Override
    protected void beginProcessing() {
        String upper = algorithm.toUpperCase(Locale.ROOT);
        if (!ALGORITHMS.contains(upper)) {
            throw terminatingError(SecurityErrors.notInSet("Algorithm", algorithm, ALGORITHMS));
        }
        algorithm = upper;
    }

    @Override
    protected void processRecord() {
        if (inputStream != null) {
            return;
        }
        boolean literal = literalPath != null;
        for (Path file : FilePaths.resolve(frame(), literal ? literalPath : path, literal,
                missing -> writeError(SecurityErrors.fileNotFound(missing).record()))) {
            hashFile(file);
        }
    }

    private void hashFile(Path file) {
        if (Files.isDirectory(file)) {
            writeError(SecurityErrors.accessDenied(file.toString()).record());
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = digest();
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            writeObject(new FileHashInfo(algorithm, hex(digest), file.toString()));
        } catch (NoSuchFileException e) {
            writeError(SecurityErrors.missingFile(file.toString()).record());
        } catch (AccessDeniedException e) {
            writeError(SecurityErrors.accessDenied(file.toString()).record());
        } catch (IOException e) {
            writeError(SecurityErrors.readError(file.toString(), String.valueOf(e.getMessage())).record());
        }
    }

    @Override
    protected void endProcessing() {
        if (inputStream == null) {
            return;
        }
        MessageDigest digest = digest();
        UInt8[] buffer = new UInt8[1 << 13];
        try {
            for (int n = inputStream.Read(buffer, 0, buffer.length); n > 0;
                    n = inputStream.Read(buffer, 0, buffer.length)) {
                for (int i = 0; i < n; i++) {
                    digest.update((byte) buffer[i].intValue());
                }
            }
        } catch (IOException e) {
            throw terminatingError(SecurityErrors.readError("", String.valueOf(e.getMessage())));
        }
        writeObject(new FileHashInfo(algorithm, hex(digest), ""));
    }

    private MessageDigest digest() {
        try {
            return MessageDigest.getInstance(switch (algorithm) {
                case "SHA1" -> "SHA-1";
                case "SHA384" -> "SHA-384";
                case "SHA512" -> "SHA-512";
                case "MD5" -> "MD5";
                default -> "SHA-256";
            });
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().withUpperCase().formatHex(digest.digest());
    }
}
