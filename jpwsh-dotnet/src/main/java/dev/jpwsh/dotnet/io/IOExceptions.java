package dev.jpwsh.dotnet.io;

import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;

/**
 * The System.IO exceptions the facades raise, with .NET's messages. They extend the Java exceptions that already
 * stand for the .NET base types, so {@code catch [System.IO.IOException]} catches a FileNotFoundException.
 */
public final class IOExceptions {
    private IOExceptions() {
    }

    /** System.IO.FileNotFoundException: {@code Could not find file '/x'.} */
    @DotNetName("System.IO.FileNotFoundException")
    public static final class FileNotFoundException extends java.io.FileNotFoundException {
        private final String fileName;

        public FileNotFoundException(String fileName) {
            this("Could not find file '" + fileName + "'.", fileName);
        }

        /** With a message of the caller's, as .NET's (string message, string fileName) constructor. */
        public FileNotFoundException(String message, String fileName) {
            super(message);
            this.fileName = fileName;
        }

        public String getFileName() {
            return fileName;
        }
    }

    /** System.IO.DirectoryNotFoundException: {@code Could not find a part of the path '/x/y'.} */
    @DotNetName("System.IO.DirectoryNotFoundException")
    public static final class DirectoryNotFoundException extends IOException {
        public DirectoryNotFoundException(String path) {
            super("Could not find a part of the path '" + path + "'.");
        }
    }

    /** System.IO.EndOfStreamException. */
    @DotNetName("System.IO.EndOfStreamException")
    public static final class EndOfStreamException extends IOException {
        public EndOfStreamException() {
            super("Unable to read beyond the end of the stream.");
        }
    }

    /** System.UnauthorizedAccessException: {@code Access to the path '/x' is denied.} */
    @DotNetName("System.UnauthorizedAccessException")
    public static final class UnauthorizedAccessException extends RuntimeException {
        public UnauthorizedAccessException(String path) {
            super("Access to the path '" + path + "' is denied.");
        }
    }

    /** System.ObjectDisposedException, for a stream, reader or writer used after Close or Dispose. */
    @DotNetName("System.ObjectDisposedException")
    public static final class ObjectDisposedException extends IllegalStateException {
        public ObjectDisposedException(String message) {
            super(message);
        }
    }
}
