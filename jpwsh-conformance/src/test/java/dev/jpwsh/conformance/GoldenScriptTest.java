package dev.jpwsh.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The golden corpus ({@code src/test/resources/golden}, described in its {@code README.md}): every script must exit
 * with the code, and print exactly the standard output and standard error, that pwsh 7.4 does. Scripts listed in
 * {@code known-failures.txt} are expected to fail, so one that starts passing fails until it is taken off the list.
 *
 * <p>Two system properties change what runs: {@code -Djpwsh.golden.only=TEXT} keeps the scripts whose name contains
 * TEXT (for example {@code values/}), and {@code -Djpwsh.golden.listFailures=true} runs every script whatever the
 * list says, passes the build, and writes the names of the failing ones as a new {@code known-failures.txt} to
 * {@code target/known-failures.txt}.
 */
class GoldenScriptTest {
    /** How long a script that ran out of time may take to stop and close its session. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(40);
    /** The size the corpus promises; raise it when scripts are added, never lower it. */
    private static final int MIN_SCRIPTS = 250;
    private static final boolean LIST_FAILURES = Boolean.getBoolean("jpwsh.golden.listFailures");
    private static final String ONLY = System.getProperty("jpwsh.golden.only", "");
    private static final Set<String> OTHER_FILES = Set.of("README.md", Corpus.KNOWN_FAILURES, ".gitattributes");
    private static final String KNOWN_FAILURES_HEADER = """
            # Golden scripts that jpwsh does not run as pwsh does yet: one path below golden/ per line.
            # GoldenScriptTest expects every script listed here to FAIL; when one starts passing, remove it.
            # Text after '#' is a comment. To regenerate this list, see "Known failures" in README.md.
            """;

    /** Failing scripts seen in list mode; JUnit may run dynamic tests on several threads. */
    private static final Set<String> FAILING = new ConcurrentSkipListSet<>();

    /** What one attempt gave: an outcome, or the failure (a timeout, an exception) that stopped the run. */
    private record Attempt(Outcome outcome, Throwable failure) {
    }

    /** Each script does what pwsh 7.4 does with it, unless it is a known failure. */
    @TestFactory
    Stream<DynamicTest> eachScriptDoesWhatPwshDoes() {
        if (LIST_FAILURES && !ONLY.isEmpty()) {
            throw new IllegalStateException("jpwsh.golden.listFailures lists the whole corpus: "
                    + "do not combine it with jpwsh.golden.only");
        }
        Set<String> knownFailures = Corpus.knownFailures();
        return Corpus.scripts().stream()
                .filter(script -> Corpus.name(script).contains(ONLY))
                .map(script -> DynamicTest.dynamicTest(Corpus.name(script), script.toUri(),
                        () -> check(GoldenScript.load(script), knownFailures.contains(Corpus.name(script)))));
    }

    /** Every script has a {@code .expected} file; every {@code .expected} and {@code .stderr} file has a script. */
    @Test
    void scriptsAndExpectedFilesComeInPairs() {
        for (Path script : Corpus.scripts()) {
            assertThat(GoldenScript.expectedFile(script)).as("expected output of %s", Corpus.name(script))
                    .isRegularFile();
        }
        for (Path file : Corpus.files()) {
            String fileName = file.getFileName().toString();
            for (String suffix : List.of(Corpus.EXPECTED_SUFFIX, Corpus.STDERR_SUFFIX)) {
                if (fileName.endsWith(suffix)) {
                    Path script = file.resolveSibling(fileName.substring(0, fileName.length() - suffix.length()));
                    assertThat(Corpus.isScript(script) && Files.isRegularFile(script))
                            .as("%s belongs to no script of the corpus", Corpus.name(file)).isTrue();
                }
            }
        }
    }

    /**
     * Nothing else lies in the corpus: scripts, helpers (script helpers, and helper modules {@code _name.psm1} for
     * {@code using module}), their expected files, and the three files at the top.
     */
    @Test
    void everyFileIsPartOfTheCorpus() {
        for (Path file : Corpus.files()) {
            String name = Corpus.name(file);
            boolean known = name.endsWith(Corpus.SCRIPT_SUFFIX)
                    || name.endsWith(Corpus.SCRIPT_SUFFIX + Corpus.EXPECTED_SUFFIX)
                    || name.endsWith(Corpus.SCRIPT_SUFFIX + Corpus.STDERR_SUFFIX)
                    || name.contains("/_") && name.endsWith(".psm1")
                    || OTHER_FILES.contains(name);
            assertThat(known).as("%s is not a script, helper, expected file or corpus file", name).isTrue();
        }
    }

    /** Scripts and helpers live one level down, in the folder of their area ({@code values/x.ps1}). */
    @Test
    void scriptsLiveInAreaFolders() {
        for (Path file : Corpus.files()) {
            String name = Corpus.name(file);
            if (name.endsWith(Corpus.SCRIPT_SUFFIX)) {
                assertThat(name.chars().filter(c -> c == '/').count()).as("folder depth of %s", name).isEqualTo(1);
            }
        }
    }

    /** Each script opens with a comment line that states the one property it checks. */
    @Test
    void everyScriptStatesItsProperty() {
        for (Path script : Corpus.scripts()) {
            String firstLine = Corpus.read(script).lines().findFirst().orElse("");
            assertThat(firstLine).as("first line of %s", Corpus.name(script)).startsWith("# ").hasSizeGreaterThan(10);
        }
    }

    /** Every header directive has a known key and a valid value. */
    @Test
    void directivesAreWellFormed() {
        for (Path script : Corpus.scripts()) {
            assertThatCode(() -> Directives.parse(Corpus.read(script))).as("directives of %s", Corpus.name(script))
                    .doesNotThrowAnyException();
        }
    }

    /** Every name in the known-failures list is a script of the corpus. */
    @Test
    void knownFailuresNameScriptsOfTheCorpus() {
        Set<String> names = Corpus.scripts().stream().map(Corpus::name).collect(Collectors.toSet());
        assertThat(Corpus.knownFailures()).as("entries of %s", Corpus.KNOWN_FAILURES)
                .allSatisfy(name -> assertThat(names).contains(name));
    }

    /** The corpus holds at least {@value #MIN_SCRIPTS} scripts. */
    @Test
    void corpusIsLargeEnough() {
        assertThat(Corpus.scripts()).hasSizeGreaterThanOrEqualTo(MIN_SCRIPTS);
    }

    /** In list mode, writes the failing scripts as a complete known-failures file. */
    @AfterAll
    static void writeFailureList() throws IOException {
        if (!LIST_FAILURES) {
            return;
        }
        String list = KNOWN_FAILURES_HEADER + "\n" + FAILING.stream().map(name -> name + "\n").collect(Collectors.joining());
        Path target = Corpus.root().getParent().getParent().resolve(Corpus.KNOWN_FAILURES);
        Files.writeString(target, list, StandardCharsets.UTF_8);
        System.out.println(FAILING.size() + " failing golden scripts; list written to " + target);
    }

    private static void check(GoldenScript script, boolean knownFailure) throws Throwable {
        Attempt attempt = attempt(script);
        boolean passed = attempt.failure() == null && script.matches(attempt.outcome());
        if (LIST_FAILURES) {
            if (!passed) {
                FAILING.add(script.name());
                throw new TestAbortedException(script.name() + " fails (list mode)");
            }
            return;
        }
        if (knownFailure) {
            if (passed) {
                fail("%s is listed in %s but now does what pwsh does: remove it from the list", script.name(),
                        Corpus.KNOWN_FAILURES);
            }
            return;
        }
        if (attempt.failure() != null) {
            throw attempt.failure();
        }
        boolean withStderr = !script.directives().stderrNotCompared();
        if (!withStderr && attempt.outcome().stderr().isEmpty()) {
            fail("%s must write to standard error ('#! stderr: nonempty') but wrote nothing there", script.name());
        }
        assertThat(attempt.outcome().render(withStderr))
                .as("%s (expected = pwsh 7.4, actual = jpwsh)%n%s", script.name(), numbered(Corpus.read(script.path())))
                .isEqualTo(script.expected().render(withStderr));
    }

    /**
     * Runs the script on a thread of its own for at most its {@code #! timeout:} (a script that loops must fail its
     * case, not hang the build). A script still running then is interrupted,
     * which stops it as Ctrl+C does, and this waits (up to {@link #STOP_GRACE}) until its session has closed: a
     * session left running would dispose, as the process's primary one, the runspaces of the scripts after it.
     */
    private static Attempt attempt(GoldenScript script) {
        FutureTask<Outcome> run = new FutureTask<>(() -> ConsoleRunner.run(script));
        Thread runner = Thread.ofPlatform().name("golden " + script.name()).start(run);
        int timeout = script.directives().timeoutSeconds();
        try {
            return new Attempt(run.get(timeout, TimeUnit.SECONDS), null);
        } catch (TimeoutException slow) {
            runner.interrupt();
            try {
                runner.join(STOP_GRACE.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return new Attempt(null, new AssertionFailedError(script.name() + " ran longer than " + timeout
                    + " seconds"));
        } catch (ExecutionException failed) {
            return new Attempt(null, failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Attempt(null, interrupted);
        }
    }

    private static String numbered(String text) {
        List<String> lines = text.lines().toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(String.format("%3d| %s%n", i + 1, lines.get(i)));
        }
        return out.toString();
    }
}
