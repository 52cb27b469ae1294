package dev.jpwsh.console.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Start-Transcript at the console records what the console shows: each prompt with its command, then the output. */
class ConsoleTranscriptTest extends TerminalTestBase {
    @Test
    void theTranscriptHasThePromptsCommandsAndOutput() throws Exception {
        Path file = home.resolve("transcript.txt");
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.run("Start-Transcript -Path '" + file + "'");
            console.run("'hello' + 'world'");
            console.run("Stop-Transcript");
        }
        String text = Files.readString(file);
        assertThat(text).contains("PS " + home.toRealPath() + "> 'hello' + 'world'\nhelloworld\n")
                .contains("PS " + home.toRealPath() + "> Stop-Transcript\n");
    }
}
