package dev.jpwsh.dotnet.io;

import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The static file and folder methods of System.IO that scripts use to make and remove files (UTF-8 text). */
public final class FileSystem {
    private FileSystem() {
    }

    /** System.IO.File. */
    @DotNetName("System.IO.File")
    public static final class IOFile {
        private IOFile() {
        }

        public static void WriteAllText(String path, String contents) throws IOException {
            Files.writeString(Path.of(path), contents == null ? "" : contents, StandardCharsets.UTF_8);
        }

        public static String ReadAllText(String path) throws IOException {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        }

        public static boolean Exists(String path) {
            return path != null && Files.isRegularFile(Path.of(path));
        }

        public static void Delete(String path) throws IOException {
            Files.deleteIfExists(Path.of(path));
        }
    }

    /** System.IO.Directory. */
    @DotNetName("System.IO.Directory")
    public static final class IODirectory {
        private IODirectory() {
        }

        /** Makes the folder and any missing parents; nothing happens when it exists. */
        public static DirectoryInfo CreateDirectory(String path) throws IOException {
            return new DirectoryInfo(Files.createDirectories(Path.of(path)).toAbsolutePath().toString());
        }

        public static boolean Exists(String path) {
            return path != null && Files.isDirectory(Path.of(path));
        }

        public static void Delete(String path) throws IOException {
            Files.delete(Path.of(path));
        }

        /** Deletes the folder, and with {@code recursive} everything in it. */
        public static void Delete(String path, boolean recursive) throws IOException {
            if (!recursive) {
                Delete(path);
                return;
            }
            List<Path> all;
            try (Stream<Path> tree = Files.walk(Path.of(path))) {
                all = tree.sorted(Comparator.reverseOrder()).toList();
            }
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }

    /** System.IO.DirectoryInfo, as CreateDirectory returns it: its full path and its name. */
    @DotNetName("System.IO.DirectoryInfo")
    public record DirectoryInfo(String fullName) {
        public String getFullName() {
            return fullName;
        }

        public String getName() {
            return Path.of(fullName).getFileName().toString();
        }

        @Override
        public String toString() {
            return fullName;
        }
    }
}
