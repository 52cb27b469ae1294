package dev.jpwsh.language.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jpwsh.language.source.Position;
import dev.jpwsh.language.source.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every PowerShell code block of the specification documents ({@code shared/seeds/*.txt}, next to the
 * repository) parses without error. The blocks are listed in {@code src/test/resources/seed-blocks.txt},
 * whose header states how console transcripts are turned into code.
 */
class SeedBlocksParseTest {
    private static final String MANIFEST = "/seed-blocks.txt";
    /** Overrides where the seeds are, for a checkout that does not sit next to {@code shared/seeds}. */
    private static final String SEEDS_PROPERTY = "jpwsh.seeds";
    private static final Duration PARSE_TIMEOUT = Duration.ofSeconds(10);
    /** A console prompt such as {@code PS C:\Users\Dell> }; the command follows it. */
    private static final Pattern PROMPT = Pattern.compile("^PS [A-Za-z]:[^>]*> ?");
    private static final Pattern MARKDOWN_FENCE = Pattern.compile("^\\s*```+\\s*([\\w+-]*)\\s*$");
    private static final Set<String> POWERSHELL_FENCE_LANGUAGES = Set.of("powershell", "ps1", "ps", "pwsh", "posh");
    private static final Pattern BBCODE_OPEN = Pattern.compile("^\\s*\\[powershell]\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BBCODE_CLOSE = Pattern.compile("^\\s*\\[/powershell]\\s*$", Pattern.CASE_INSENSITIVE);

    /** A listed range of a seed: 1-based, inclusive line numbers. */
    record Block(String seed, int startLine, int endLine) {
        @Override
        public String toString() {
            return seed + ":" + startLine + "-" + endLine;
        }
    }

    /** Each listed code block, adapted by the manifest's rules, parses without error. */
    @TestFactory
    Stream<DynamicTest> eachSeedCodeBlockParses() {
        Path seeds = seedsDirectory();
        return manifest().stream().map(block -> DynamicTest.dynamicTest(block.toString(),
                seeds.resolve(block.seed()).toUri(), () -> checkBlock(seeds, block)));
    }

    /** Every fenced PowerShell block of every seed (``` fences or [powershell] tags) is listed, line for line. */
    @Test
    void manifestListsEveryFencedBlock() throws IOException {
        Path seeds = seedsDirectory();
        Set<Block> listed = new HashSet<>(manifest());
        List<Block> fenced = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                fenced.addAll(fencedBlocks(seed.getFileName().toString(), lines(seed)));
            }
        }
        assertThat(fenced).as("fenced PowerShell blocks found in %s", seeds).isNotEmpty();
        assertThat(listed).as("manifest %s", MANIFEST).containsAll(fenced);
    }

    /** Every listed range lies inside its seed, and no two ranges of a seed overlap. */
    @Test
    void manifestRangesAreValid() {
        Path seeds = seedsDirectory();
        List<Block> blocks = manifest();
        assertThat(blocks).isNotEmpty();
        for (Block block : blocks) {
            Path seed = seeds.resolve(block.seed());
            assertThat(seed).as("seed of %s", block).isRegularFile();
            assertThat(block.startLine()).as("start of %s", block).isBetween(1, block.endLine());
            assertThat(block.endLine()).as("end of %s", block).isLessThanOrEqualTo(lines(seed).size());
            for (Block other : blocks) {
                if (other != block && other.seed().equals(block.seed())) {
                    assertThat(other.endLine() < block.startLine() || other.startLine() > block.endLine())
                            .as("%s overlaps %s", block, other).isTrue();
                }
            }
        }
    }

    private static void checkBlock(Path seeds, Block block) {
        List<String> seedLines = lines(seeds.resolve(block.seed()));
        String code = adapt(seedLines.subList(block.startLine() - 1, block.endLine()));
        ParseResult result = assertTimeoutPreemptively(PARSE_TIMEOUT,
                () -> Parser.parse(new SourceText(block.toString(), code)),
                () -> "parsing " + block + " took longer than " + PARSE_TIMEOUT);
        List<String> errors = result.errors().stream().map(error -> {
            Position at = error.extent().startPosition();
            return block.seed() + " line " + (block.startLine() + at.line() - 1) + ", column " + at.column()
                    + ": " + error.errorId() + ": " + error.message();
        }).toList();
        assertThat(errors).as("parse errors in %s, parsed as:%n%s", block, numbered(code, block.startLine())).isEmpty();
    }

    /**
     * Turns a listed range into the code to parse. A range with no prompt line is code as it stands. In a console
     * transcript, a prompt line keeps the command after the prompt (the prompt becomes spaces, so columns do not
     * move); the lines after it are output, dropped until the next prompt line, or until a comment line that
     * follows a blank line, where the author's own code resumes. Dropped lines become empty lines, so line
     * numbers stay those of the seed.
     */
    static String adapt(List<String> lines) {
        boolean transcript = lines.stream().anyMatch(line -> PROMPT.matcher(line).lookingAt());
        StringBuilder code = new StringBuilder();
        boolean inOutput = false;
        boolean previousBlank = false;
        for (String line : lines) {
            Matcher prompt = PROMPT.matcher(line);
            if (transcript && prompt.lookingAt()) {
                code.append(" ".repeat(prompt.end())).append(line.substring(prompt.end()));
                inOutput = true;
            } else if (inOutput && !(previousBlank && line.strip().startsWith("#"))) {
                // output of the last command: dropped
            } else {
                inOutput = false;
                code.append(line);
            }
            code.append('\n');
            previousBlank = line.isBlank();
        }
        return code.toString();
    }

    /** The fenced PowerShell blocks of one seed, as the ranges of their code lines (fences excluded). */
    static List<Block> fencedBlocks(String seed, List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        int open = -1;
        boolean powershell = false;
        boolean bbcode = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (open < 0) {
                Matcher fence = MARKDOWN_FENCE.matcher(line);
                if (fence.matches()) {
                    open = number;
                    bbcode = false;
                    powershell = POWERSHELL_FENCE_LANGUAGES.contains(fence.group(1).toLowerCase(Locale.ROOT));
                } else if (BBCODE_OPEN.matcher(line).matches()) {
                    open = number;
                    bbcode = true;
                    powershell = true;
                }
            } else if (bbcode ? BBCODE_CLOSE.matcher(line).matches() : line.strip().matches("```+")) {
                if (powershell && number - 1 >= open + 1) {
                    blocks.add(new Block(seed, open + 1, number - 1));
                }
                open = -1;
            }
        }
        assertThat(open).as("unclosed fence opened at %s line %d", seed, open).isNegative();
        return blocks;
    }

    static List<Block> manifest() {
        try (InputStream in = SeedBlocksParseTest.class.getResourceAsStream(MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException(MANIFEST + " is not on the test class path");
            }
            List<Block> blocks = new ArrayList<>();
            for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\s+");
                if (fields.length != 3) {
                    throw new IllegalStateException("malformed manifest line: " + raw);
                }
                blocks.add(new Block(fields[0], Integer.parseInt(fields[1]), Integer.parseInt(fields[2])));
            }
            return blocks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The seeds directory: the {@value #SEEDS_PROPERTY} system property if set, otherwise the first
     * {@code shared/seeds} found walking up from the working directory (CI checks the repository out next to
     * {@code shared}, so the module directory's grandparent holds it).
     */
    static Path seedsDirectory() {
        String override = System.getProperty(SEEDS_PROPERTY);
        if (override != null && !override.isBlank()) {
            Path dir = Path.of(override).toAbsolutePath();
            assertThat(dir).as("-D%s", SEEDS_PROPERTY).isDirectory();
            return dir;
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seeds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("no shared/seeds directory found walking up from " + start
                + "; the specification documents are expected at ../shared/seeds relative to the repository root"
                + " (or set -D" + SEEDS_PROPERTY + "=<dir>)");
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).lines().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String numbered(String code, int firstLine) {
        StringBuilder out = new StringBuilder();
        List<String> lines = code.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            out.append(String.format("%4d| %s%n", firstLine + i, lines.get(i)));
        }
        return out.toString();
    }
}
