package dev.jpwsh.format.commands;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.provider.SessionProviders;
import java.nio.file.Path;

/** The file an output cmdlet (Out-File, Export-FormatData) writes: its path resolved through the session's drives. */
final class OutputFile {
    private OutputFile() {
    }

    /**
     * {@return the file {@code psPath} names, existing or not; a session without providers resolves it against its
     * working folder}
     */
    static Path of(Frame frame, String psPath) {
        SessionProviders providers = frame.context().findService(SessionProviders.class);
        return providers == null ? frame.context().location().resolveFileSystemPath(psPath)
                : providers.paths().outputFile(psPath);
    }
}
