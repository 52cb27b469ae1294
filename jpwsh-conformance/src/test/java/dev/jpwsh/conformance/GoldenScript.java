package dev.jpwsh.conformance;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One script of the corpus with what pwsh does with it: {@code name.ps1.expected} is its standard output,
 * {@code name.ps1.stderr} (optional, empty when absent) its standard error, and the header directives give the
 * exit code and the command-line arguments. In both expected files {@value #SCRIPT_PLACEHOLDER} stands for the
 * absolute path of the script, which pwsh prints in the position line of an error.
 */
record GoldenScript(String name, Path path, Directives directives, Outcome expected) {
    static final String SCRIPT_PLACEHOLDER = "@SCRIPT@";

    static GoldenScript load(Path path) {
        String text = Corpus.read(path);
        Directives directives = Directives.parse(text);
        String scriptPath = path.toAbsolutePath().toString();
        String stdout = Corpus.read(expectedFile(path)).replace(SCRIPT_PLACEHOLDER, scriptPath);
        Path stderrFile = stderrFile(path);
        String stderr = Files.isRegularFile(stderrFile)
                ? Corpus.read(stderrFile).replace(SCRIPT_PLACEHOLDER, scriptPath)
                : "";
        return new GoldenScript(Corpus.name(path), path, directives,
                Outcome.of(directives.exitCode(), stdout, stderr));
    }

    static Path expectedFile(Path script) {
        return script.resolveSibling(script.getFileName() + Corpus.EXPECTED_SUFFIX);
    }

    static Path stderrFile(Path script) {
        return script.resolveSibling(script.getFileName() + Corpus.STDERR_SUFFIX);
    }

    /** Whether {@code actual} is what pwsh does, under this script's directives. */
    boolean matches(Outcome actual) {
        if (directives.stderrNotCompared()) {
            return actual.exitCode() == expected.exitCode() && actual.stdout().equals(expected.stdout())
                    && !actual.stderr().isEmpty();
        }
        return actual.equals(expected);
    }
}
