package dev.jpwsh.conformance.fuzz;

import dev.jpwsh.conformance.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Inputs the fuzzer once failed on ({@code src/test/resources/fuzz/regressions/*.ps1}), run before any new input,
 * and {@code fuzz/known-failures.txt}: the regressions whose failure belongs to work not done yet, one per line as
 * {@code name.ps1 KIND # owner: what fails}. A listed input must still fail with that kind (so that the line is
 * removed once fixed); a mutant whose text is a listed input's is tolerated in the same way.
 */
final class Regressions {
    /** A kept input and the failure kind it is known for, or null when it must pass. */
    record Regression(String name, String text, Finding.Kind knownKind) {
    }

    private final Path directory;
    private final Map<String, Regression> byText = new LinkedHashMap<>();

    Regressions() {
        URL known = Regressions.class.getResource("/fuzz/known-failures.txt");
        if (known == null) {
            throw new IllegalStateException("fuzz/known-failures.txt is not on the test class path");
        }
        try {
            directory = Path.of(known.toURI()).resolveSibling("regressions");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Finding.Kind> knownKinds = new LinkedHashMap<>();
        Corpus.read(directory.resolveSibling("known-failures.txt")).lines()
                .map(line -> line.contains("#") ? line.substring(0, line.indexOf('#')) : line)
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .forEach(line -> {
                    String[] fields = line.split("\\s+");
                    knownKinds.put(fields[0], Finding.Kind.valueOf(fields[1]));
                });
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ps1")).sorted().toList()) {
                String name = file.getFileName().toString();
                String text = Corpus.read(file);
                byText.put(text, new Regression(name, text, knownKinds.remove(name)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!knownKinds.isEmpty()) {
            throw new IllegalStateException("known-failures.txt lists missing regressions " + knownKinds.keySet());
        }
    }

    List<Regression> all() {
        return List.copyOf(byText.values());
    }

    /** The known failure kind of an input with exactly this text, or null. */
    Finding.Kind knownKind(String text) {
        Regression regression = byText.get(text);
        return regression == null ? null : regression.knownKind();
    }

    /** Writes a failing input where the failure message points, for copying into the regressions folder. */
    static Path save(String name, String text) {
        Path target = Path.of("target", "fuzz-failures", name);
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target.toAbsolutePath();
    }
}
