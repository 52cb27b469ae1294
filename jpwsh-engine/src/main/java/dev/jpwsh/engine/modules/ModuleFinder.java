package dev.jpwsh.engine.modules;

import dev.jpwsh.dotnet.Version;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a module's file as Import-Module does. A path (with a directory separator, or ending in a module
 * extension) names a file, or a module folder {@code <dir>/<Name>}; a name is looked up in each folder of
 * {@code $env:PSModulePath} in order. In a module folder, the highest version subfolder holding
 * {@code <Name>.psd1} wins, then {@code <Name>.psd1}, then {@code <Name>.psm1}. Folder names match in any case.
 */
final class ModuleFinder {
    private static final List<String> MODULE_EXTENSIONS = List.of(".psd1", ".psm1");
    private static final List<String> FILE_EXTENSIONS = List.of(".psd1", ".psm1", ".ps1");
    private static final Pattern VERSION = Pattern.compile("\\d{1,9}(\\.\\d{1,9}){1,3}");

    private ModuleFinder() {
    }

    /** The module file {@code name} stands for, or null when there is none. */
    static Path find(String name, String modulePath) {
        return find(name, modulePath, version -> true);
    }

    /** {@link #find(String, String)} taking only the version folders whose version {@code wanted} accepts. */
    static Path find(String name, String modulePath, Predicate<Version> wanted) {
        if (isPath(name)) {
            return inPath(Path.of(name).toAbsolutePath().normalize(), wanted);
        }
        if (modulePath == null) {
            return null;
        }
        for (String dir : modulePath.split(File.pathSeparator)) {
            Path folder = dir.isEmpty() ? null : child(Path.of(dir), name);
            Path file = folder == null ? null : inModuleFolder(folder, wanted);
            if (file != null) {
                return file;
            }
        }
        return null;
    }

    /**
     * The module files in the folders of {@code modulePath}: for each module folder, the file of each version folder
     * and the unversioned one, in folder order, then name order.
     */
    static List<Path> available(String modulePath) {
        List<Path> found = new java.util.ArrayList<>();
        for (String dir : modulePath == null ? new String[0] : modulePath.split(File.pathSeparator)) {
            if (dir.isEmpty() || !Files.isDirectory(Path.of(dir))) {
                continue;
            }
            try (Stream<Path> folders = Files.list(Path.of(dir))) {
                for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                    String leaf = folder.getFileName().toString();
                    versionFolders(folder).stream().map(v -> v.resolve(leaf + ".psd1")).filter(Files::isRegularFile)
                            .forEach(found::add);
                    Path unversioned = withExtension(folder, leaf);
                    if (unversioned != null) {
                        found.add(unversioned);
                    }
                }
            } catch (IOException e) {
                // an unreadable folder lists nothing, as pwsh skips it
            }
        }
        return found;
    }

    private static boolean isPath(String name) {
        return name.contains("/") || name.contains("\\") || extensionOf(name) != null;
    }

    private static Path inPath(Path path, Predicate<Version> wanted) {
        if (Files.isDirectory(path)) {
            return inModuleFolder(path, wanted);
        }
        if (Files.isRegularFile(path)) {
            return extensionOf(path.getFileName().toString()) != null ? path : null;
        }
        return withExtension(path.getParent(), path.getFileName().toString());
    }

    /** {@code <folder>/<version>/<Name>.psd1} for the highest version, else {@code <folder>/<Name>.psd1|psm1}. */
    private static Path inModuleFolder(Path folder, Predicate<Version> wanted) {
        String leaf = folder.getFileName().toString();
        for (Path versioned : versionFolders(folder)) {
            if (!wanted.test(versionOf(versioned))) {
                continue;
            }
            Path manifest = versioned.resolve(leaf + ".psd1");
            if (Files.isRegularFile(manifest)) {
                return manifest;
            }
        }
        return withExtension(folder, leaf);
    }

    private static Path withExtension(Path folder, String baseName) {
        for (String extension : MODULE_EXTENSIONS) {
            Path file = folder.resolve(baseName + extension);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }

    /** The subfolders named like a version, highest first. */
    private static List<Path> versionFolders(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(p -> versionOf(p) != null).filter(Files::isDirectory)
                    .sorted(Comparator.comparing(ModuleFinder::versionOf).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The version a folder's name is ({@code 2.1.0}), or null for any other name. */
    private static Version versionOf(Path folder) {
        String name = folder.getFileName().toString();
        return VERSION.matcher(name).matches() ? Version.Parse(name) : null;
    }

    /** {@code <dir>/<name>}, matching the folder's name in any case; null when there is none. */
    private static Path child(Path dir, String name) {
        Path exact = dir.resolve(name);
        if (Files.isDirectory(exact)) {
            return exact;
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).filter(Files::isDirectory)
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** A module file's extension (.psd1, .psm1, .ps1) in lower case, or null for any other name. */
    static String extensionOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return FILE_EXTENSIONS.stream().filter(lower::endsWith).findFirst().orElse(null);
    }
}
