package dev.jpwsh.engine.provider.filesystem;

import dev.jpwsh.engine.provider.ChildQuery;
import dev.jpwsh.engine.provider.ContainerCmdletProvider.ChildSink;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.ProviderPath;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Get-ChildItem's walk of a folder, as pwsh orders it: a folder's subfolders then its files, each by name ignoring
 * case, then (with -Recurse) each subfolder's walk in turn. It streams: only the folders still to visit and one
 * folder's listing are held, so a walk of {@code /} takes bounded memory; it recurses on a heap stack, never the Java
 * one. A folder it cannot read is reported and skipped.
 */
final class TreeWalk {
    private static final Comparator<Path> BY_NAME = Comparator.comparing(
            p -> p.getFileName().toString(), String.CASE_INSENSITIVE_ORDER);

    private final ProviderContext context;
    private final ChildQuery query;
    private final ChildSink out;
    private final Predicate<String> names;
    private final Set<Path> visited = new HashSet<>();

    private TreeWalk(ProviderContext context, ChildQuery query, ChildSink out) {
        this.context = context;
        this.query = query;
        this.out = out;
        this.names = query.nameTest(true);
    }

    /** A folder still to list: where it is, its path relative to the walk's start, and how much deeper to go. */
    private record Pending(ProviderPath folder, String prefix, int depthLeft) {
    }

    static void walk(ProviderContext context, ProviderPath start, ChildQuery query, ChildSink out) {
        new TreeWalk(context, query, out).run(start);
    }

    private void run(ProviderPath start) {
        Deque<Pending> pending = new ArrayDeque<>();
        pending.push(new Pending(start, "", query.recurse() ? query.depth() : 0));
        while (!pending.isEmpty()) {
            Pending next = pending.pop();
            List<Path> folders = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            if (!list(next.folder(), folders, files)) {
                continue;
            }
            folders.sort(BY_NAME);
            files.sort(BY_NAME);
            folders.forEach(f -> emit(next, f, true));
            files.forEach(f -> emit(next, f, false));
            if (next.depthLeft() > 0) {
                for (int i = folders.size() - 1; i >= 0; i--) {
                    Path folder = folders.get(i);
                    if (entersFolder(folder)) {
                        pending.push(new Pending(next.folder().withPath(folder.toString()),
                                next.prefix() + folder.getFileName() + "/", next.depthLeft() - 1));
                    }
                }
            }
        }
    }

    private boolean list(ProviderPath folder, List<Path> folders, List<Path> files) {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(Path.of(folder.path()))) {
            for (Path child : children) {
                (Files.isDirectory(child) ? folders : files).add(child);
            }
            return true;
        } catch (IOException e) {
            context.errors().report(ProviderErrors.io(e, folder.path(), "Dir"));
            return false;
        } catch (DirectoryIteratorException e) {
            context.errors().report(ProviderErrors.io(e.getCause(), folder.path(), "Dir"));
            return false;
        }
    }

    private void emit(Pending parent, Path child, boolean folder) {
        String name = child.getFileName().toString();
        boolean hidden = name.startsWith(".");
        if (hidden && !query.force() && !query.hiddenOnly() || query.hiddenOnly() && !hidden
                || folder && query.filesOnly() || !folder && query.directoriesOnly() || !names.test(name)) {
            return;
        }
        ProviderPath location = parent.folder().withPath(child.toString());
        out.accept(parent.prefix() + name, folder ? new DirectoryItem(location) : new FileItem(location));
    }

    private boolean entersFolder(Path folder) {
        if (folder.getFileName().toString().startsWith(".") && !query.force()) {
            return false;
        }
        if (!Files.isSymbolicLink(folder)) {
            return true;
        }
        if (!query.followSymlink()) {
            return false;
        }
        try {
            return visited.add(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
