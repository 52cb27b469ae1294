package dev.jpwsh.engine.provider.filesystem;

import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderErrors;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Removes a file, a link (never what it points to) or a folder with everything in it. An item that cannot be removed
 * is reported (RemoveFileSystemItemUnAuthorizedAccess, ...), the rest is removed, and the folders holding it stay.
 */
final class TreeRemoval extends SimpleFileVisitor<Path> {
    private final ProviderContext context;
    private boolean failedBelow;

    private TreeRemoval(ProviderContext context) {
        this.context = context;
    }

    static void remove(ProviderContext context, Path target) {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.delete(target);
            } catch (IOException e) {
                throw ProviderErrors.io(e, target.toString(), "RemoveFileSystemItem");
            }
            return;
        }
        try {
            Files.walkFileTree(target, new TreeRemoval(context));
        } catch (IOException e) {
            throw ProviderErrors.io(e, target.toString(), "RemoveFileSystemItem");
        }
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        delete(file);
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        report(e, file);
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
        if (e != null) {
            report(e, dir);
        } else if (!failedBelow) {
            delete(dir);
        }
        return FileVisitResult.CONTINUE;
    }

    private void delete(Path item) {
        try {
            Files.delete(item);
        } catch (IOException e) {
            report(e, item);
        }
    }

    private void report(IOException e, Path item) {
        failedBelow = true;
        context.errors().report(ProviderErrors.io(e, item.toString(), "RemoveFileSystemItem"));
    }
}
