package dev.jpwsh.conformance.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fuzz checker tells Java text the engine let through from Java text a parse error quotes from the script. */
class InputCheckTest {
    @Test
    void aParseErrorQuotingTheScriptsOwnJavaNameIsNoFinding() {
        String script = "$l = [java.util.ArrayList]::new(";
        assertThat(InputCheck.showsJavaNotIn("Unexpected token 'java.util.ArrayList]::new'", script)).isFalse();
    }

    @Test
    void javaTextTheScriptDoesNotHoldIsAFinding() {
        String script = "$l = [collections.arraylist]::new(";
        assertThat(InputCheck.showsJavaNotIn("Unexpected token 'java.util.ArrayList'", script)).isTrue();
        assertThat(InputCheck.showsJavaNotIn("java.lang.NullPointerException at dev.jpwsh.x", "java.lang.x"))
                .isTrue();
    }
}
