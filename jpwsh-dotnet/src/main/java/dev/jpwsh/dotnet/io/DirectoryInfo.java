package dev.jpwsh.dotnet.io;

import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** System.IO.DirectoryInfo: a folder by its path, with .NET's properties and the folder operations of Directory. */
@DotNetName("System.IO.DirectoryInfo")
public class DirectoryInfo extends FileSystemInfo {
    public DirectoryInfo(String path) {
        super(path, "path");
    }

    /** The folder at a full, normalized path; the FileSystem provider's items extend this. */
    protected DirectoryInfo(Path full) {
        super(full);
    }

    @Override
    public boolean getExists() {
        return Files.isDirectory(path);
    }

    /** The folder above, or null for the root. */
    public DirectoryInfo getParent() {
        Path parent = path.getParent();
        return parent == null ? null : new DirectoryInfo(parent.toString());
    }

    public DirectoryInfo getRoot() {
        return new DirectoryInfo("/");
    }

    public void Create() throws IOException {
        IODirectory.CreateDirectory(getFullName());
    }

    public DirectoryInfo CreateSubdirectory(String path) throws IOException {
        ProcessPaths.resolve(path);
        if (IOPath.IsPathRooted(path)) {
            throw dev.jpwsh.dotnet.ArgumentExceptions.argument("The directory specified, '" + path
                    + "', is not a subdirectory of '" + getFullName() + "'.", "path");
        }
        return IODirectory.CreateDirectory(this.path.resolve(path).toString());
    }

    @Override
    public void Delete() throws IOException {
        IODirectory.Delete(getFullName());
    }

    public void Delete(boolean recursive) throws IOException {
        IODirectory.Delete(getFullName(), recursive);
    }

    /** Moves the folder; this object then names its new place, as in .NET. */
    public void MoveTo(String destDirName) throws IOException {
        IODirectory.Move(getFullName(), destDirName);
        movedTo(ProcessPaths.resolve(destDirName, "destDirName"), destDirName);
    }

    public FileInfo[] GetFiles() throws IOException {
        return GetFiles("*", IOEnums.SearchOption.TopDirectoryOnly);
    }

    public FileInfo[] GetFiles(String searchPattern) throws IOException {
        return GetFiles(searchPattern, IOEnums.SearchOption.TopDirectoryOnly);
    }

    public FileInfo[] GetFiles(String searchPattern, IOEnums.SearchOption option) throws IOException {
        return walk(searchPattern, option, DirectoryWalk.Entries.FILES).stream().map(FileInfo::new)
                .toArray(FileInfo[]::new);
    }

    public DirectoryInfo[] GetDirectories() throws IOException {
        return GetDirectories("*", IOEnums.SearchOption.TopDirectoryOnly);
    }

    public DirectoryInfo[] GetDirectories(String searchPattern) throws IOException {
        return GetDirectories(searchPattern, IOEnums.SearchOption.TopDirectoryOnly);
    }

    public DirectoryInfo[] GetDirectories(String searchPattern, IOEnums.SearchOption option) throws IOException {
        return walk(searchPattern, option, DirectoryWalk.Entries.DIRECTORIES).stream()
                .map(p -> new DirectoryInfo(p.toString())).toArray(DirectoryInfo[]::new);
    }

    public FileSystemInfo[] GetFileSystemInfos() throws IOException {
        return GetFileSystemInfos("*", IOEnums.SearchOption.TopDirectoryOnly);
    }

    public FileSystemInfo[] GetFileSystemInfos(String searchPattern) throws IOException {
        return GetFileSystemInfos(searchPattern, IOEnums.SearchOption.TopDirectoryOnly);
    }

    public FileSystemInfo[] GetFileSystemInfos(String searchPattern, IOEnums.SearchOption option)
            throws IOException {
        return walk(searchPattern, option, DirectoryWalk.Entries.ALL).stream()
                .map(p -> Files.isDirectory(p) ? new DirectoryInfo(p.toString()) : new FileInfo(p))
                .toArray(FileSystemInfo[]::new);
    }

    public FileInfo[] EnumerateFiles() throws IOException {
        return GetFiles();
    }

    public FileInfo[] EnumerateFiles(String searchPattern) throws IOException {
        return GetFiles(searchPattern);
    }

    public FileInfo[] EnumerateFiles(String searchPattern, IOEnums.SearchOption option) throws IOException {
        return GetFiles(searchPattern, option);
    }

    public DirectoryInfo[] EnumerateDirectories() throws IOException {
        return GetDirectories();
    }

    public DirectoryInfo[] EnumerateDirectories(String searchPattern) throws IOException {
        return GetDirectories(searchPattern);
    }

    public DirectoryInfo[] EnumerateDirectories(String searchPattern, IOEnums.SearchOption option)
            throws IOException {
        return GetDirectories(searchPattern, option);
    }

    public FileSystemInfo[] EnumerateFileSystemInfos() throws IOException {
        return GetFileSystemInfos();
    }

    public FileSystemInfo[] EnumerateFileSystemInfos(String searchPattern, IOEnums.SearchOption option)
            throws IOException {
        return GetFileSystemInfos(searchPattern, option);
    }

    private List<Path> walk(String pattern, IOEnums.SearchOption option, DirectoryWalk.Entries entries)
            throws IOException {
        return new DirectoryWalk(getFullName(), pattern, option, entries).toList();
    }
}
