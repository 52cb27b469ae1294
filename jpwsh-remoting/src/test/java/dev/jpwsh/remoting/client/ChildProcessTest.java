package dev.jpwsh.remoting.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How many spare job processes {@code JPWSH_JOB_SPARE} asks for, and the JVM options a job's process takes over. */
class ChildProcessTest {
    @Test
    void theSpareCountIsBoundedAndDefaultsToTwo() {
        assertThat(ChildProcess.spareCount(null)).isEqualTo(2);
        assertThat(ChildProcess.spareCount("0")).isZero();
        assertThat(ChildProcess.spareCount(" 3 ")).isEqualTo(3);
        assertThat(ChildProcess.spareCount("99")).isEqualTo(8);
        assertThat(ChildProcess.spareCount("-1")).isZero();
        assertThat(ChildProcess.spareCount("many")).isEqualTo(2);
    }

    @Test
    void aChildKeepsTheOptionsItsClassCacheNeedsAndDropsTheRest() {
        List<String> launcher = List.of("-Xlog:disable", "--enable-native-access=ALL-UNNAMED",
                "-XX:UserThreadWaitAttemptsAtExit=0", "-Xss8m", "-Djpwsh.terminal=01", "-XX:AOTCache=/build/jpwsh.aot",
                "-Xmx2g");
        // the JVM refuses a cache made with native access enabled in a process without it: the child would start
        // with no cache at all, twice as slow
        assertThat(ChildProcess.inheritedOptions(launcher)).containsExactly("-Xlog:disable",
                "--enable-native-access=ALL-UNNAMED", "-XX:UserThreadWaitAttemptsAtExit=0", "-Xss8m",
                "-XX:AOTCache=/build/jpwsh.aot");
    }
}
