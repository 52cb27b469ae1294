package dev.jpwsh.dotnet.io;

import dev.jpwsh.dotnet.ArgumentExceptions;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The process's current directory, as .NET keeps it ({@code [Environment]::CurrentDirectory}, which PowerShell's
 * location does not change), against which the System.IO facades resolve relative paths; the checks .NET makes on a
 * path argument; and the .NET exception for a failed file operation. Safe for all threads.
 */
public final class ProcessPaths {
    private static volatile Path current = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();

    private ProcessPaths() {
    }

    public static String currentDirectory() {
        return current.toString();
    }

    /** Directory.SetCurrentDirectory: a DirectoryNotFoundException when the folder does not exist. */
    public static void setCurrentDirectory(String path) throws IOException {
        Path target = resolve(path, "path");
        if (!Files.isDirectory(target)) {
            throw new IOExceptions.DirectoryNotFoundException(target.toString());
        }
        current = target;
    }

    /**
     * The absolute, normalized path a path argument names: ArgumentNullException for null, ArgumentException for
     * an empty string or one with a NUL character, as .NET checks them.
     */
    public static Path resolve(String path, String paramName) {
        ArgumentExceptions.notNull(path, paramName);
        if (path.isEmpty()) {
            throw ArgumentExceptions.argument("The value cannot be an empty string.", paramName);
        }
        if (path.indexOf('\0') >= 0) {
            throw ArgumentExceptions.argument("Null character in path.", paramName);
        }
        return current.resolve(path).normalize();
    }

    /** {@link #resolve} for the usual parameter name, {@code path}. */
    public static Path resolve(String path) {
        return resolve(path, "path");
    }

    /** Whether a path argument names something that exists, false for null or empty paths, as .NET's Exists. */
    public static boolean isUsable(String path) {
        return path != null && !path.isEmpty() && path.indexOf('\0') < 0;
    }

    /**
     * The .NET exception for a failed operation on {@code path}: FileNotFound, DirectoryNotFound or IOException with
     * .NET's message; UnauthorizedAccessException, which is no IOException in .NET, is thrown here.
     */
    public static IOException failure(IOException e, Path path) {
        String full = path.toString();
        if (e instanceof AccessDeniedException
                || e.getMessage() != null && e.getMessage().contains("Is a directory")) {
            throw new IOExceptions.UnauthorizedAccessException(full);
        }
        return switch (e) {
            case NoSuchFileException f -> missing(path);
            case NotDirectoryException d -> new IOExceptions.DirectoryNotFoundException(full);
            case FileAlreadyExistsException x -> new IOException("The file '" + full + "' already exists.");
            case DirectoryNotEmptyException n -> new IOException("Directory not empty : '" + full + "'");
            default -> e;
        };
    }

    /** FileNotFoundException, or DirectoryNotFoundException when the folder it should be in is missing too. */
    public static IOException missing(Path path) {
        Path parent = path.getParent();
        return parent != null && !Files.isDirectory(parent)
                ? new IOExceptions.DirectoryNotFoundException(path.toString())
                : new IOExceptions.FileNotFoundException(path.toString());
    }

    /** The file {@code path} names, checked to be one that can be read: FileNotFound or UnauthorizedAccess else. */
    public static Path existingFile(String path) throws IOException {
        Path file = resolve(path);
        if (Files.isDirectory(file)) {
            throw new IOExceptions.UnauthorizedAccessException(file.toString());
        }
        if (!Files.exists(file)) {
            throw missing(file);
        }
        return file;
    }
}
