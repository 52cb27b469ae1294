package dev.jpwsh.commands.modules;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.SessionProviders;
import java.nio.file.Path;

/** Turns a PowerShell path into a file system one, as pwsh's GetUnresolvedProviderPathFromPSPath does. */
public final class FileSystemPaths {
    private FileSystemPaths() {
    }

    /** The file {@code psPath} names, existing or not; null when it is on another provider than FileSystem. */
    public static Path of(Frame frame, String psPath) {
        ProviderPath path = SessionProviders.of(frame.context()).paths().parse(psPath);
        return path.provider().name().equals("FileSystem") ? Path.of(path.path()).normalize() : null;
    }
}
