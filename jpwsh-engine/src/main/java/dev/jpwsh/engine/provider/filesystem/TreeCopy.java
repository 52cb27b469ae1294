package dev.jpwsh.engine.provider.filesystem;

import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.ProviderPath;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Copy-Item in the file system: a file to a file or into a folder; a folder alone (its container), or with
 * {@code -Recurse} everything in it. Each file is written to a temporary sibling and moved into place, so a copy
 * that fails leaves no half-written file; an item that fails is reported and the others are copied.
 */
final class TreeCopy extends SimpleFileVisitor<Path> {
    private final ProviderContext context;
    private final Path source;
    private final Path target;

    private TreeCopy(ProviderContext context, Path source, Path target) {
        this.context = context;
        this.source = source;
        this.target = target;
    }

    static Object copy(ProviderContext context, ProviderPath from, String destination, boolean recurse) {
        Path source = Path.of(from.path());
        Path target = Path.of(destination);
        if (Files.isDirectory(target) && !target.equals(source)) {
            target = target.resolve(source.getFileName());
        }
        if (target.equals(source)) {
            throw RuntimeFailures.create("CopyError", "WriteError", "Cannot overwrite the item " + from.path()
                    + " with itself.", from.path(), "System.IO.IOException");
        }
        try {
            if (!Files.isDirectory(source)) {
                copyFile(source, target);
            } else if (!recurse) {
                Files.createDirectories(target);
            } else {
                if (target.startsWith(source)) {
                    throw RuntimeFailures.create("CopyContainerItemToLeafError", "InvalidArgument",
                            "Cannot copy an item into itself: '" + from.path() + "'.", from.path(),
                            "System.IO.IOException");
                }
                Files.walkFileTree(source, new TreeCopy(context, source, target));
            }
        } catch (IOException e) {
            throw ProviderErrors.io(e, from.path(), "CopyFileInfoItem");
        }
        return FileSystemItem.of(from.withPath(target.toString()));
    }

    private static void copyFile(Path source, Path target) throws IOException {
        Path partial = target.resolveSibling("." + target.getFileName() + ".jpwsh-copy");
        try {
            Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        Path copy = target.resolve(source.relativize(dir).toString());
        try {
            if (!Files.isDirectory(copy)) {
                Files.createDirectories(copy);
            }
            return FileVisitResult.CONTINUE;
        } catch (IOException e) {
            report(e, dir);
            return FileVisitResult.SKIP_SUBTREE;
        }
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        Path copy = target.resolve(source.relativize(file).toString());
        try {
            if (Files.isSymbolicLink(file)) {
                Files.deleteIfExists(copy);
                Files.createSymbolicLink(copy, Files.readSymbolicLink(file));
            } else {
                copyFile(file, copy);
            }
        } catch (IOException e) {
            report(e, file);
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        report(e, file);
        return FileVisitResult.CONTINUE;
    }

    private void report(IOException e, Path item) {
        context.errors().report(ProviderErrors.io(e, item.toString(), "CopyDirectoryInfoItem"));
    }
}
