package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.ExecutionContext;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Finds native programs as pwsh does on Unix: a name with a slash is a path (relative to the session's current
 * location), any other name is looked up in the directories of the session's {@code $env:PATH}, so a script that
 * changes {@code $env:PATH} changes what runs.
 */
public final class NativeCommandLookup {
    private NativeCommandLookup() {
    }

    /**
     * The executable file {@code name} means, or null when there is none. A backslash separates folders, as pwsh
     * reads file-system paths on Unix.
     */
    public static Path find(ExecutionContext context, String commandName) {
        String name = commandName.replace('\\', '/');
        try {
            if (name.contains("/")) {
                Path path = workingDirectory(context).resolve(name).normalize();
                return isProgram(path) ? path : null;
            }
            Object pathVariable = context.environment().get("PATH");
            if (pathVariable == null || name.isEmpty()) {
                return null;
            }
            for (String dir : pathVariable.toString().split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    Path candidate = Path.of(dir, name);
                    if (isProgram(candidate)) {
                        return candidate;
                    }
                }
            }
            return null;
        } catch (InvalidPathException notAPath) {
            return null;
        }
    }

    /**
     * The directory native programs start in and relative program paths are resolved against (Start-Process and
     * Start-Transcript too): the session's current FileSystem location.
     */
    public static Path workingDirectory(ExecutionContext context) {
        return context.location().currentFileSystemDirectory();
    }

    private static boolean isProgram(Path path) {
        return Files.isExecutable(path) && !Files.isDirectory(path);
    }
}
