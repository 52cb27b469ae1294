package dev.jpwsh.conformance.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.conformance.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the parser, the compiler and the runtime with mutants of the golden corpus and with generated long and deep
 * inputs, asserting that jpwsh never lets a Java exception escape (StackOverflowError included), never shows a Java
 * class name or stack trace, never ignores Stop when an input runs into its time limit, and parses in time linear in
 * the input (see {@link InputCheck} and {@link ScriptSandbox} for how each is checked, and what is not run).
 *
 * <p>A plain seeded generator rather than jqwik: the budget is a count of inputs per seed, each input costs a
 * runspace and may run into its time limit, and shrinking (jqwik's main gift) would re-run such slow inputs dozens of
 * times and break the budget; token-level shrinking also means little for mutants of whole scripts, which are kept
 * as they are as regression files instead. One {@link Random} from one seed makes every input, so
 * {@code -Djpwsh.fuzz.seed=N} reproduces a run exactly and {@code -Djpwsh.fuzz.count=N} changes its size (the default
 * takes about a minute on a 2-core machine); no dependency is added.
 *
 * <p>The inputs in {@code fuzz/regressions} run first, every time; {@code fuzz/known-failures.txt} lists those whose
 * failure another part of issue 8 fixes (see {@link Regressions}). A new failure fails the test with its seed, its
 * index and the path where its input was written, for adding to the regressions.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class FuzzTest {
    private static final long SEED = Long.getLong("jpwsh.fuzz.seed", 20_261_203L);
    private static final int COUNT = Integer.getInteger("jpwsh.fuzz.count", 4_000);
    /**
     * Doubling an input three times may multiply its parse time by at most this: 8 to 20 when linear (the larger tree
     * outgrows the caches), 64 when quadratic.
     */
    private static final int SCALING_FACTOR = 32;

    private static final ScriptSandbox SANDBOX = new ScriptSandbox();
    private static final Regressions REGRESSIONS = new Regressions();
    private static List<String> seeds;
    private static InputCheck inputs;

    @BeforeAll
    static void measureTheCorpus() {
        seeds = Corpus.scripts().stream().map(Corpus::read).toList();
        seeds.forEach(InputCheck.TimedParse::of);
        long nanos = 0;
        long characters = 0;
        for (String seed : seeds) {
            nanos += InputCheck.TimedParse.of(seed).cpuNanos();
            characters += seed.length();
        }
        double nanosPerChar = (double) nanos / characters;
        inputs = new InputCheck(SANDBOX, nanosPerChar);
    }

    /** Every kept regression input passes, or fails exactly as its known-failures line says. */
    @Test
    @Order(1)
    void regressions() {
        List<String> problems = new ArrayList<>();
        for (Regressions.Regression regression : REGRESSIONS.all()) {
            List<Finding> findings = inputs.check(regression.text(), true);
            problems.addAll(unexpected(regression.name(), findings, regression.knownKind()));
        }
        assertThat(problems).as("regression inputs (src/test/resources/fuzz)").isEmpty();
    }

    /**
     * Each generated family parses in time that grows linearly: eight times the input, well under 64 times the time.
     * A broad guard over every family at small sizes; ParserLimitsTest checks the formerly quadratic ones at sizes
     * where a square shows plainly.
     */
    @Test
    @Order(2)
    void parseTimeIsLinear() {
        List<String> slow = new ArrayList<>();
        for (LongInputs.Family family : LongInputs.FAMILIES) {
            bestParse(family.input().apply(1_000));
            long small = Math.max(bestParse(family.input().apply(1_000)), TimeUnit.MILLISECONDS.toNanos(1));
            long large = bestParse(family.input().apply(8_000));
            if (large > SCALING_FACTOR * small) {
                slow.add(String.format("%s: %.1f ms for 1,000 units, %.1f ms for 8,000", family.name(), small / 1e6,
                        large / 1e6));
            }
        }
        assertThat(slow).as("families whose parse time grows faster than linearly").isEmpty();
    }

    /** Seeded mutants of the corpus and generated inputs of random sizes, {@value #COUNT} by default. */
    @Test
    @Order(3)
    void mutantsAndGeneratedInputs() {
        Random random = new Random(SEED);
        Mutator mutator = new Mutator(random);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String text;
            boolean mayRun;
            if (random.nextInt(10) == 0) {
                LongInputs.Family family = LongInputs.FAMILIES.get(random.nextInt(LongInputs.FAMILIES.size()));
                text = family.input().apply(1 + random.nextInt(2_000));
                mayRun = false;
            } else {
                Mutator.Mutant mutant = mutator.mutate(seeds.get(random.nextInt(seeds.size())));
                text = mutant.text();
                mayRun = !mutant.hasHugeLiteral();
            }
            List<Finding> findings = inputs.check(text, mayRun);
            List<String> found = unexpected("seed " + SEED + " input " + i, findings, REGRESSIONS.knownKind(text));
            if (!found.isEmpty()) {
                Path saved = Regressions.save("seed-" + SEED + "-input-" + i + ".ps1", text);
                found.forEach(problem -> problems.add(problem + " (input written to " + saved + ")"));
            }
        }
        System.out.println("fuzz: " + COUNT + " inputs from seed " + SEED + ", " + inputs.counts() + ", "
                + problems.size() + " failures");
        assertThat(problems).as("fuzz failures").isEmpty();
    }

    /** The findings not excused by a known-failures line, and a line that no longer fails. */
    private static List<String> unexpected(String input, List<Finding> findings, Finding.Kind known) {
        List<String> problems = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.kind() != known) {
                problems.add(input + ": " + finding);
            }
        }
        if (known != null && findings.stream().noneMatch(f -> f.kind() == known)) {
            problems.add(input + ": no longer fails with " + known + ": remove its known-failures.txt line");
        }
        return problems;
    }

    /** The least CPU time of three parses: neither collection pauses nor other processes stretch it. */
    private static long bestParse(String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            best = Math.min(best, InputCheck.TimedParse.of(text).cpuNanos());
        }
        return best;
    }
}
