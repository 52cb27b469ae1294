package dev.jpwsh.commands.archive;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;

/** The errors of Microsoft.PowerShell.Archive, with its ids and messages. */
final class ArchiveErrors {
    private static final String INVALID_OPERATION = "System.InvalidOperationException";
    private static final String IO = "System.IO.IOException";

    private ArchiveErrors() {
    }

    /** A -Path or -LiteralPath that names nothing. */
    static PSException pathNotFound(String path) {
        return RuntimeFailures.create("ArchiveCmdletPathNotFound", "InvalidArgument", "The path '" + path
                + "' either does not exist or is not a valid file system path.", path, INVALID_OPERATION);
    }

    /** An archive to expand that is a folder, or a destination folder that is missing. */
    static PSException notAFile(String path) {
        return RuntimeFailures.create("PathNotFound", "InvalidArgument", "The path '" + path
                + "' either does not exist or is not a valid file system path.", path, IO);
    }

    static PSException archiveExists(String archive) {
        return RuntimeFailures.create("ArchiveFileExists", "InvalidArgument", "The archive file " + archive
                + " already exists. Use the -Update parameter to update the existing archive file or use the -Force"
                + " parameter to overwrite the existing archive file.", archive, IO);
    }

    static PSException duplicatePath(String parameter, String path) {
        return RuntimeFailures.create("DuplicatePathFound", "InvalidArgument", "The input to " + parameter
                + " parameter contains a duplicate path '" + path + "'. Provide a unique set of paths as input to "
                + parameter + " parameter.", path, IO);
    }

    static PSException multiplePaths(String path, String parameter) {
        return RuntimeFailures.create("InvalidArchiveFilePath", "InvalidArgument", "The archive file path '" + path
                + "' specified as input to the " + parameter + " parameter is resolving to multiple file system paths."
                + " Provide a unique path to the " + parameter + " parameter where the archive file has to be created.",
                path, IO);
    }

    static PSException fileExists(String file, String archive) {
        return RuntimeFailures.create("ExpandArchiveFileExists", "InvalidOperation", "Failed to create file '" + file
                + "' while expanding the archive file '" + archive + "' contents as the file '" + file
                + "' already exists. Use the -Force parameter if you want to overwrite the existing directory '" + file
                + "' contents when expanding the archive file.", file, IO);
    }

    static PSException badEntry(String entry) {
        return RuntimeFailures.create("BadArchiveEntry", "NotSpecified", "Can not process invalid archive entry '"
                + entry + "'.", entry, IO);
    }

    static PSException notAZip(String archive) {
        return RuntimeFailures.create("InvalidArchiveFile", "InvalidData", "File '" + archive
                + "' does not appear to be a valid zip archive.", archive, "System.IO.FileFormatException");
    }

    static PSException io(String path, Exception e) {
        return RuntimeFailures.create("ArchiveIOError", "WriteError", e.getMessage() == null ? path : e.getMessage(),
                path, IO);
    }
}
