package dev.jpwsh.language.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.language.ast.Ast;
import dev.jpwsh.language.ast.AstPrinter;
import dev.jpwsh.language.ast.AstSearch;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.PipelineElementAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.token.Nesting;
import dev.jpwsh.language.token.NumberLiteral;
import dev.jpwsh.language.token.NumberLiteral.NumericType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parser's limits: how deeply text may nest ({@link Nesting#LIMIT} levels, then one ScriptTooComplicated error
 * instead of a StackOverflowError), that parse time grows linearly with the input, and numeric literals too large
 * for their type.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ParserLimitsTest {
    /** Parse time may grow this much for eight times the input: 8 to 20 times when linear, 64 times when quadratic. */
    private static final int SCALING_LIMIT = 32;
    /**
     * A loaded machine can starve the JIT's compiler threads, so that one measurement runs long in the interpreter
     * (once 250 ms where 25 ms is usual): a parse that grows linearly passes in one of these attempts, a quadratic one
     * (60 to 150 times) in none.
     */
    private static final int MEASURING_ATTEMPTS = 3;

    /** {@code open} repeated {@code depth} times around {@code 1}, closed by {@code close} as often. */
    private static String nested(String open, String close, int depth) {
        return open.repeat(depth) + "1" + close.repeat(depth);
    }

    /**
     * Each nesting construct parses without error at the deepest level the limit allows it, and the tree that gives
     * can be printed, searched and checked for the restricted language (it costs one or two
     * levels per turn: a statement and an operand for {@code $(}), and is one ScriptTooComplicated error at the
     * column of the construct one turn deeper.
     */
    @ParameterizedTest(name = "{0} ... {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "(        | )      | 1 | 1",
        "{        | }      | 2 | 1",
        "$(       | )      | 2 | 2",
        "@(       | )      | 2 | 2",
        "\"$(     | )\"    | 2 | 3",
        "@{a=     | }      | 2 | 4",
        "&{       | }      | 2 | 2",
        "if(1){   | }      | 1 | 6",
        "while(1){| }      | 1 | 9",
        "[a[      | ]]     | 1 | 3",
        "$a[      | ]      | 2 | 3",
        "~-not ~  | ~~     | 1 | 5",
        "[int]    | ~~     | 1 | 5",
        "!        | ~~     | 1 | 1",
        "1?       | :0     | 1 | 2",
        "$x.f(1?1:| )      | 3 | 9",
        "~function f { ~| ~ }~ | 1 | 13",
    })
    void nestingUpToTheLimitParsesAndBeyondIsOneError(String open, String close, int levelsPerTurn, int width) {
        int deepest = (Nesting.LIMIT - 2) / levelsPerTurn;
        ParseResult fits = Parser.parse(nested(open, close, deepest));
        assertThat(fits.errors()).isEmpty();
        assertThat(AstPrinter.print(fits.ast())).isNotEmpty();
        assertThat(AstSearch.findAll(fits.ast(), Ast.class)).isNotEmpty();
        RestrictedLanguageChecker.checkScript(fits.ast());

        ParseResult tooDeep = Parser.parse(nested(open, close, deepest + 2));
        assertThat(tooDeep.errors()).hasSize(1);
        ParseError error = tooDeep.errors().getFirst();
        assertThat(error.errorId()).isEqualTo("ScriptTooComplicated");
        assertThat(error.message()).isEqualTo("Processing was stopped because the script is too complex.");
        assertThat(error.incompleteInput()).isFalse();
        assertThat(error.extent().startPosition().line()).isEqualTo(1);
        assertThat(error.extent().start()).isBetween(width * (deepest - 1), width * (deepest + 2));
        assertThat(tooDeep.ast().endBlock().statements()).isEmpty();
    }

    /**
     * Chains the parser reads in a loop but that make the tree one level deeper at each link count a level per link:
     * binary operators, pipeline chains, member access and array types.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "1   | +1",
        "~'a'~ | ~ + 'b'~",
        "$a  | .b",
        "$a  | [0]",
        "$a  | .b()",
        "a   | ~ && a~",
        "[int| []",
    })
    void chainsCountALevelPerLink(String first, String link) {
        String close = first.startsWith("[") ? "]" : "";
        assertThat(Parser.parse(first + link.repeat(Nesting.LIMIT - 3) + close).errors()).isEmpty();
        assertThat(Parser.parse(first + link.repeat(Nesting.LIMIT + 1) + close).errors())
                .extracting(ParseError::errorId).containsExactly("ScriptTooComplicated");
        assertThat(Parser.parse(first + link.repeat(20_000) + close).errors())
                .extracting(ParseError::errorId).containsExactly("ScriptTooComplicated");
    }

    /** Unclosed openers far beyond the limit stop at the limit: one error, no StackOverflowError. */
    @Test
    void thousandsOfUnclosedOpeners() {
        for (String open : new String[] {"(", "{", "$(", "\"$(", "@{", "[a[", "if(1){", "-"}) {
            assertThat(Parser.parse(open.repeat(20_000)).errors()).as(open)
                    .extracting(ParseError::errorId).containsExactly("ScriptTooComplicated");
        }
    }

    /**
     * Keywords that only continue a statement, met in a row after an error, are skipped in one loop: a long run of
     * them is not nesting.
     */
    @Test
    void strayKeywordsAfterAnErrorAreNotNesting() {
        ParseResult result = Parser.parse(")" + " else".repeat(5_000) + " 'after'");
        assertThat(result.errors()).extracting(ParseError::errorId).doesNotContain("ScriptTooComplicated");
    }

    /** The answer is the same on a thread with little stack left: the parse moves to a thread of its own. */
    @Test
    void sameResultOnAThreadWithLittleStack() throws InterruptedException {
        String deepest = nested("(", ")", Nesting.LIMIT - 2);
        String tooDeep = nested("(", ")", Nesting.LIMIT);
        AtomicReference<ParseResult> fits = new AtomicReference<>();
        AtomicReference<ParseResult> fails = new AtomicReference<>();
        Thread small = Thread.ofPlatform().stackSize(128 * 1024).start(() -> {
            fits.set(Parser.parse(deepest));
            fails.set(Parser.parse(tooDeep));
        });
        small.join();
        assertThat(fits.get().errors()).isEmpty();
        assertThat(fails.get().errors()).hasToString(Parser.parse(tooDeep).errors().toString());
    }

    /**
     * Inputs whose parse time grew with the square of their length (each error compared with every earlier one,
     * nested strings rescanned at every level) now grow linearly: eight times the input takes well under the 64
     * times a quadratic parse would (a linear parse takes 8 to 20 times, as the larger tree outgrows the caches),
     * measured in one run as the least CPU time of three parses. The sizes are large enough for the square to
     * show: before the fix these took 60 to 150 times as long.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "stray closing parentheses| ~)\n~",
        "stray closing braces     | ~}\n~",
        "duplicate hashtable keys | ~a=1;~",
        "bad numeric constants    | ~1e400d ~",
        "unclosed quotes          | ~'\"~",
        "statements               | ~$a = 1 + 2\n~",
        "pipelines                | ~ | % { $_ }~",
    })
    void parseTimeGrowsLinearly(String name, String unit) {
        IntFunction<String> input = n -> name.startsWith("duplicate") ? "@{" + unit.repeat(n) + "}"
                : name.startsWith("pipelines") ? "1" + unit.repeat(n) : unit.repeat(n);
        int small = 4_000;
        long smallTime = 0;
        long largeTime = 0;
        for (int attempt = 0; attempt < MEASURING_ATTEMPTS; attempt++) {
            smallTime = bestOfThree(input.apply(small));
            largeTime = bestOfThree(input.apply(small * 8));
            if (largeTime < SCALING_LIMIT * Math.max(smallTime, TimeUnit.MILLISECONDS.toNanos(2))) {
                return;
            }
        }
        assertThat(largeTime).as("%s: %d ns for %d units, %d ns for 8 times as many", name, smallTime, small, largeTime)
                .isLessThan(SCALING_LIMIT * Math.max(smallTime, TimeUnit.MILLISECONDS.toNanos(2)));
    }

    /**
     * The least CPU time of three parses after two untimed ones: neither collection pauses, other processes nor the
     * first compilations of the parser's code stretch it.
     */
    private static long bestOfThree(String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Parser.parse(text);
        Parser.parse(text);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = threads.getCurrentThreadCpuTime();
            Parser.parse(text);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
        }
        return best;
    }

    private static NumberLiteral number(String text) {
        ParseResult result = Parser.parse(text);
        assertThat(result.errors()).as(text).isEmpty();
        var pipeline = (StatementAst.Pipeline) result.ast().endBlock().statements().getFirst();
        var expression = ((PipelineElementAst.CommandExpression) pipeline.elements().getFirst()).expression();
        return ((ExpressionAst.Number) expression).literal();
    }

    /** A real literal beyond the double range is infinite, as double.TryParse reads it, whatever its exponent. */
    @Test
    void realLiteralsOverflowToInfinity() {
        assertThat(number("1e99999999999")).isEqualTo(new NumberLiteral(Double.POSITIVE_INFINITY, NumericType.DOUBLE));
        assertThat(number("1e400")).isEqualTo(new NumberLiteral(Double.POSITIVE_INFINITY, NumericType.DOUBLE));
        assertThat(number("1e308kb")).isEqualTo(new NumberLiteral(Double.POSITIVE_INFINITY, NumericType.DOUBLE));
        assertThat(number("1e-99999999999")).isEqualTo(new NumberLiteral(0.0, NumericType.DOUBLE));
    }

    /** A real literal with an integer suffix is the double rounded to even, as PowerShell's tokenizer rounds it. */
    @Test
    void realLiteralWithIntegerSuffixRoundsToEven() {
        assertThat(number("1.5l")).isEqualTo(new NumberLiteral(2L, NumericType.INT64));
        assertThat(number("2.5l")).isEqualTo(new NumberLiteral(2L, NumericType.INT64));
        assertThat(number("1e2y")).isEqualTo(new NumberLiteral((byte) 100, NumericType.SBYTE));
    }

    /** Decimal literals hold 28 places, and anything below their smallest step is zero. */
    @Test
    void decimalLiterals() {
        assertThat(number("9999999999999999999999999999d"))
                .isEqualTo(new NumberLiteral(new BigDecimal("9999999999999999999999999999"), NumericType.DECIMAL));
        assertThat(number("1e-99999999999d")).isEqualTo(new NumberLiteral(BigDecimal.ZERO, NumericType.DECIMAL));
        assertThat(number("1e-400d")).isEqualTo(new NumberLiteral(BigDecimal.ZERO, NumericType.DECIMAL));
    }

    /** Literals too large for the type their suffix, digits or multiplier ask for are BadNumericConstant. */
    @ParameterizedTest
    @CsvSource({
        "1e400d, 1e400d",
        "1e99999999999d, 1e99999999999d",
        "1e400l, 1e400l",
        "1e99999999999n, 1e99999999999n",
        "1e999999999l, 1e999999999l",
        "99999999999999999999999999999d, 99999999999999999999999999999d",
        "0x1FFFFFFFFFFFFFFFF, 0x1FFFFFFFFFFFFFFFF",
        "9223372036854775807lkb, 9223372036854775807lkb",
        "100000000000000dpb, 100000000000000dpb",
    })
    void overflowIsBadNumericConstant(String text, String reported) {
        ParseResult result = Parser.parse(text);
        assertThat(result.errors()).extracting(ParseError::errorId).containsExactly("BadNumericConstant");
        assertThat(result.errors().getFirst().message()).isEqualTo("The numeric constant " + reported + " is not valid.");
    }
}
