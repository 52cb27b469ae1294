package dev.jpwsh.commands.data.clixml;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.SessionProviders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The files Export-Clixml writes and Import-Clixml reads, resolved through the session's drives. */
final class ClixmlFiles {
    private ClixmlFiles() {
    }

    /** The file to write: the path as written (its wildcards matched against existing items unless literal). */
    static Path output(Frame frame, String psPath, boolean literal) {
        SessionProviders providers = frame.context().findService(SessionProviders.class);
        if (providers == null) {
            return frame.context().location().resolveFileSystemPath(psPath);
        }
        List<ProviderPath> found = providers.paths().expand(new ProviderContext(frame, false, e -> { }), psPath,
                literal);
        return found.isEmpty() ? providers.paths().outputFile(psPath) : Path.of(found.getFirst().path());
    }

    /** The existing file to read; pwsh's PathNotFound when there is none. */
    static Path input(Frame frame, String psPath, boolean literal) {
        SessionProviders providers = frame.context().findService(SessionProviders.class);
        Path file;
        if (providers == null) {
            file = frame.context().location().resolveFileSystemPath(psPath);
        } else {
            List<ProviderPath> found = providers.paths().expand(new ProviderContext(frame, false, e -> { }), psPath,
                    literal);
            if (found.isEmpty()) {
                throw ProviderErrors.pathNotFound(psPath);
            }
            file = Path.of(found.getFirst().path());
        }
        if (!Files.exists(file)) {
            throw ProviderErrors.pathNotFound(file.toString());
        }
        return file;
    }
}
