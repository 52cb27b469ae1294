package dev.jpwsh.commands.completion;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.runtime.ops.Wildcard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Completes file system paths as pwsh does on Linux: the items of the folder the word names whose names start as
 * typed (any case), sorted by name; a relative word gives {@code ./name}, an absolute one the full path, {@code ~}
 * stays {@code ~}; quoted when needed, in the word's own quotes. Set-Location and Push-Location get folders only.
 */
final class PathCompleter {
    /** The commands whose path argument is a folder. */
    private static final Set<String> FOLDER_COMMANDS = Set.of("set-location", "cd", "chdir", "sl", "push-location",
            "pushd");

    private PathCompleter() {
    }

    static List<CompletionResult> complete(Frame frame, CompletionInput input) {
        String word = input.word();
        char quote = word.startsWith("'") || word.startsWith("\"") ? word.charAt(0) : 0;
        String typed = (quote == 0 ? word : word.substring(1)).replace('\\', '/');
        int slash = typed.lastIndexOf('/');
        String folderText = slash < 0 ? "" : typed.substring(0, slash + 1);
        String prefix = typed.substring(slash + 1);
        Path folder;
        try {
            folder = frame.context().location().resolveFileSystemPath(expandHome(folderText.isEmpty() ? "."
                    : folderText));
        } catch (RuntimeException notAPath) {
            return List.of();
        }
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        boolean foldersOnly = input.commandName() != null
                && FOLDER_COMMANDS.contains(input.commandName().toLowerCase(Locale.ROOT));
        List<Path> items;
        try (Stream<Path> listing = Files.list(folder)) {
            items = listing.filter(p -> matches(p, prefix)).filter(p -> !foldersOnly || Files.isDirectory(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString(), String.CASE_INSENSITIVE_ORDER))
                    .toList();
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
        List<CompletionResult> results = new ArrayList<>();
        for (Path item : items) {
            String name = item.getFileName().toString();
            String path = folderText.startsWith("/") || folderText.startsWith("~") ? folderText + name
                    : "./" + (folderText.startsWith("./") ? folderText.substring(2) : folderText) + name;
            boolean container = Files.isDirectory(item);
            results.add(new CompletionResult(Quoting.as(quote, path), name, container
                    ? CompletionResultType.ProviderContainer : CompletionResultType.ProviderItem, item.toString()));
        }
        return results;
    }

    /** Whether an item's name starts as typed; hidden items (a leading dot) only when the dot is typed. */
    private static boolean matches(Path item, String prefix) {
        String name = item.getFileName().toString();
        return (prefix.startsWith(".") || !name.startsWith(".")) && Wildcard.matches(name, prefix + "*", false);
    }

    private static String expandHome(String folder) {
        return folder.equals("~") || folder.startsWith("~/") ? System.getProperty("user.home") + folder.substring(1)
                : folder;
    }
}
