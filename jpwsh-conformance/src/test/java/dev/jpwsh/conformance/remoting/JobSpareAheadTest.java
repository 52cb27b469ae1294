package dev.jpwsh.conformance.remoting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The first spare child for Start-Job starts when a script that names Start-Job (or sajb, or ends a pipeline with
 * the background operator) is compiled, before any job runs, and sooner when the console reads a script whose text
 * mentions either name; a script that never names it starts no child.
 */
class JobSpareAheadTest {
    /** {@return how many Start-Job spares the jpwsh running {@code script} has started 3 s after it began} */
    private static long sparesAfterAWhile(String script) throws Exception {
        Process p = NamedPipeRemotingTest.jpwsh(script).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long spares = 0;
            for (int i = 0; i < 60 && spares == 0; i++) {
                Thread.sleep(100);
                spares = p.children().filter(c -> c.info().arguments().map(a -> String.join(" ", a))
                        .orElse("").contains("StandardStreamsServer -Spare")).count();
            }
            return spares;
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aScriptNamingStartJobGetsASpareBeforeItsFirstJob() throws Exception {
        assertThat(sparesAfterAWhile("Start-Sleep 8; if ($false) { Start-Job { 1 } }")).isEqualTo(1);
        assertThat(sparesAfterAWhile("Start-Sleep 8; if ($false) { sajb { 1 } }")).isEqualTo(1);
        assertThat(sparesAfterAWhile("Start-Sleep 8; if ($false) { Get-Date & }")).isEqualTo(1);
    }

    @Test
    void theConsoleStartsItWhenTheScriptTextMentionsStartJob() throws Exception {
        // the text is read before the runspace opens and the script compiles: a mention in a comment counts
        assertThat(sparesAfterAWhile("Start-Sleep 8 <# then START-JOB, maybe #>")).isEqualTo(1);
    }

    @Test
    void aScriptThatNeverNamesItStartsNoChild() throws Exception {
        assertThat(sparesAfterAWhile("Start-Sleep 8; if ($false) { & ('Start-' + 'Job') { 1 } }")).isZero();
    }
}
