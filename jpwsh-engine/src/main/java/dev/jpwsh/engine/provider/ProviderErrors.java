package dev.jpwsh.engine.provider;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The errors of providers and the location, item and content cmdlets, with pwsh's error ids, categories, messages
 * (SessionStateStrings, FileSystemProviderStrings) and exception types; the cmdlet that reports one adds its .NET
 * class name to the id ({@code PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand}).
 */
public final class ProviderErrors {
    private static final String ITEM_NOT_FOUND = "System.Management.Automation.ItemNotFoundException";
    private static final String IO = "System.IO.IOException";
    private static final String UNAUTHORIZED = "System.UnauthorizedAccessException";
    private static final String PS_ARGUMENT = "System.Management.Automation.PSArgumentException";
    private static final String PS_INVALID_OPERATION = "System.Management.Automation.PSInvalidOperationException";

    private ProviderErrors() {
    }

    public static PSException pathNotFound(String path) {
        return RuntimeFailures.create("PathNotFound", "ObjectNotFound",
                "Cannot find path '" + path + "' because it does not exist.", path, ITEM_NOT_FOUND);
    }

    public static PSException driveNotFound(String name) {
        return RuntimeFailures.create("DriveNotFound", "ObjectNotFound", "Cannot find drive. A drive with the name '"
                + name + "' does not exist.", name, "System.Management.Automation.DriveNotFoundException");
    }

    public static PSException providerNotFound(String name) {
        return RuntimeFailures.create("ProviderNotFound", "ObjectNotFound", "Cannot find a provider with the name '"
                + name + "'.", name, "System.Management.Automation.ProviderNotFoundException");
    }

    /** A cmdlet asked a provider for a capability it lacks (pwsh's PSNotSupportedException). */
    public static PSException notSupported(String path, String operation) {
        return RuntimeFailures.create("NotSupported", "NotImplemented",
                "Provider operation stopped because the provider does not support this operation.", path,
                "System.Management.Automation.PSNotSupportedException");
    }

    public static PSException driveExists(String name) {
        return RuntimeFailures.create("DriveAlreadyExists", "ResourceExists", "A drive with the name '" + name
                + "' already exists.", name, "System.Management.Automation.SessionStateException");
    }

    public static PSException fileExists(String path) {
        return RuntimeFailures.create("NewItemIOError", "WriteError", "The file '" + path + "' already exists.", path,
                IO);
    }

    /**
     * Throws pwsh's NoClobber error when an output file cmdlet (Out-File, Export-Alias, Start-Transcript,
     * Export-FormatData) was told -NoClobber without -Append and {@code file} exists.
     */
    public static void refuseClobber(java.nio.file.Path file, boolean noClobber, boolean append) {
        if (noClobber && !append && java.nio.file.Files.exists(file)) {
            throw RuntimeFailures.create("NoClobber", "ResourceExists", "The file '" + file + "' already exists.",
                    file.toString(), IO);
        }
    }

    public static PSException itemExists(String path) {
        return RuntimeFailures.create("DirectoryExist", "ResourceExists", "An item with the specified name " + path
                + " already exists.", path, IO);
    }

    public static PSException hasChildren(String path) {
        return RuntimeFailures.create("DirectoryNotEmpty", "WriteError", "The item at " + path
                + " has children and the Recurse parameter was not specified.", path, IO);
    }

    public static PSException invalidArgument(String id, String message, Object target) {
        return RuntimeFailures.create(id, "InvalidArgument", message, target, PS_ARGUMENT);
    }

    public static PSException invalidOperation(String id, String message, Object target) {
        return RuntimeFailures.create(id, "InvalidOperation", message, target, PS_INVALID_OPERATION);
    }

    /** Get-Content of a folder. */
    public static PSException contentOfDirectory(String path) {
        return RuntimeFailures.create("GetContentReaderUnauthorizedAccessError", "PermissionDenied",
                "Unable to get content because it is a directory: '" + path + "'. Please use 'Get-ChildItem' instead.",
                path, UNAUTHORIZED);
    }

    /**
     * {@return an I/O failure on {@code path} as pwsh words it: access denied, not found, exists, not empty},
     * {@code idPrefix} naming the operation ({@code DirUnauthorizedAccessError}, {@code RemoveFileSystemItem...}).
     */
    public static PSException io(IOException e, String path, String operation) {
        return switch (e) {
            case AccessDeniedException a -> RuntimeFailures.create(operation + "UnauthorizedAccessError",
                    "PermissionDenied", "Access to the path '" + path + "' is denied.", path, UNAUTHORIZED);
            case NoSuchFileException n -> pathNotFound(path);
            case FileAlreadyExistsException f -> RuntimeFailures.create(operation + "IOError", "WriteError",
                    "The file '" + path + "' already exists.", path, IO);
            case DirectoryNotEmptyException d -> RuntimeFailures.create(operation + "IOError", "WriteError",
                    "Directory not empty : '" + path + "'", path, IO);
            case NotDirectoryException d -> RuntimeFailures.create(operation + "IOError", "WriteError",
                    "Not a directory : '" + path + "'", path, IO);
            default -> RuntimeFailures.create(operation + "IOError", "WriteError",
                    e.getMessage() == null ? path : e.getMessage(), path, IO);
        };
    }
}
