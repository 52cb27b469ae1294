package dev.jpwsh.dotnet.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ProcessStartInfo.Arguments split as .NET splits them on Unix. */
class ProcessStartInfoTest {
    @Test
    void whiteSpaceSeparatesAndDoubleQuotesGroup() {
        assertThat(ProcessStartInfo.split("a  \"b c\" d\"e f\"g")).containsExactly("a", "b c", "de fg");
    }

    @Test
    void backslashesEscapeQuotesOnly() {
        assertThat(ProcessStartInfo.split("a\\\"b c\\\\d \"e\\\\\"")).containsExactly("a\"b", "c\\\\d", "e\\");
    }

    @Test
    void singleQuotesAndEmptyQuotesAreKept() {
        assertThat(ProcessStartInfo.split("'x y' \"\"")).containsExactly("'x", "y'", "");
    }
}
