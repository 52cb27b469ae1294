package dev.jpwsh.commands.discovery;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Get-Verb: pwsh's approved verbs with their alias prefixes, groups and descriptions, in pwsh's order (by group:
 * Common, Communications, Data, Diagnostic, Lifecycle, Other, Security); -Verb (wildcards) and -Group narrow them.
 */
@dev.jpwsh.engine.command.OutputType({"System.Management.Automation.VerbInfo"})
@DotNetName("Microsoft.PowerShell.Commands.GetVerbCommand")
public final class GetVerbCommand extends Cmdlet {
    private static final List<String> GROUPS = List.of("Common", "Communications", "Data", "Diagnostic", "Lifecycle",
            "Other", "Security");
    private static final List<VerbInfo> VERBS = load();

    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    private String[] verb;

    @Parameter(position = 1, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    private String[] group;

    private static List<VerbInfo> load() {
        try (var in = GetVerbCommand.class.getResourceAsStream("verbs.tsv");
                var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(line -> line.split("\t", -1))
                    .map(cells -> new VerbInfo(cells[0], cells[1], cells[2], cells[3])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void processRecord() {
        if (group != null) {
            for (String g : group) {
                if (GROUPS.stream().noneMatch(g::equalsIgnoreCase)) {
                    throw terminatingError(RuntimeFailures.create("ParameterArgumentValidationError",
                            "InvalidData", "Cannot validate argument on parameter 'Group'. The argument \"" + g
                                    + "\" does not belong to the set \"" + String.join(",", GROUPS) + "\" specified "
                                    + "by the ValidateSet attribute. Supply an argument that is in the set and then "
                                    + "try the command again.", g,
                            "System.Management.Automation.ParameterBindingValidationException"));
                }
            }
        }
        for (VerbInfo v : VERBS) {
            boolean verbMatches = verb == null || Arrays.stream(verb).anyMatch(p -> Wildcard.matches(v.verb(), p, false));
            boolean groupMatches = group == null || Arrays.stream(group).anyMatch(v.group()::equalsIgnoreCase);
            if (verbMatches && groupMatches) {
                writeObject(v);
            }
        }
    }
}
