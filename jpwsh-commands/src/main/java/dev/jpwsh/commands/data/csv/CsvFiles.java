package dev.jpwsh.commands.data.csv;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.SessionProviders;
import dev.jpwsh.engine.provider.filesystem.FileSystemProvider;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The files the CSV cmdlets read and write, found as pwsh's ResolveFilePath finds them, and their open errors. */
final class CsvFiles {
    private CsvFiles() {
    }

    /**
     * The file {@code psPath} names: the first existing match of its wildcards (unless {@code literal}), else the
     * path as written, existing or not.
     */
    static Path resolve(Frame frame, String psPath, boolean literal) {
        SessionProviders providers = SessionProviders.of(frame.context());
        List<ProviderPath> found = providers.paths().expand(new ProviderContext(frame, false, e -> { }), psPath,
                literal);
        ProviderPath path = found.isEmpty() ? providers.paths().parse(psPath) : found.getFirst();
        if (!(path.provider() instanceof FileSystemProvider)) {
            throw CsvErrors.openFailure(psPath, "The file '" + psPath + "' is not on the FileSystem provider.",
                    "System.NotSupportedException");
        }
        return Path.of(path.path()).normalize();
    }

    /** An I/O failure on {@code given} as pwsh's FileOpenFailure, with .NET's wording where it has one. */
    static PSException openFailure(String given, Exception e) {
        Throwable cause = e.getCause() instanceof IOException io ? io : e;
        return switch (cause) {
            case NoSuchFileException missing -> CsvErrors.fileNotFound(missing.getFile());
            case AccessDeniedException denied -> CsvErrors.openFailure(denied.getFile(), "Access to the path '"
                    + denied.getFile() + "' is denied.", "System.UnauthorizedAccessException");
            default -> CsvErrors.openFailure(given, String.valueOf(cause.getMessage()), "System.IO.IOException");
        };
    }
}
