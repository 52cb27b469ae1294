package dev.jpwsh.dotnet.io;

import dev.jpwsh.dotnet.time.DateTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * The times and attributes .NET reports for a file or folder on Linux, read from and written to the file system:
 * for a missing item, the times are .NET's 1601-01-01 00:00 UTC.
 */
public final class FileTimes {
    /** What .NET reports as the time of an item that does not exist. */
    private static final Instant MISSING = Instant.parse("1601-01-01T00:00:00Z");

    private FileTimes() {
    }

    /** Which time of an item. */
    public enum Kind {
        CREATION, ACCESS, WRITE
    }

    /** The item's time, in local time or UTC. */
    public static DateTime get(Path path, Kind kind, boolean utc) {
        Instant at = MISSING;
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            at = (switch (kind) {
                case CREATION -> a.creationTime();
                case ACCESS -> a.lastAccessTime();
                case WRITE -> a.lastModifiedTime();
            }).toInstant();
        } catch (IOException missing) {
            // .NET's time for a missing item
        }
        return new DateTime(LocalDateTime.ofInstant(at, utc ? ZoneOffset.UTC : ZoneId.systemDefault()),
                utc ? DateTime.DateTimeKind.Utc : DateTime.DateTimeKind.Local);
    }

    /** Sets the item's time; FileNotFoundException when it does not exist. */
    public static void set(Path path, Kind kind, DateTime time, boolean utc) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw ProcessPaths.missing(path);
        }
        FileTime value = FileTime.from(time.value().atZone(utc ? ZoneOffset.UTC : ZoneId.systemDefault())
                .toInstant());
        BasicFileAttributeView view = Files.getFileAttributeView(path, BasicFileAttributeView.class);
        try {
            switch (kind) {
                case CREATION -> view.setTimes(null, null, value);
                case ACCESS -> view.setTimes(null, value, null);
                case WRITE -> view.setTimes(value, null, null);
            }
        } catch (IOException e) {
            throw ProcessPaths.failure(e, path);
        }
    }

    /**
     * The attributes .NET reports on Linux: ReadOnly, Hidden (a dot name), Directory (of the link's target too) and
     * ReparsePoint (a link) together, Normal when none applies.
     */
    public static FileAttributes attributes(Path path) throws IOException {
        boolean link = Files.isSymbolicLink(path);
        if (!link && !Files.exists(path)) {
            throw ProcessPaths.missing(path);
        }
        int flags = 0;
        if (!link && readOnly(path)) {
            flags |= FileAttributes.ReadOnly.flags();
        }
        Path name = path.getFileName();
        if (name != null && name.toString().startsWith(".")) {
            flags |= FileAttributes.Hidden.flags();
        }
        if (Files.isDirectory(path)) {
            flags |= FileAttributes.Directory.flags();
        }
        if (link) {
            flags |= FileAttributes.ReparsePoint.flags();
        }
        return flags == 0 ? FileAttributes.Normal : new FileAttributes(flags);
    }

    /** Whether no one may write the item, as .NET's ReadOnly attribute on Linux means. */
    public static boolean readOnly(Path path) throws IOException {
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(path);
        return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                && !p.contains(PosixFilePermission.OTHERS_WRITE);
    }

    /** ReadOnly takes the write permissions away; any other attribute gives the owner write permission back. */
    public static void setAttributes(Path path, FileAttributes attributes) throws IOException {
        if (!Files.exists(path)) {
            throw ProcessPaths.missing(path);
        }
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(path);
        if (attributes.has(FileAttributes.ReadOnly)) {
            p.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.OTHERS_WRITE));
        } else {
            p.add(PosixFilePermission.OWNER_WRITE);
        }
        try {
            Files.setPosixFilePermissions(path, p);
        } catch (IOException e) {
            throw ProcessPaths.failure(e, path);
        }
    }
}
