package dev.jpwsh.engine.command;

import dev.jpwsh.runtime.ops.Wildcard;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The expansions pwsh applies on Unix to an argument of a native program that is not a quoted string: a word with
 * wildcard characters becomes the file-system paths it matches (relative to the current folder unless the word
 * starts with {@code /} or {@code ~}; each folder's names in order, hidden names left out, as Get-ChildItem lists
 * them), and {@code ~} or {@code ~/rest} becomes the home folder. A word that matches nothing stays as it is.
 */
final class NativeGlob {
    private NativeGlob() {
    }

    /** Adds {@code word} to {@code argv}, expanded as pwsh expands an unquoted word on Unix. */
    static void add(List<String> argv, String word, Path directory, String home) {
        if (Wildcard.containsWildcardCharacters(word)) {
            List<String> matches = matches(word, directory, home);
            if (matches.isEmpty()) {
                argv.add(word);
            } else {
                argv.addAll(matches);
            }
        } else if (word.equals("~")) {
            argv.add(home);
        } else if (word.startsWith("~/")) {
            argv.add(home + word.substring(1));
        } else {
            argv.add(word);
        }
    }

    private static List<String> matches(String word, Path directory, String home) {
        boolean relative = !word.startsWith("/") && !word.startsWith("~");
        String path = word.equals("~") || word.startsWith("~/") ? home + word.substring(1) : word;
        try {
            List<Path> found = List.of(path.startsWith("/") ? Path.of("/") : directory);
            for (String segment : path.split("/")) {
                if (!segment.isEmpty()) {
                    found = step(found, segment);
                }
            }
            List<String> result = new ArrayList<>(found.size());
            for (Path match : found) {
                if (Files.exists(match, LinkOption.NOFOLLOW_LINKS)) {
                    result.add((relative ? directory.relativize(match.normalize()) : match.normalize()).toString());
                }
            }
            return result;
        } catch (InvalidPathException notAPath) {
            return List.of();
        }
    }

    private static List<Path> step(List<Path> found, String segment) {
        List<Path> next = new ArrayList<>();
        if (!Wildcard.containsWildcardCharacters(segment)) {
            for (Path parent : found) {
                next.add(parent.resolve(segment));
            }
            return next;
        }
        Pattern pattern = Wildcard.compile(segment, true);
        for (Path parent : found) {
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(parent)) {
                for (Path child : stream) {
                    String name = child.getFileName().toString();
                    if (!name.startsWith(".") && pattern.matcher(name).matches()) {
                        children.add(child);
                    }
                }
            } catch (IOException | SecurityException unreadable) {
                continue;
            }
            children.sort((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.getFileName().toString(),
                    b.getFileName().toString()));
            next.addAll(children);
        }
        return next;
    }
}
