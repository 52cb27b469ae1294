package dev.jpwsh.dotnet.io;

import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * System.IO.Directory: folders made, removed, moved and listed (by .NET search pattern, with or without the
 * folders below), and the process's current directory.
 */
@DotNetName("System.IO.Directory")
public final class IODirectory {
    private IODirectory() {
    }

    public static boolean Exists(String path) {
        return ProcessPaths.isUsable(path) && Files.isDirectory(ProcessPaths.resolve(path));
    }

    /** Makes the folder and any missing parents; nothing happens when it exists. */
    public static DirectoryInfo CreateDirectory(String path) throws IOException {
        Path folder = ProcessPaths.resolve(path);
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new IOException("The file '" + p + "' already exists.");
            }
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw ProcessPaths.failure(e, folder);
        }
        return new DirectoryInfo(folder.toString());
    }

    public static void Delete(String path) throws IOException {
        Delete(path, false);
    }

    /** Deletes an empty folder, or with {@code recursive} the folder and everything in it (links, not their targets). */
    public static void Delete(String path, boolean recursive) throws IOException {
        Path folder = ProcessPaths.resolve(path);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("The directory name '" + folder + "' is invalid.");
            }
            throw new IOExceptions.DirectoryNotFoundException(folder.toString());
        }
        List<Path> all = new ArrayList<>();
        if (recursive) {
            try (Stream<Path> tree = Files.walk(folder)) {
                tree.sorted(Comparator.reverseOrder()).forEach(all::add);
            }
        } else {
            all.add(folder);
        }
        for (Path p : all) {
            try {
                Files.delete(p);
            } catch (IOException e) {
                throw ProcessPaths.failure(e, p);
            }
        }
    }

    /** Moves or renames a folder; IOException when the target exists. */
    public static void Move(String sourceDirName, String destDirName) throws IOException {
        Path source = ProcessPaths.resolve(sourceDirName, "sourceDirName");
        Path target = ProcessPaths.resolve(destDirName, "destDirName");
        if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOExceptions.DirectoryNotFoundException(source.toString());
        }
        if (source.equals(target)) {
            throw new IOException("Source and destination path must be different.");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("Cannot create '" + target
                    + "' because a file or directory with the same name already exists.");
        }
        if (target.startsWith(source)) {
            throw new IOException("The process cannot access the file '" + source
                    + "' because it is being used by another process.");
        }
        try {
            Files.move(source, target);
        } catch (IOException e) {
            throw ProcessPaths.failure(e, target.getParent() == null || Files.isDirectory(target.getParent())
                    ? source : target);
        }
    }

    public static String[] GetFiles(String path) throws IOException {
        return GetFiles(path, "*", IOEnums.SearchOption.TopDirectoryOnly);
    }

    public static String[] GetFiles(String path, String searchPattern) throws IOException {
        return GetFiles(path, searchPattern, IOEnums.SearchOption.TopDirectoryOnly);
    }

    public static String[] GetFiles(String path, String searchPattern, IOEnums.SearchOption searchOption)
            throws IOException {
        return list(path, searchPattern, searchOption, DirectoryWalk.Entries.FILES);
    }

    public static String[] GetDirectories(String path) throws IOException {
        return GetDirectories(path, "*", IOEnums.SearchOption.TopDirectoryOnly);
    }

    public static String[] GetDirectories(String path, String searchPattern) throws IOException {
        return GetDirectories(path, searchPattern, IOEnums.SearchOption.TopDirectoryOnly);
    }

    public static String[] GetDirectories(String path, String searchPattern, IOEnums.SearchOption searchOption)
            throws IOException {
        return list(path, searchPattern, searchOption, DirectoryWalk.Entries.DIRECTORIES);
    }

    public static String[] GetFileSystemEntries(String path) throws IOException {
        return GetFileSystemEntries(path, "*", IOEnums.SearchOption.TopDirectoryOnly);
    }

    public static String[] GetFileSystemEntries(String path, String searchPattern) throws IOException {
        return GetFileSystemEntries(path, searchPattern, IOEnums.SearchOption.TopDirectoryOnly);
    }

    public static String[] GetFileSystemEntries(String path, String searchPattern, IOEnums.SearchOption searchOption)
            throws IOException {
        return list(path, searchPattern, searchOption, DirectoryWalk.Entries.ALL);
    }

    public static Iterable<String> EnumerateFiles(String path) throws IOException {
        return EnumerateFiles(path, "*", IOEnums.SearchOption.TopDirectoryOnly);
    }

    public static Iterable<String> EnumerateFiles(String path, String searchPattern) throws IOException {
        return EnumerateFiles(path, searchPattern, IOEnums.SearchOption.TopDirectoryOnly);
    }

    /** The files one at a time, as they are enumerated: a folder's listing is read when it is reached. */
    public static Iterable<String> EnumerateFiles(String path, String searchPattern,
            IOEnums.SearchOption searchOption) throws IOException {
        return lazily(path, searchPattern, searchOption, DirectoryWalk.Entries.FILES);
    }

    public static Iterable<String> EnumerateDirectories(String path) throws IOException {
        return EnumerateDirectories(path, "*", IOEnums.SearchOption.TopDirectoryOnly);
    }

    public static Iterable<String> EnumerateDirectories(String path, String searchPattern) throws IOException {
        return EnumerateDirectories(path, searchPattern, IOEnums.SearchOption.TopDirectoryOnly);
    }

    public static Iterable<String> EnumerateDirectories(String path, String searchPattern,
            IOEnums.SearchOption searchOption) throws IOException {
        return lazily(path, searchPattern, searchOption, DirectoryWalk.Entries.DIRECTORIES);
    }

    public static Iterable<String> EnumerateFileSystemEntries(String path) throws IOException {
        return EnumerateFileSystemEntries(path, "*", IOEnums.SearchOption.TopDirectoryOnly);
    }

    public static Iterable<String> EnumerateFileSystemEntries(String path, String searchPattern) throws IOException {
        return EnumerateFileSystemEntries(path, searchPattern, IOEnums.SearchOption.TopDirectoryOnly);
    }

    public static Iterable<String> EnumerateFileSystemEntries(String path, String searchPattern,
            IOEnums.SearchOption searchOption) throws IOException {
        return lazily(path, searchPattern, searchOption, DirectoryWalk.Entries.ALL);
    }

    private static String[] list(String path, String pattern, IOEnums.SearchOption option,
            DirectoryWalk.Entries entries) throws IOException {
        return new DirectoryWalk(path, pattern, option, entries).toList().stream().map(Path::toString)
                .toArray(String[]::new);
    }

    private static Iterable<String> lazily(String path, String pattern, IOEnums.SearchOption option,
            DirectoryWalk.Entries entries) throws IOException {
        DirectoryWalk walk = new DirectoryWalk(path, pattern, option, entries);
        return () -> {
            java.util.Iterator<Path> paths = walk.iterator();
            return new java.util.Iterator<>() {
                @Override
                public boolean hasNext() {
                    return paths.hasNext();
                }

                @Override
                public String next() {
                    return paths.next().toString();
                }
            };
        };
    }

    public static String GetCurrentDirectory() {
        return ProcessPaths.currentDirectory();
    }

    public static void SetCurrentDirectory(String path) throws IOException {
        ProcessPaths.setCurrentDirectory(path);
    }

    /** The folder above {@code path}, or null at the root. */
    public static DirectoryInfo GetParent(String path) {
        Path parent = ProcessPaths.resolve(path).getParent();
        return parent == null ? null : new DirectoryInfo(parent.toString());
    }

    public static String GetDirectoryRoot(String path) {
        ProcessPaths.resolve(path);
        return "/";
    }

    public static String[] GetLogicalDrives() {
        return new String[] {"/"};
    }

    public static DateTime GetLastWriteTime(String path) {
        return IOFile.GetLastWriteTime(path);
    }

    public static void SetLastWriteTime(String path, DateTime lastWriteTime) throws IOException {
        IOFile.SetLastWriteTime(path, lastWriteTime);
    }

    public static DateTime GetCreationTime(String path) {
        return IOFile.GetCreationTime(path);
    }

    public static FileSystemInfo CreateSymbolicLink(String path, String pathToTarget) throws IOException {
        Path link = ProcessPaths.resolve(path);
        IOFile.CreateSymbolicLink(path, pathToTarget);
        return new DirectoryInfo(link.toString());
    }
}
