package dev.jpwsh.language.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jpwsh.language.source.Position;
import dev.jpwsh.language.source.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The negative parse corpus ({@code src/test/resources/parse-errors}, format in its {@code README.md}): every
 * {@code name.ps1} must produce exactly the {@code line:column: ErrorId} lines of {@code name.ps1.expected},
 * which are what pwsh 7.4 reports. Cases listed in {@code known-failures.txt} are expected to fail, so a fixed
 * case shows up as a failure until it is taken off the list.
 */
class ParseErrorCorpusTest {
    /** The coverage the corpus promises; raise it when ids are added, never lower it. */
    private static final int MIN_DISTINCT_ERROR_IDS = 60;
    /** A parser that loops on bad input must fail its case, not hang the build. */
    private static final Duration PARSE_TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern EXPECTED_LINE = Pattern.compile("(\\d+):(\\d+): ([A-Za-z]+)");
    private static final String KNOWN_FAILURES = "known-failures.txt";

    /** Each script reports the errors pwsh reports, at the same positions, unless it is a known failure. */
    @TestFactory
    Stream<DynamicTest> eachScriptReportsTheErrorsPwshReports() {
        Set<String> knownFailures = knownFailures();
        return scripts().stream()
                .map(script -> DynamicTest.dynamicTest(fileName(script), script.toUri(),
                        () -> checkCase(script, knownFailures.contains(fileName(script)))));
    }

    /** The corpus covers at least {@value #MIN_DISTINCT_ERROR_IDS} distinct error ids, counted from the expected files. */
    @Test
    void corpusCoversEnoughDistinctErrorIds() {
        Set<String> ids = new TreeSet<>();
        for (Path script : scripts()) {
            for (String line : expectedLines(script)) {
                Matcher matcher = EXPECTED_LINE.matcher(line);
                if (matcher.matches()) {
                    ids.add(matcher.group(3));
                }
            }
        }
        assertThat(ids).as("distinct error ids in the corpus: %s", ids).hasSizeGreaterThanOrEqualTo(MIN_DISTINCT_ERROR_IDS);
    }

    /** Every expected file is non-empty, well formed and in source order (line, column, then id). */
    @Test
    void expectedFilesAreWellFormedAndInSourceOrder() {
        for (Path script : scripts()) {
            List<String> lines = expectedLines(script);
            assertThat(lines).as("%s.expected lists no error", fileName(script)).isNotEmpty();
            for (String line : lines) {
                assertThat(line).as("line of %s.expected", fileName(script)).matches(EXPECTED_LINE);
            }
            List<String> sorted = lines.stream().map(ParseErrorCorpusTest::parseExpectedLine)
                    .sorted(ErrorLine.ORDER).map(ErrorLine::render).toList();
            assertThat(lines).as("%s.expected must be in source order", fileName(script)).isEqualTo(sorted);
        }
    }

    /** Every script has an expected file and every expected file has a script. */
    @Test
    void scriptsAndExpectedFilesComeInPairs() throws IOException {
        Path dir = corpusDirectory();
        for (Path script : scripts()) {
            assertThat(dir.resolve(fileName(script) + ".expected")).as("expected file of %s", fileName(script)).isRegularFile();
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path expected : files.filter(p -> fileName(p).endsWith(".ps1.expected")).toList()) {
                String scriptName = fileName(expected).substring(0, fileName(expected).length() - ".expected".length());
                assertThat(dir.resolve(scriptName)).as("script of %s", fileName(expected)).isRegularFile();
            }
        }
    }

    /** Every name in known-failures.txt is a script of the corpus. */
    @Test
    void knownFailuresNameExistingScripts() {
        Set<String> names = scripts().stream().map(ParseErrorCorpusTest::fileName).collect(Collectors.toSet());
        assertThat(knownFailures()).as("entries of %s", KNOWN_FAILURES).allSatisfy(name -> assertThat(names).contains(name));
    }

    private static void checkCase(Path script, boolean knownFailure) {
        String name = fileName(script);
        String text = read(script);
        String expected = String.join("\n", expectedLines(script));
        String actual;
        try {
            actual = assertTimeoutPreemptively(PARSE_TIMEOUT, () -> render(Parser.parse(new SourceText(name, text))),
                    () -> "parsing " + name + " took longer than " + PARSE_TIMEOUT);
        } catch (Throwable failure) {
            if (knownFailure) {
                return;
            }
            throw failure;
        }
        if (knownFailure) {
            if (actual.equals(expected)) {
                fail("%s is listed in %s but now reports exactly the expected errors: remove it from the list",
                        name, KNOWN_FAILURES);
            }
            return;
        }
        assertThat(actual).as("parse errors of %s (expected = pwsh 7.4, actual = jpwsh)%n%s", name, numbered(text))
                .isEqualTo(expected);
    }

    /** Our errors as expected-file lines, in the corpus order. */
    private static String render(ParseResult result) {
        return result.errors().stream()
                .map(error -> {
                    Position start = error.extent().startPosition();
                    return new ErrorLine(start.line(), start.column(), error.errorId());
                })
                .sorted(ErrorLine.ORDER)
                .map(ErrorLine::render)
                .collect(Collectors.joining("\n"));
    }

    private record ErrorLine(int line, int column, String errorId) {
        static final Comparator<ErrorLine> ORDER = Comparator.comparingInt(ErrorLine::line)
                .thenComparingInt(ErrorLine::column)
                .thenComparing(ErrorLine::errorId);

        String render() {
            return line + ":" + column + ": " + errorId;
        }
    }

    private static ErrorLine parseExpectedLine(String line) {
        Matcher matcher = EXPECTED_LINE.matcher(line);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("malformed expected line: " + line);
        }
        return new ErrorLine(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), matcher.group(3));
    }

    private static String numbered(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i == lines.length - 1 && lines[i].isEmpty()) {
                break;
            }
            out.append(String.format("%3d| %s%n", i + 1, lines[i]));
        }
        return out.toString();
    }

    private static Path corpusDirectory() {
        URL readme = ParseErrorCorpusTest.class.getResource("/parse-errors/README.md");
        if (readme == null) {
            throw new IllegalStateException("parse-errors/README.md is not on the test class path");
        }
        try {
            return Path.of(readme.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> scripts() {
        try (Stream<Path> files = Files.list(corpusDirectory())) {
            return files.filter(p -> fileName(p).endsWith(".ps1")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> expectedLines(Path script) {
        List<String> lines = new ArrayList<>(read(script.resolveSibling(fileName(script) + ".expected")).lines().toList());
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        return lines;
    }

    private static Set<String> knownFailures() {
        return read(corpusDirectory().resolve(KNOWN_FAILURES)).lines()
                .map(line -> line.contains("#") ? line.substring(0, line.indexOf('#')) : line)
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(Path path) {
        return path.getFileName().toString();
    }
}
