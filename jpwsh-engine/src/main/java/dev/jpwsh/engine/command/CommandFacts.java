package dev.jpwsh.engine.command;

import dev.jpwsh.dotnet.Version;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Facts of pwsh's built-in commands, read once from resource files: the module each cmdlet belongs to
 * ({@code Get-Item}: Microsoft.PowerShell.Management) and that module's version, as a cmdlet's Source, ModuleName and
 * Version show them ({@code cmdlet-modules.tsv}; a cmdlet it does not name belongs to no module), and the options of
 * the built-in aliases ({@code alias-options.tsv}: ReadOnly, AllScope).
 */
final class CommandFacts {
    private static final Map<String, String> MODULES = load("cmdlet-modules.tsv");
    private static final Map<String, String> ALIAS_OPTIONS = load("alias-options.tsv");
    private static final Map<String, Version> VERSIONS = Map.of(
            "Microsoft.PowerShell.Core", new Version(7, 4, 6, 500),
            "Microsoft.PowerShell.Archive", new Version(1, 2, 5, 0),
            "ThreadJob", new Version(2, 0, 3),
            "PSReadLine", new Version(2, 3, 5));

    private CommandFacts() {
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> modules = new HashMap<>();
        try (var in = CommandFacts.class.getResourceAsStream(resource);
                var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().map(line -> line.split("\t")).filter(cells -> cells.length == 2)
                    .forEach(cells -> modules.put(cells[0].toLowerCase(Locale.ROOT), cells[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(modules);
    }

    /** The module of the named cmdlet, or the empty string. */
    static String moduleOf(String cmdlet) {
        return MODULES.getOrDefault(cmdlet.toLowerCase(Locale.ROOT), "");
    }

    /** The options of a built-in alias: {@code ReadOnly}, {@code AllScope}, both, or {@code None}. */
    static String aliasOptions(String alias) {
        return ALIAS_OPTIONS.getOrDefault(alias.toLowerCase(Locale.ROOT), "None");
    }

    /** The version of a module of {@link #moduleOf}, or null for none. */
    static Version versionOf(String module) {
        return module.isEmpty() ? null : VERSIONS.getOrDefault(module, new Version(7, 0, 0, 0));
    }
}
