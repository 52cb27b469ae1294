package dev.jpwsh.engine.compile.bytecode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.engine.ScriptRunner;
import dev.jpwsh.engine.TestHost;
import dev.jpwsh.language.parse.ParseResult;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Numeric loops against the nodes: seeded random loops of int and double arithmetic (small and near-overflow ints,
 * doubles, {@code + - *}, compound assignments, {@code ++} and {@code --}) run long enough to become kernels, as
 * {@code for} loops, and as {@code foreach} loops over the same counter values, which never become kernels. The
 * variables must end with the same values and types. {@code -Djpwsh.numeric.seed=N} reproduces a run.
 */
class NumericLoopTest {
    private static final long SEED = Long.getLong("jpwsh.numeric.seed", 20_261_204L);
    private static final int PROGRAMS = 150;
    private static final String[] VARIABLES = {"$a", "$b", "$c"};

    private final Random random = new Random(SEED);

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void kernelsComputeAsTheNodesDo() {
        for (int i = 0; i < PROGRAMS; i++) {
            String body = body();
            String setup = setup();
            int iterations = random.nextBoolean() ? 1_500 : 3_000;
            String report = "; \"$a|$($a.GetType().Name)|$b|$($b.GetType().Name)|$c|$($c.GetType().Name)\"";
            String kernel = "function t { " + setup + "for ($k = 0; $k -lt " + iterations + "; $k++) { " + body + " }"
                    + report + " }; t";
            String nodes = "function t { " + setup + "foreach ($k in 0.." + (iterations - 1) + ") { " + body + " }"
                    + report + " }; t";
            assertThat(run(kernel)).as("seed %d, program %d: %s", SEED, i, kernel).isEqualTo(run(nodes));
        }
    }

    private String setup() {
        StringBuilder text = new StringBuilder();
        for (String variable : VARIABLES) {
            text.append(variable).append(" = ").append(constant()).append("; ");
        }
        return text.toString();
    }

    private String body() {
        List<String> statements = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            String target = VARIABLES[random.nextInt(VARIABLES.length)];
            statements.add(switch (random.nextInt(6)) {
                case 0 -> target + " = " + expression(2);
                case 1 -> target + " += " + expression(1);
                case 2 -> target + " -= " + expression(1);
                case 3 -> target + " *= " + expression(1);
                case 4 -> target + "++";
                default -> target + "--";
            });
        }
        return String.join("; ", statements);
    }

    private String expression(int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return random.nextBoolean() ? constant() : random.nextInt(4) == 0 ? "$k"
                    : VARIABLES[random.nextInt(VARIABLES.length)];
        }
        String op = switch (random.nextInt(3)) {
            case 0 -> " + ";
            case 1 -> " - ";
            default -> " * ";
        };
        return "(" + expression(depth - 1) + op + expression(depth - 1) + ")";
    }

    private String constant() {
        return switch (random.nextInt(4)) {
            case 0 -> Integer.toString(random.nextInt(11) - 5);
            case 1 -> Integer.toString(Integer.MAX_VALUE - random.nextInt(5_000));
            case 2 -> Integer.toString(random.nextInt(100_000));
            default -> (random.nextInt(200) - 100) + ".5";
        };
    }

    private static List<Object> run(String script) {
        SourceText source = new SourceText("", script);
        ParseResult parsed = Parser.parse(source);
        assertThat(parsed.errors()).isEmpty();
        List<Object> out = new ArrayList<>();
        new ScriptRunner(new TestHost()).run(source, parsed.ast(), List.of(), out::add);
        return out;
    }
}
