package dev.jpwsh.commands.web;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.SessionProviders;
import dev.jpwsh.engine.provider.filesystem.FileSystemProvider;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The files of -InFile and -OutFile, resolved literally against the current location as pwsh resolves them. */
final class WebFiles {
    private WebFiles() {
    }

    /** The file -InFile names, which must exist and be a file. */
    static Path inFile(Frame frame, String given) {
        Path path = fileSystemPath(frame, given, "WebCmdletInFileNotFilesystemPathException");
        if (Files.isDirectory(path)) {
            throw WebErrors.validation("WebCmdletInFileNotFilePathException", "Path '" + given
                    + "' resolves to a directory. Specify a path including a file name, and then retry the command.",
                    given);
        }
        if (!Files.exists(path)) {
            throw RuntimeFailures.create("PathNotFound", "ObjectNotFound", "Cannot find path '" + path
                    + "' because it does not exist.", given, "System.Management.Automation.ItemNotFoundException");
        }
        return path;
    }

    /**
     * The file -OutFile names; a directory stands for the file named by the last segment of {@code uri}, which
     * -Resume does not allow.
     */
    static Path outFile(Frame frame, String given, URI uri, boolean resume) {
        Path path = fileSystemPath(frame, given, "WebCmdletOutFileNotFilesystemPathException");
        if (!Files.isDirectory(path)) {
            return path;
        }
        if (resume) {
            throw WebErrors.validation("WebCmdletResumeNotFilePathException", "The Resume switch can only be used "
                    + "if OutFile targets a file but it resolves to a directory: " + path + ".", path.toString());
        }
        String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
        String last = URLDecoder.decode(rawPath.substring(rawPath.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
        return path.resolve(Path.of(last).getFileName() == null ? "" : last);
    }

    private static Path fileSystemPath(Frame frame, String given, String notFileSystemId) {
        ProviderPath path = SessionProviders.of(frame.context()).paths().parse(given);
        if (!(path.provider() instanceof FileSystemProvider)) {
            throw WebErrors.validation(notFileSystemId, "Path '" + given + "' is not a file system path. Please "
                    + "specify the path to a file in the file system.", given);
        }
        return Path.of(path.path()).normalize();
    }

    /** A failure to read a file to send, as .NET words it. */
    static PSException readFailure(Path file, IOException e) {
        return switch (e) {
            case NoSuchFileException missing -> WebErrors.fileFailure("System.IO.FileNotFoundException",
                    "Could not find file '" + file + "'.", file.toString(), "System.IO.FileNotFoundException");
            case AccessDeniedException denied -> WebErrors.fileFailure("System.UnauthorizedAccessException",
                    "Access to the path '" + file + "' is denied.", file.toString(),
                    "System.UnauthorizedAccessException");
            default -> WebErrors.fileFailure("System.IO.IOException", String.valueOf(e.getMessage()),
                    file.toString(), "System.IO.IOException");
        };
    }

    /** A failure to write the downloaded file, as .NET words it. */
    static PSException writeFailure(Path file, IOException e) {
        return switch (e) {
            case AccessDeniedException denied -> WebErrors.fileFailure("System.UnauthorizedAccessException",
                    "Access to the path '" + file + "' is denied.", file.toString(),
                    "System.UnauthorizedAccessException");
            case NoSuchFileException missing -> WebErrors.fileFailure("System.IO.DirectoryNotFoundException",
                    "Could not find a part of the path '" + file + "'.", file.toString(),
                    "System.IO.DirectoryNotFoundException");
            default -> WebErrors.fileFailure("System.IO.IOException", String.valueOf(e.getMessage()),
                    file.toString(), "System.IO.IOException");
        };
    }
}
