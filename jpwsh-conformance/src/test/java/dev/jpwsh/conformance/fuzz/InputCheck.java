package dev.jpwsh.conformance.fuzz;

import dev.jpwsh.engine.compile.Compiler;
import dev.jpwsh.language.parse.ParseError;
import dev.jpwsh.language.parse.ParseResult;
import dev.jpwsh.language.parse.Parser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;

/**
 * Puts one fuzz input through everything it can reach: the parser (timed against the corpus's speed per
 * character), the compiler, and, when it parses, is safe to run and asks nothing the runtime cannot yet bound, a
 * sandboxed runspace. Returns the findings.
 */
final class InputCheck {
    /** How many times slower per character than the corpus a parse may be before it counts as slow. */
    static final int SLOW_FACTOR = 200;
    /** CPU time any parse may take, so that a short input is never slow because of the machine's caches. */
    static final long PARSE_ALLOWANCE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    /** How long a parse may run before the test gives up on the parser altogether. */
    static final Duration PARSE_HANG = Duration.ofSeconds(60);

    /** Runs every parse, so that its CPU time can be measured and a parse that never ends cannot hold the test. */
    private final ExecutorService parser = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("fuzz parser").daemon().factory());
    private final ScriptSandbox sandbox;
    private final double corpusNanosPerChar;
    private int ran;
    private int refused;

    InputCheck(ScriptSandbox sandbox, double corpusNanosPerChar) {
        this.sandbox = sandbox;
        this.corpusNanosPerChar = corpusNanosPerChar;
    }

    /** How many inputs went through the runspace, and how many the sandbox refused to run. */
    String counts() {
        return ran + " run (" + sandbox.stopped() + " of them stopped at the time limit), " + refused
                + " parsed and compiled only (refused by the sandbox)";
    }

    List<Finding> check(String text, boolean mayRun) {
        List<Finding> findings = new ArrayList<>();
        ParseResult result = timedParse(text, findings);
        if (result == null) {
            return findings;
        }
        for (ParseError error : result.errors()) {
            if (showsJavaNotIn(error.message(), text)) {
                findings.add(new Finding(Finding.Kind.JAVA_TEXT, "parse error " + error));
            }
        }
        if (result.hasErrors()) {
            return findings;
        }
        try {
            Compiler.scriptBlock(result.ast());
        } catch (RuntimeException | StackOverflowError failure) {
            if (ScriptSandbox.isInternal(failure)) {
                findings.add(new Finding(Finding.Kind.INTERNAL_ERROR, "compiling: " + ScriptSandbox.describe(failure)));
                return findings;
            }
        }
        if (!mayRun || sandbox.refusal(text, result.ast()) != null) {
            refused++;
            return findings;
        }
        ran++;
        findings.addAll(sandbox.run(text));
        return findings;
    }

    /**
     * Parses on the parser thread, timed in that thread's CPU time (which a collection pause or another process
     * taking the CPU does not stretch), and gives up on a parse that does not end within {@link #PARSE_HANG}.
     */
    private ParseResult timedParse(String text, List<Finding> findings) {
        long budget = PARSE_ALLOWANCE_NANOS + (long) (SLOW_FACTOR * corpusNanosPerChar * text.length());
        Future<TimedParse> parse = parser.submit(() -> TimedParse.of(text));
        TimedParse timed;
        try {
            timed = parse.get(PARSE_HANG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the parser did not end within " + PARSE_HANG.toSeconds() + " s on: " + text);
        } catch (ExecutionException e) {
            findings.add(new Finding(Finding.Kind.INTERNAL_ERROR, "parsing: " + ScriptSandbox.describe(e.getCause())));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (timed.cpuNanos() > budget) {
            findings.add(new Finding(Finding.Kind.SLOW_PARSE, String.format("%d ms for %d characters (budget %d ms)",
                    timed.cpuNanos() / 1_000_000, text.length(), budget / 1_000_000)));
        }
        return timed.result();
    }

    /** A parse and the CPU time it took on the thread that ran it. */
    record TimedParse(ParseResult result, long cpuNanos) {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        static TimedParse of(String text) {
            long start = THREADS.getCurrentThreadCpuTime();
            ParseResult result = Parser.parse(text);
            return new TimedParse(result, THREADS.getCurrentThreadCpuTime() - start);
        }
    }

    /**
     * Whether {@code message} shows Java text that {@code input} does not hold itself: a parse error quotes the
     * script's own words (pwsh's "Unexpected token 'x'"), which may name a Java class the script wrote.
     */
    static boolean showsJavaNotIn(String message, String input) {
        Matcher java = ScriptSandbox.JAVA_TEXT.matcher(message);
        while (java.find()) {
            if (!input.contains(java.group())) {
                return true;
            }
        }
        return false;
    }
}
