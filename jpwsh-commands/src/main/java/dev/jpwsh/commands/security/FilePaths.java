package dev.jpwsh.commands.security;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.SessionProviders;
import dev.jpwsh.runtime.ops.Wildcard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The files -Path and -LiteralPath name for Get-FileHash and Unblock-File: a -Path with wildcards is the existing
 * files it matches (none is no error), without them a path that must exist (else FileNotFound); a -LiteralPath is
 * the path as written.
 */
final class FilePaths {
    private FilePaths() {
    }

    static List<Path> resolve(Frame frame, String[] given, boolean literal, Consumer<String> notFound) {
        SessionProviders providers = frame.context().findService(SessionProviders.class);
        List<Path> files = new ArrayList<>();
        for (String one : given) {
            if (providers == null) {
                files.add(frame.context().location().resolveFileSystemPath(one));
                continue;
            }
            List<ProviderPath> found = providers.paths().expand(new ProviderContext(frame, false, e -> { }), one,
                    literal);
            for (ProviderPath p : found) {
                Path file = Path.of(p.path());
                if (!literal && !Wildcard.containsWildcardCharacters(one) && !Files.exists(file)) {
                    notFound.accept(one);
                } else {
                    files.add(file);
                }
            }
        }
        return files;
    }
}
