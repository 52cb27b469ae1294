package dev.jpwsh.engine.provider.filesystem;

import dev.jpwsh.engine.provider.ProviderPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * What a FileSystem provider item knows beyond its .NET type: where the provider found it, and its Unix attributes,
 * read once without following a link when first asked for (Get-ChildItem's view asks for several of them).
 */
final class ItemDetails {
    private final ProviderPath location;
    private final Path path;
    private PosixFileAttributes attributes;
    private boolean attributesRead;

    ItemDetails(ProviderPath location, Path path) {
        this.location = location;
        this.path = path;
    }

    /** {@return what {@code item} knows beyond its .NET type} */
    static ItemDetails of(FileSystemItem item) {
        return switch (item) {
            case FileItem file -> file.details;
            case DirectoryItem folder -> folder.details;
        };
    }

    ProviderPath location() {
        return location;
    }

    Path path() {
        return path;
    }

    PosixFileAttributes attributes() {
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

    boolean isLink() {
        PosixFileAttributes a = attributes();
        return a != null && a.isSymbolicLink();
    }

    boolean isReadOnly() {
        PosixFileAttributes a = attributes();
        return a != null && !a.permissions().contains(PosixFilePermission.OWNER_WRITE);
    }

    /** {@return the permissions as ls shows them, {@code -rw-r--r--}} */
    String unixMode() {
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

    String linkTarget() {
        try {
            return isLink() ? Files.readSymbolicLink(path).toString() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
