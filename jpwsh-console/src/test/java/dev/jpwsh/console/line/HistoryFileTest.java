package dev.jpwsh.console.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PSReadLine's history file: where it is, its backtick continuation lines, and the commands it never keeps. */
class HistoryFileTest {
    @TempDir
    Path folder;

    @Test
    void theFileIsUnderXdgDataHomeOrTheHomeFoldersLocalShare() {
        assertThat(HistoryFile.forUser(Map.of("XDG_DATA_HOME", "/data", "HOME", "/home/u")).path())
                .isEqualTo(Path.of("/data/powershell/PSReadLine/ConsoleHost_history.txt"));
        assertThat(HistoryFile.forUser(Map.of("HOME", "/home/u")).path())
                .isEqualTo(Path.of("/home/u/.local/share/powershell/PSReadLine/ConsoleHost_history.txt"));
        assertThat(HistoryFile.forUser(Map.of())).isNull();
    }

    @Test
    void multiLineCommandsEndTheirLinesWithABacktickAndComeBackWhole() throws Exception {
        HistoryFile file = new HistoryFile(folder.resolve("a/b/history.txt"));
        file.append("function f {\n  'x'\n}");
        file.append("Get-Item C:\\temp");
        assertThat(Files.readString(file.path(), StandardCharsets.UTF_8))
                .isEqualTo("function f {`\n  'x'`\n}\nGet-Item C:\\temp\n");
        assertThat(file.read()).containsExactly("function f {\n  'x'\n}", "Get-Item C:\\temp");
    }

    @Test
    void commandsThatNameASecretAreNotWritten() {
        HistoryFile file = new HistoryFile(folder.resolve("history.txt"));
        file.append("$password = 'x'");
        file.append("Connect -ApiKey 1");
        file.append("'kept'");
        assertThat(file.read()).containsExactly("'kept'");
    }

    @Test
    void aMissingFileHasNoCommands() {
        assertThat(new HistoryFile(folder.resolve("none.txt")).read()).isEmpty();
    }
}
