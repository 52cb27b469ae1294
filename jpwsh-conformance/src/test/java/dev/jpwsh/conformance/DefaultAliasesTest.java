package dev.jpwsh.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.engine.command.AliasInfo;
import dev.jpwsh.engine.command.CommandTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The built-in aliases are those of a default pwsh 7.4 session on Linux ({@code default-aliases.tsv}): none more,
 * none with another target, and every one whose command jpwsh has. An extra alias can hide a program: pwsh on Linux
 * has no {@code sort} or {@code sleep}, so those names run /usr/bin/sort and /usr/bin/sleep.
 */
class DefaultAliasesTest {
    private static final CommandTable TABLE = CommandTable.builtIn();

    @Test
    void everyAliasIsOneOfPwshsWithTheSameTarget() throws IOException {
        Map<String, String> pwsh = pwshAliases();
        Map<String, String> wrong = new TreeMap<>();
        for (AliasInfo alias : TABLE.aliases()) {
            String expected = pwsh.get(alias.getName().toLowerCase(Locale.ROOT));
            if (!alias.getDefinition().equals(expected)) {
                wrong.put(alias.getName(), alias.getDefinition() + " (pwsh: " + expected + ")");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyPwshAliasOfAKnownCommandIsDefined() throws IOException {
        Map<String, String> missing = new TreeMap<>();
        pwshAliases().forEach((name, target) -> {
            if (TABLE.cmdlet(target) != null && TABLE.resolveAlias(name) == null) {
                missing.put(name, target);
            }
        });
        assertThat(missing).isEmpty();
    }

    private static Map<String, String> pwshAliases() throws IOException {
        Map<String, String> aliases = new TreeMap<>();
        try (InputStream in = DefaultAliasesTest.class.getResourceAsStream("/default-aliases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t");
                    aliases.put(fields[0].toLowerCase(Locale.ROOT), fields[1]);
                }
            }
        }
        assertThat(aliases).hasSizeGreaterThan(100);
        return aliases;
    }
}
