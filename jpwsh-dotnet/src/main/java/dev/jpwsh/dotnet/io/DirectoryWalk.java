package dev.jpwsh.dotnet.io;

import dev.jpwsh.dotnet.ArgumentExceptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What Directory.GetFiles and its kin enumerate: the entries of a folder (and with AllDirectories of every folder
 * below it, a folder at a time, never following links) whose names match a .NET search pattern ({@code *} and
 * {@code ?}, case-sensitive as on Linux), in name order within each folder. Entries come as the path the caller
 * gave joined with the entry's relative path, as .NET returns them.
 */
public final class DirectoryWalk implements Iterable<Path> {
    /** Which entries a walk yields. */
    public enum Entries {
        FILES, DIRECTORIES, ALL
    }

    private final Path given;
    private final Path root;
    private final Pattern pattern;
    private final boolean recursive;
    private final Entries entries;

    /** Checks the arguments and the folder now, as .NET does before the first entry. */
    public DirectoryWalk(String path, String searchPattern, IOEnums.SearchOption option, Entries entries)
            throws IOException {
        this.root = ProcessPaths.resolve(path);
        ArgumentExceptions.notNull(searchPattern, "searchPattern");
        ArgumentExceptions.notNull(option, "searchOption");
        if (!Files.isDirectory(root)) {
            throw new IOExceptions.DirectoryNotFoundException(root.toString());
        }
        this.given = Path.of(path);
        this.pattern = compile(searchPattern);
        this.recursive = option == IOEnums.SearchOption.AllDirectories;
        this.entries = entries;
    }

    /** A .NET search pattern as a regular expression; {@code *.*} and {@code *} match every name. */
    static Pattern compile(String searchPattern) {
        if (searchPattern.equals("*.*")) {
            return Pattern.compile(".*", Pattern.DOTALL);
        }
        StringBuilder regex = new StringBuilder();
        for (char c : searchPattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** All entries, as an array-ready list. */
    public List<Path> toList() throws IOException {
        List<Path> all = new ArrayList<>();
        try {
            forEach(all::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return all;
    }

    /** The entries as paths of the file system rather than as given. */
    public Path absolute(Path entry) {
        return root.resolve(given.relativize(entry));
    }

    @Override
    public Iterator<Path> iterator() {
        return new Walker();
    }

    private final class Walker implements Iterator<Path> {
        private final Deque<Path> folders = new ArrayDeque<>(List.of(given));
        private final Deque<Path> ready = new ArrayDeque<>();

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && !folders.isEmpty()) {
                list(folders.removeFirst());
            }
            return !ready.isEmpty();
        }

        @Override
        public Path next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.removeFirst();
        }

        private void list(Path folder) {
            List<Path> children;
            Path real = absolute(folder);
            try (Stream<Path> listing = Files.list(real)) {
                children = listing.map(p -> folder.resolve(p.getFileName().toString())).sorted().toList();
            } catch (AccessDeniedException denied) {
                throw new IOExceptions.UnauthorizedAccessException(real.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Predicate<Path> wanted = switch (entries) {
                case FILES -> p -> !Files.isDirectory(absolute(p));
                case DIRECTORIES -> p -> Files.isDirectory(absolute(p));
                case ALL -> p -> true;
            };
            for (Path child : children) {
                if (wanted.test(child) && pattern.matcher(child.getFileName().toString()).matches()) {
                    ready.add(child);
                }
            }
            if (recursive) {
                for (Path child : children) {
                    if (Files.isDirectory(absolute(child), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        folders.add(child);
                    }
                }
            }
        }
    }
}
