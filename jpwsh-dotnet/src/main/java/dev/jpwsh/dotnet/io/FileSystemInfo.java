package dev.jpwsh.dotnet.io;

import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * System.IO.FileSystemInfo: what FileInfo and DirectoryInfo share (names, times, attributes, existence), read from
 * the file system each time it is asked.
 */
@DotNetName("System.IO.FileSystemInfo")
public abstract class FileSystemInfo {
    /** The full path: where the item is now, after a MoveTo. */
    protected Path path;
    private String originalPath;

    protected FileSystemInfo(String originalPath, String paramName) {
        this.path = ProcessPaths.resolve(originalPath, paramName);
        this.originalPath = originalPath;
    }

    /** An item at a full, normalized path, named by it. */
    protected FileSystemInfo(Path full) {
        this.path = full;
        this.originalPath = full.toString();
    }

    public String getFullName() {
        return path.toString();
    }

    public String getName() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    public String getExtension() {
        return dev.jpwsh.dotnet.io.IOPath.GetExtension(getName());
    }

    public abstract boolean getExists();

    /** The attributes; -1 as .NET reports for a missing item is not representable, so FileNotFoundException. */
    public FileAttributes getAttributes() throws IOException {
        return FileTimes.attributes(path);
    }

    public void setAttributes(FileAttributes value) throws IOException {
        FileTimes.setAttributes(path, value);
    }

    public DateTime getLastWriteTime() {
        return FileTimes.get(path, FileTimes.Kind.WRITE, false);
    }

    public void setLastWriteTime(DateTime value) throws IOException {
        FileTimes.set(path, FileTimes.Kind.WRITE, value, false);
    }

    public DateTime getLastWriteTimeUtc() {
        return FileTimes.get(path, FileTimes.Kind.WRITE, true);
    }

    public void setLastWriteTimeUtc(DateTime value) throws IOException {
        FileTimes.set(path, FileTimes.Kind.WRITE, value, true);
    }

    public DateTime getLastAccessTime() {
        return FileTimes.get(path, FileTimes.Kind.ACCESS, false);
    }

    public DateTime getCreationTime() {
        return FileTimes.get(path, FileTimes.Kind.CREATION, false);
    }

    public DateTime getCreationTimeUtc() {
        return FileTimes.get(path, FileTimes.Kind.CREATION, true);
    }

    /** Where a symbolic link points, as stored in it; null for anything else. */
    public String getLinkTarget() throws IOException {
        return Files.isSymbolicLink(path) ? Files.readSymbolicLink(path).toString() : null;
    }

    /** After a MoveTo: this object names the item's new place, as in .NET. */
    protected final void movedTo(Path target, String given) {
        path = target;
        originalPath = given;
    }

    /** Nothing to refresh: every property reads the file system when asked. */
    public void Refresh() {
        // properties are read live
    }

    public abstract void Delete() throws IOException;

    /** Whether anything exists at the path, a dangling link included. */
    protected final boolean present() {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** The path as it was given. */
    @Override
    public String toString() {
        return originalPath;
    }
}
