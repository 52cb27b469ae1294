package dev.jpwsh.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The golden corpus as it sits on the test class path ({@code golden/}, copied there unchanged from
 * {@code src/test/resources}). Scripts are named by their path below {@code golden/} with {@code /} separators,
 * e.g. {@code values/int-cast-rounds-half-to-even.ps1}; files whose name starts with {@code _} are helpers that
 * other scripts call, not scripts of the corpus.
 */
public final class Corpus {
    static final String SCRIPT_SUFFIX = ".ps1";
    static final String EXPECTED_SUFFIX = ".expected";
    static final String STDERR_SUFFIX = ".stderr";
    static final String KNOWN_FAILURES = "known-failures.txt";
    private static final String HELPER_PREFIX = "_";

    private Corpus() {
    }

    public static Path root() {
        URL readme = Corpus.class.getResource("/golden/README.md");
        if (readme == null) {
            throw new IllegalStateException("golden/README.md is not on the test class path");
        }
        try {
            return Path.of(readme.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file below the root, sorted by name. */
    static List<Path> files() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scripts of the corpus (helpers left out), sorted by name. */
    public static List<Path> scripts() {
        return files().stream().filter(Corpus::isScript).toList();
    }

    static boolean isScript(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.endsWith(SCRIPT_SUFFIX) && !fileName.startsWith(HELPER_PREFIX);
    }

    /** A file's name relative to the root, with {@code /} whatever the platform. */
    public static String name(Path file) {
        return root().relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /** The names listed in {@value #KNOWN_FAILURES}: one per line, text after {@code #} ignored. */
    static Set<String> knownFailures() {
        return read(root().resolve(KNOWN_FAILURES)).lines()
                .map(line -> line.contains("#") ? line.substring(0, line.indexOf('#')) : line)
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
