package dev.jpwsh.engine.exec;

import java.nio.file.Path;

/**
 * Where the session is, as the interpreter core needs it: the folder relative file paths start from (a script run by
 * {@code ./x.ps1}, a redirection to a file, a native program's working directory). The session's providers (a
 * service above the core) implement it and install it with {@link ExecutionContext#setLocation}; until then it is
 * the process's working directory.
 */
public interface SessionLocation {
    /** The process's working directory, for a session with no providers installed. */
    SessionLocation PROCESS = () -> Path.of("").toAbsolutePath();

    /**
     * {@return the current FileSystem folder: the current location when it is in the FileSystem provider, else the
     * last FileSystem location the session was in}
     */
    Path currentFileSystemDirectory();

    /** {@return {@code $PWD}: the current location, in whichever provider} */
    default PathInfo currentPathInfo() {
        return new PathInfo(currentFileSystemDirectory().toString());
    }

    /** {@return {@code path} made absolute against {@link #currentFileSystemDirectory()}} */
    default Path resolveFileSystemPath(String path) {
        return currentFileSystemDirectory().resolve(path).normalize();
    }
}
