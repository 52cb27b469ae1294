package dev.jpwsh.engine.provider.filesystem;

import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.engine.provider.PSDriveInfo;
import dev.jpwsh.engine.provider.ProviderInfo;
import dev.jpwsh.engine.provider.ProviderPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A file or folder as the FileSystem provider writes it: System.IO.FileSystemInfo's members, with the ones pwsh
 * adds on Linux (Mode, UnixMode, User, Group, Size, Target, NameString) and the PS* properties of a provider item.
 * Its attributes are read once, without following a link, when first asked for.
 */
public abstract sealed class FileSystemItem permits FileItem, DirectoryItem {
    private final ProviderPath location;
    private final Path path;
    private PosixFileAttributes attributes;
    private boolean attributesRead;

    FileSystemItem(ProviderPath location) {
        this.location = location;
        this.path = Path.of(location.path());
    }

    /** {@return the file or folder at {@code location}, which exists} */
    static FileSystemItem of(ProviderPath location) {
        Path p = Path.of(location.path());
        return Files.isDirectory(p) ? new DirectoryItem(location) : new FileItem(location);
    }

    Path path() {
        return path;
    }

    ProviderPath location() {
        return location;
    }

    private PosixFileAttributes attributes() {
        if (!attributesRead) {
            attributesRead = true;
            try {
                attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException | UnsupportedOperationException e) {
                attributes = null;
            }
        }
        return attributes;
    }

    public String getName() {
        Path name = path.getFileName();
        return name == null ? "/" : name.toString();
    }

    public String getFullName() {
        return path.toString();
    }

    public String getExtension() {
        String name = getName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    public abstract String getBaseName();

    public boolean getExists() {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    public boolean getPSIsContainer() {
        return this instanceof DirectoryItem;
    }

    /** {@return the .NET FileAttributes as text: Directory, Normal, ReadOnly, Hidden, ReparsePoint} */
    public String getAttributes() {
        List<String> names = new ArrayList<>();
        PosixFileAttributes a = attributes();
        if (a != null && !a.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
            names.add("ReadOnly");
        }
        if (getName().startsWith(".")) {
            names.add("Hidden");
        }
        if (getPSIsContainer()) {
            names.add("Directory");
        }
        if (isLink()) {
            names.add("ReparsePoint");
        }
        if (names.isEmpty()) {
            names.add(getPSIsContainer() ? "Directory" : "Normal");
        }
        return String.join(", ", names);
    }

    /** {@return pwsh's Mode: d or l, a (never on Unix), r (read-only), h (hidden), s (never on Unix)} */
    public String getMode() {
        char kind = isLink() ? 'l' : getPSIsContainer() ? 'd' : '-';
        String attrs = getAttributes();
        return "" + kind + '-' + (attrs.contains("ReadOnly") ? 'r' : '-') + (attrs.contains("Hidden") ? 'h' : '-')
                + '-';
    }

    /** {@return the permissions as ls shows them, {@code -rw-r--r--}} */
    public String getUnixMode() {
        PosixFileAttributes a = attributes();
        char kind = a == null ? '-' : a.isSymbolicLink() ? 'l' : a.isDirectory() ? 'd' : a.isOther() ? 'p' : '-';
        Set<PosixFilePermission> p = a == null ? Set.of() : a.permissions();
        return kind + bits(p, PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE) + bits(p, PosixFilePermission.GROUP_READ,
                PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE) + bits(p,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    }

    private static String bits(Set<PosixFilePermission> p, PosixFilePermission r, PosixFilePermission w,
            PosixFilePermission x) {
        return "" + (p.contains(r) ? 'r' : '-') + (p.contains(w) ? 'w' : '-') + (p.contains(x) ? 'x' : '-');
    }

    public String getUser() {
        PosixFileAttributes a = attributes();
        return a == null ? null : a.owner().getName();
    }

    public String getGroup() {
        PosixFileAttributes a = attributes();
        return a == null ? null : a.group().getName();
    }

    /** {@return the size on disk as stat reports it (a folder's too)} */
    public long getSize() {
        PosixFileAttributes a = attributes();
        return a == null ? 0 : a.size();
    }

    public DateTime getLastWriteTime() {
        PosixFileAttributes a = attributes();
        return time(a == null ? null : a.lastModifiedTime());
    }

    /** Changes when the file was last written (as Set-ItemProperty and scripts do). */
    public void setLastWriteTime(DateTime time) throws IOException {
        Files.setLastModifiedTime(path, fileTime(time));
        attributesRead = false;
    }

    public void setLastAccessTime(DateTime time) throws IOException {
        Files.setAttribute(path, "basic:lastAccessTime", fileTime(time));
        attributesRead = false;
    }

    static FileTime fileTime(DateTime time) {
        return FileTime.from(time.value().atZone(ZoneId.systemDefault()).toInstant());
    }

    public DateTime getLastAccessTime() {
        PosixFileAttributes a = attributes();
        return time(a == null ? null : a.lastAccessTime());
    }

    public DateTime getCreationTime() {
        PosixFileAttributes a = attributes();
        return time(a == null ? null : a.creationTime());
    }

    private static DateTime time(FileTime time) {
        return new DateTime(time == null ? LocalDateTime.of(1601, 1, 1, 0, 0)
                : LocalDateTime.ofInstant(time.toInstant(), ZoneId.systemDefault()));
    }

    boolean isLink() {
        return Files.isSymbolicLink(path);
    }

    /** {@return SymbolicLink for a link, else null} */
    public String getLinkType() {
        return isLink() ? "SymbolicLink" : null;
    }

    /** {@return where a link points, as it was written, or null} */
    public String getTarget() {
        return getLinkTarget();
    }

    public String getLinkTarget() {
        try {
            return isLink() ? Files.readSymbolicLink(path).toString() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** {@return the Name column of Get-ChildItem's view: the name, and a link's target after an arrow} */
    public String getNameString() {
        String target = getLinkTarget();
        return target == null ? getName() : getName() + " -> " + target;
    }

    public String getPSPath() {
        return location.psPath();
    }

    public String getPSParentPath() {
        Path parent = path.getParent();
        return parent == null ? "" : location.provider().info().getFullName() + "::" + parent;
    }

    public String getPSChildName() {
        return getName();
    }

    public PSDriveInfo getPSDrive() {
        return location.drive();
    }

    public ProviderInfo getPSProvider() {
        return location.provider().info();
    }

    @Override
    public String toString() {
        return getFullName();
    }
}
