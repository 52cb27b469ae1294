package dev.jpwsh.dotnet.io;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.ProcessEnvironment;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * System.IO.Path on Linux: text operations on paths ({@code /} the only separator, nothing normalized unless the
 * method says so), full paths against the process's current directory, and the temporary folder of
 * {@code $env:TMPDIR}.
 */
@DotNetName("System.IO.Path")
public final class IOPath {
    public static final char DirectorySeparatorChar = '/';
    public static final char AltDirectorySeparatorChar = '/';
    public static final char VolumeSeparatorChar = '/';
    public static final char PathSeparator = ':';

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NAME_LETTERS = "abcdefghijklmnopqrstuvwxyz012345";

    private IOPath() {
    }

    public static Character[] GetInvalidPathChars() {
        return new Character[] {'\0'};
    }

    public static Character[] GetInvalidFileNameChars() {
        return new Character[] {'\0', '/'};
    }

    /** Joins the parts with {@code /}; a rooted part starts over; empty parts are skipped. */
    public static String Combine(String path1, String path2) {
        return Combine(new String[] {path1, path2});
    }

    public static String Combine(String path1, String path2, String path3) {
        return Combine(new String[] {path1, path2, path3});
    }

    public static String Combine(String path1, String path2, String path3, String path4) {
        return Combine(new String[] {path1, path2, path3, path4});
    }

    public static String Combine(String... paths) {
        ArgumentExceptions.notNull(paths, "paths");
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < paths.length; i++) {
            String part = ArgumentExceptions.notNull(paths[i], paths.length <= 4 ? "path" + (i + 1) : "paths");
            if (part.isEmpty()) {
                continue;
            }
            if (part.startsWith("/")) {
                result.setLength(0);
            } else if (!result.isEmpty() && result.charAt(result.length() - 1) != '/') {
                result.append('/');
            }
            result.append(part);
        }
        return result.toString();
    }

    /** Joins the parts with {@code /} where neither side has one; unlike Combine, a rooted part does not restart. */
    public static String Join(String path1, String path2) {
        return Join(new String[] {path1, path2});
    }

    public static String Join(String path1, String path2, String path3) {
        return Join(new String[] {path1, path2, path3});
    }

    public static String Join(String path1, String path2, String path3, String path4) {
        return Join(new String[] {path1, path2, path3, path4});
    }

    public static String Join(String[] paths) {
        ArgumentExceptions.notNull(paths, "paths");
        StringBuilder result = new StringBuilder();
        for (String part : paths) {
            if (part == null || part.isEmpty()) {
                continue;
            }
            if (!result.isEmpty() && result.charAt(result.length() - 1) != '/' && !part.startsWith("/")) {
                result.append('/');
            }
            result.append(part);
        }
        return result.toString();
    }

    /** What follows the last {@code /}; null for null. */
    public static String GetFileName(String path) {
        return path == null ? null : path.substring(path.lastIndexOf('/') + 1);
    }

    public static String GetFileNameWithoutExtension(String path) {
        String name = GetFileName(path);
        if (name == null) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return dot >= 0 ? name.substring(0, dot) : name;
    }

    /** The file name's last dot and what follows it; empty when there is no dot or nothing follows it. */
    public static String GetExtension(String path) {
        String name = GetFileName(path);
        if (name == null) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return dot >= 0 && dot < name.length() - 1 ? name.substring(dot) : "";
    }

    public static boolean HasExtension(String path) {
        return path != null && !GetExtension(path).isEmpty();
    }

    /** The path with its extension replaced, added, or (for null) removed. */
    public static String ChangeExtension(String path, String extension) {
        if (path == null) {
            return null;
        }
        int dot = path.lastIndexOf('.');
        String stem = dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
        if (extension == null) {
            return stem;
        }
        return stem + (extension.startsWith(".") ? extension : "." + extension);
    }

    /** The folder part: null for null, the root or an empty path; empty for a bare name. */
    public static String GetDirectoryName(String path) {
        if (path == null || path.isEmpty() || path.chars().allMatch(c -> c == '/')) {
            return null;
        }
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return "";
        }
        String folder = path.substring(0, slash).replaceAll("/+$", "");
        return folder.isEmpty() ? "/" : folder.replaceAll("/{2,}", "/");
    }

    public static String GetPathRoot(String path) {
        return path == null ? null : IsPathRooted(path) ? "/" : "";
    }

    public static boolean IsPathRooted(String path) {
        return path != null && path.startsWith("/");
    }

    public static boolean IsPathFullyQualified(String path) {
        return IsPathRooted(ArgumentExceptions.notNull(path, "path"));
    }

    public static boolean EndsInDirectorySeparator(String path) {
        return path != null && path.endsWith("/");
    }

    public static String TrimEndingDirectorySeparator(String path) {
        return path != null && path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The absolute path, {@code .} and {@code ..} resolved, against the process's current directory. */
    public static String GetFullPath(String path) {
        String full = ProcessPaths.resolve(path).toString();
        return path.endsWith("/") && !full.equals("/") ? full + "/" : full;
    }

    public static String GetFullPath(String path, String basePath) {
        ArgumentExceptions.notNull(basePath, "basePath");
        if (!IsPathRooted(basePath)) {
            throw ArgumentExceptions.argument("Basepath argument is not fully qualified.", "basePath");
        }
        ProcessPaths.resolve(path);
        return GetFullPath(Combine(basePath, path));
    }

    /** {@code path} relative to the folder {@code relativeTo}, both made full first. */
    public static String GetRelativePath(String relativeTo, String path) {
        Path from = ProcessPaths.resolve(relativeTo, "relativeTo");
        Path to = ProcessPaths.resolve(path, "path");
        String relative = from.relativize(to).toString();
        return relative.isEmpty() ? "." : relative;
    }

    /** Whether a file or folder exists at the path. */
    public static boolean Exists(String path) {
        return ProcessPaths.isUsable(path) && Files.exists(ProcessPaths.resolve(path));
    }

    /** {@code $env:TMPDIR} with a final {@code /}, or {@code /tmp/}. */
    public static String GetTempPath() {
        String dir = ProcessEnvironment.get("TMPDIR");
        if (dir == null || dir.isEmpty()) {
            dir = "/tmp";
        }
        return dir.endsWith("/") ? dir : dir + "/";
    }

    /** Creates an empty file with a unique name in the temporary folder; its full path. */
    public static String GetTempFileName() throws IOException {
        Path folder = ProcessPaths.resolve(GetTempPath());
        for (int attempt = 0;; attempt++) {
            Path file = folder.resolve("tmp" + randomName(6).toUpperCase(java.util.Locale.ROOT) + ".tmp");
            try {
                return Files.createFile(file).toString();
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                if (attempt > 100) {
                    throw ProcessPaths.failure(taken, file);
                }
            } catch (IOException e) {
                throw ProcessPaths.failure(e, file);
            }
        }
    }

    /** Eight random letters or digits, a dot and three more, as .NET makes them. */
    public static String GetRandomFileName() {
        String letters = randomName(11);
        return letters.substring(0, 8) + "." + letters.substring(8);
    }

    private static String randomName(int length) {
        StringBuilder name = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            name.append(NAME_LETTERS.charAt(RANDOM.nextInt(NAME_LETTERS.length())));
        }
        return name.toString();
    }
}
