package dev.jpwsh.commands.data.clixml;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.SessionProviders;
import dev.jpwsh.engine.provider.filesystem.FileSystemProvider;
import dev.jpwsh.runtime.ops.Wildcard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files Export-Clixml writes and Import-Clixml reads, resolved through the session's drives: a path with
 * wildcards (unless literal) is its first existing match; a path on another provider than FileSystem is pwsh's
 * ReadWriteFileNotFileSystemProvider.
 */
final class ClixmlFiles {
    private ClixmlFiles() {
    }

    /** The file to write, existing or not. */
    static Path output(Frame frame, String psPath, boolean literal) {
        SessionProviders providers = frame.context().findService(SessionProviders.class);
        if (providers == null) {
            return frame.context().location().resolveFileSystemPath(psPath);
        }
        if (!literal && Wildcard.containsWildcardCharacters(psPath)) {
            List<ProviderPath> found = providers.paths().expand(new ProviderContext(frame, false, e -> { }), psPath,
                    false);
            if (!found.isEmpty() && found.getFirst().provider() instanceof FileSystemProvider) {
                return Path.of(found.getFirst().path()).normalize();
            }
        }
        return providers.paths().outputFile(psPath);
    }

    /** The existing file to read; pwsh's PathNotFound when there is none. */
    static Path input(Frame frame, String psPath, boolean literal) {
        Path file = output(frame, psPath, literal);
        if (!Files.exists(file)) {
            throw ProviderErrors.pathNotFound(literal || !Wildcard.containsWildcardCharacters(psPath)
                    ? file.toString() : psPath);
        }
        return file;
    }
}
