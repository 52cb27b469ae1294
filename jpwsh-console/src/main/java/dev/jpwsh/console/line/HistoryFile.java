package dev.jpwsh.console.line;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The history file PSReadLine keeps on Linux, {@code $XDG_DATA_HOME/powershell/PSReadLine/ConsoleHost_history.txt}
 * ({@code ~/.local/share} without XDG_DATA_HOME), in its format: one command a line, each line of a multi-line command
 * but its last ending with a backtick. As PSReadLine's default does, a command that names a password, token, API key or
 * secret is kept for this session only, never written. A file that cannot be read or written is left alone in silence,
 * as the console works without history.
 */
public final class HistoryFile {
    private static final Pattern SENSITIVE = Pattern.compile("password|asplaintext|token|apikey|secret",
            Pattern.CASE_INSENSITIVE);

    private final Path path;

    public HistoryFile(Path path) {
        this.path = path;
    }

    /** The file for a user whose environment is {@code environment}; null without HOME or XDG_DATA_HOME. */
    public static HistoryFile forUser(Map<String, String> environment) {
        String dataHome = environment.get("XDG_DATA_HOME");
        Path data;
        if (dataHome != null && !dataHome.isEmpty()) {
            data = Path.of(dataHome);
        } else {
            String home = environment.get("HOME");
            if (home == null || home.isEmpty()) {
                return null;
            }
            data = Path.of(home, ".local", "share");
        }
        return new HistoryFile(data.resolve("powershell").resolve("PSReadLine").resolve("ConsoleHost_history.txt"));
    }

    public Path path() {
        return path;
    }

    /** {@return the commands in the file, oldest first}; none when it is missing or unreadable. */
    public List<String> read() {
        List<String> commands = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException unreadable) {
            return commands;
        }
        StringBuilder command = new StringBuilder();
        for (String line : lines) {
            if (line.endsWith("`")) {
                command.append(line, 0, line.length() - 1).append('\n');
                continue;
            }
            command.append(line);
            if (!command.isEmpty()) {
                commands.add(command.toString());
            }
            command.setLength(0);
        }
        return commands;
    }

    /** Adds {@code command} at the end of the file, unless it looks like it holds a secret. */
    public void append(String command) {
        if (SENSITIVE.matcher(command).find()) {
            return;
        }
        String entry = command.replace("\r\n", "\n").replace("\n", "`\n") + "\n";
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException unwritable) {
            // the session goes on without saving its history
        }
    }
}
