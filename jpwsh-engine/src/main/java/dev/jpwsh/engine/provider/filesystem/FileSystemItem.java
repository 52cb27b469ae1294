package dev.jpwsh.engine.provider.filesystem;

import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.engine.provider.PSDriveInfo;
import dev.jpwsh.engine.provider.ProviderInfo;
import dev.jpwsh.engine.provider.ProviderPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * A file or folder as the FileSystem provider writes it: a System.IO.FileInfo or DirectoryInfo (whose members it
 * keeps) with what pwsh adds on Linux (Mode, UnixMode, User, Group, Size, Target, LinkType, NameString, BaseName)
 * and the PS* properties of a provider item.
 */
public sealed interface FileSystemItem permits FileItem, DirectoryItem {
    /** {@return the file or folder at {@code location}, which exists} */
    static FileSystemItem of(ProviderPath location) {
        return Files.isDirectory(Path.of(location.path())) ? new DirectoryItem(location) : new FileItem(location);
    }

    String getName();

    String getFullName();

    String getBaseName();

    DateTime getLastWriteTime();

    default boolean getPSIsContainer() {
        return this instanceof DirectoryItem;
    }

    /** {@return pwsh's Mode: d or l, a (never on Unix), r (read-only), h (hidden), s (never on Unix)} */
    default String getMode() {
        ItemDetails d = ItemDetails.of(this);
        char kind = d.isLink() ? 'l' : getPSIsContainer() ? 'd' : '-';
        return "" + kind + '-' + (d.isReadOnly() ? 'r' : '-') + (getName().startsWith(".") ? 'h' : '-') + '-';
    }

    default String getUnixMode() {
        return ItemDetails.of(this).unixMode();
    }

    default String getUser() {
        PosixFileAttributes a = ItemDetails.of(this).attributes();
        return a == null ? null : a.owner().getName();
    }

    default String getGroup() {
        PosixFileAttributes a = ItemDetails.of(this).attributes();
        return a == null ? null : a.group().getName();
    }

    /** {@return the size on disk as stat reports it (a folder's too)} */
    default long getSize() {
        PosixFileAttributes a = ItemDetails.of(this).attributes();
        return a == null ? 0 : a.size();
    }

    /** {@return SymbolicLink for a link, else null} */
    default String getLinkType() {
        return ItemDetails.of(this).isLink() ? "SymbolicLink" : null;
    }

    /** {@return where a link points, as it was written, or null} */
    default String getTarget() {
        return ItemDetails.of(this).linkTarget();
    }

    /** {@return the Name column of Get-ChildItem's view: the name, and a link's target after an arrow} */
    default String getNameString() {
        String target = ItemDetails.of(this).linkTarget();
        return target == null ? getName() : getName() + " -> " + target;
    }

    default String getPSPath() {
        return ItemDetails.of(this).location().psPath();
    }

    default String getPSParentPath() {
        ProviderPath location = ItemDetails.of(this).location();
        Path parent = ItemDetails.of(this).path().getParent();
        return parent == null ? "" : location.provider().info().getFullName() + "::" + parent;
    }

    default String getPSChildName() {
        return getName();
    }

    default PSDriveInfo getPSDrive() {
        return ItemDetails.of(this).location().drive();
    }

    default ProviderInfo getPSProvider() {
        return ItemDetails.of(this).location().provider().info();
    }
}
