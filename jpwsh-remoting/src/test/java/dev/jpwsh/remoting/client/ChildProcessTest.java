package dev.jpwsh.remoting.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many spare job processes {@code JPWSH_JOB_SPARE} asks for. */
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
}
