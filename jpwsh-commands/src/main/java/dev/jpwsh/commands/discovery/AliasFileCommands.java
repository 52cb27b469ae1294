package dev.jpwsh.commands.discovery;

import dev.jpwsh.dotnet.DotNetEnvironment;
import dev.jpwsh.engine.command.AliasInfo;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.exec.CmdletContext;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.scope.VariableOptions;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Export-Alias and Import-Alias: the session's aliases to and from a file, as pwsh writes it: a {@code #} header,
 * then one CSV line per alias ({@code "name","definition","description","options"}), or with {@code -As Script} one
 * Set-Alias command per alias.
 */
public final class AliasFileCommands {
    private static final DateTimeFormatter FULL_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy h:mm:ss a",
            Locale.US);

    private AliasFileCommands() {
    }

    /** Export-Alias: writes the aliases -Name matches (all by default) to -Path. */
    @DotNetName("Microsoft.PowerShell.Commands.ExportAliasCommand")
    @DefaultParameterSet("ByPath")
    @SupportsShouldProcess
    @dev.jpwsh.engine.command.OutputType({"System.Management.Automation.AliasInfo"})
    public static final class ExportAlias extends AliasCommands.AliasCommand {
        @Parameter(parameterSetName = "ByPath", position = 0, mandatory = true)
        private String path;

        @Parameter(parameterSetName = "ByLiteralPath", mandatory = true, valueFromPipelineByPropertyName = true,
                aliases = {"PSPath", "LP"})
        private String literalPath;

        @Parameter(position = 1, valueFromPipelineByPropertyName = true)
        private String[] name;

        @Parameter
        private boolean passThru;

        @Parameter
        private String as;

        @Parameter
        private boolean append;

        @Parameter
        private boolean force;

        @Parameter(aliases = {"NoOverwrite"})
        private boolean noClobber;

        @Parameter
        private String description;

        @Parameter
        private String scope;

        private final List<AliasInfo> matching = new ArrayList<>();

        @Override
        protected void processRecord() {
            for (String pattern : name == null ? new String[] {"*"} : name) {
                boolean found = false;
                for (AliasInfo alias : aliasesIn(scope)) {
                    if (Wildcard.matches(alias.name(), pattern, false) && !matching.contains(alias)) {
                        matching.add(alias);
                        found = true;
                    }
                }
                if (!found && !Wildcard.containsWildcardCharacters(pattern)) {
                    writeError(RuntimeFailures.create("AliasNotFound", "ObjectNotFound", "Cannot find alias "
                            + "because alias '" + pattern + "' does not exist.", pattern,
                            "System.Management.Automation.ItemNotFoundException").record());
                }
            }
        }

        @Override
        protected void endProcessing() {
            boolean script = as != null && as.equalsIgnoreCase("Script");
            if (as != null && !script && !as.equalsIgnoreCase("Csv")) {
                throw terminatingError(RuntimeFailures.parameterBinding("CannotConvertArgumentNoMessage",
                        "Cannot bind parameter 'As'. Cannot convert value \"" + as + "\" to type "
                                + "\"Microsoft.PowerShell.Commands.ExportAliasFormat\". Error: \"Unable to match the "
                                + "identifier name " + as + " to a valid enumerator name. Specify one of the "
                                + "following enumerator names and try again:\nCsv, Script\""));
            }
            String target = path != null ? path : literalPath;
            Path file = frame().context().location().resolveFileSystemPath(target);
            if (!new CmdletContext(frame(), null, Pipe.NULL).ShouldProcess(file.toString(), "Export-Alias")) {
                return;
            }
            try {
                dev.jpwsh.engine.provider.ProviderErrors.refuseClobber(file, noClobber, append);
            } catch (PSException exists) {
                throw terminatingError(exists);
            }
            StringBuilder text = new StringBuilder();
            text.append("# Alias File\n# Exported by : ").append(DotNetEnvironment.getUserName())
                    .append("\n# Date/Time : ").append(LocalDateTime.now().format(FULL_DATE))
                    .append("\n# Computer : ").append(DotNetEnvironment.getMachineName()).append('\n');
            if (description != null) {
                text.append("#\n# ").append(description.replace("\n", "\n# ")).append('\n');
            }
            String format = script ? "set-alias -Name:\"%s\" -Value:\"%s\" -Description:\"%s\" -Option:\"%s\""
                    : "\"%s\",\"%s\",\"%s\",\"%s\"";
            for (AliasInfo alias : matching) {
                text.append(String.format(format, alias.name(), alias.definition(), alias.description(),
                        alias.options())).append('\n');
            }
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
            } catch (IOException | RuntimeException e) {
                throw terminatingError(RuntimeFailures.create("FileOpenFailure", "OpenError", "Unable to open the "
                        + "file " + file + " for writing: " + e.getMessage(), file.toString(),
                        "System.IO.IOException").record());
            }
            if (passThru) {
                matching.forEach(this::writeObject);
            }
        }
    }

    /** Import-Alias: defines the aliases of a file Export-Alias wrote. */
    @DotNetName("Microsoft.PowerShell.Commands.ImportAliasCommand")
    @DefaultParameterSet("ByPath")
    @SupportsShouldProcess
    @dev.jpwsh.engine.command.OutputType({"System.Management.Automation.AliasInfo"})
    public static final class ImportAlias extends AliasCommands.AliasCommand {
        @Parameter(parameterSetName = "ByPath", position = 0, mandatory = true, valueFromPipeline = true,
                valueFromPipelineByPropertyName = true)
        private String path;

        @Parameter(parameterSetName = "ByLiteralPath", mandatory = true, valueFromPipelineByPropertyName = true,
                aliases = {"PSPath", "LP"})
        private String literalPath;

        @Parameter
        private String scope;

        @Parameter
        private boolean passThru;

        @Parameter
        private boolean force;

        @Override
        protected void processRecord() {
            String target = path != null ? path : literalPath;
            Path file = frame().context().location().resolveFileSystemPath(target);
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                throw terminatingError(RuntimeFailures.create("FileOpenFailure", "OpenError", "Unable to open the "
                        + "file " + file + " for reading: " + e.getMessage(), file.toString(),
                        "System.IO.IOException").record());
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = csvCells(line);
                if (cells.size() != 4) {
                    throw terminatingError(RuntimeFailures.create("ImportAliasFileFormatError", "ReadError",
                            "Cannot import an alias. Line number " + (i + 1) + " in the file '" + file + "' is not a "
                                    + "properly-formatted, comma-separated values (CSV) line for aliases. Change the "
                                    + "line to contain four values separated by commas. If the value text itself "
                                    + "contains a comma, then the value must be contained in quotation marks.",
                            file.toString(), "System.Management.Automation.PSInvalidOperationException").record());
                }
                VariableOptions options = VariableOptions.parse(cells.get(3));
                AliasInfo alias = new AliasInfo(cells.get(0), cells.get(1), cells.get(2),
                        options == null ? VariableOptions.NONE : options, null);
                if (!new CmdletContext(frame(), null, Pipe.NULL).ShouldProcess("Name: " + alias.name() + " Value: "
                        + alias.definition(), "Import Alias")) {
                    continue;
                }
                AliasInfo existing = aliasIn(scope, alias.name());
                if (existing != null && !force) {
                    writeError(DiscoveryErrors.aliasExists(alias.name()));
                    continue;
                }
                if (existing != null && existing.options().has(VariableOptions.CONSTANT_BIT)) {
                    writeError(DiscoveryErrors.aliasNotWritable(alias.name()));
                    continue;
                }
                defineIn(scope, alias);
                if (passThru) {
                    writeObject(alias);
                }
            }
        }

        /** The cells of one CSV line: quoted cells may hold commas and doubled quotes. */
        private static List<String> csvCells(String line) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}
