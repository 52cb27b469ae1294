package dev.jpwsh.commands.archive;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.SessionProviders;
import dev.jpwsh.engine.provider.filesystem.FileSystemItem;
import dev.jpwsh.engine.provider.filesystem.FileSystemProvider;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the archive cmdlets share: file system paths from -Path (wildcards), -LiteralPath and -DestinationPath. */
abstract class ArchiveCmdlet extends Cmdlet {
    final SessionProviders providers() {
        return SessionProviders.of(frame().context());
    }

    /** {@return the existing file system paths {@code path} names; ArchiveCmdletPathNotFound, terminating, if none} */
    final List<Path> existing(String path, boolean literal) {
        List<Path> found = new ArrayList<>();
        try {
            ProviderContext context = new ProviderContext(frame(), false, e -> writeError(e.record()));
            for (ProviderPath p : providers().paths().expand(context, path, literal)) {
                Path file = Path.of(p.path());
                if (p.provider() instanceof FileSystemProvider && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(file);
                }
            }
        } catch (PSException e) {
            throw fail(ArchiveErrors.pathNotFound(path));
        }
        if (found.isEmpty()) {
            throw fail(ArchiveErrors.pathNotFound(path));
        }
        return found;
    }

    /** {@return the file system path {@code path} names, whether or not it exists} */
    final Path unresolved(String path) {
        ProviderPath p;
        try {
            p = providers().paths().parseDestination(path);
        } catch (PSException e) {
            throw fail(ArchiveErrors.pathNotFound(path));
        }
        if (!(p.provider() instanceof FileSystemProvider)) {
            throw fail(ArchiveErrors.notAFile(path));
        }
        return Path.of(p.path());
    }

    /** {@return the command's name: pwsh's archive cmdlets are functions, so their error ids end with it} */
    abstract String commandName();

    /** {@code error} as the archive module raises it: its id qualified by the command's name. */
    final PSException fail(PSException error) {
        return error.withRecord(error.record().reportedBy(commandName(), commandName()));
    }

    /** {@return the item Get-Item writes for {@code file}} */
    final Object item(Path file) {
        return FileSystemItem.of(providers().paths().parse(file.toString()));
    }
}
