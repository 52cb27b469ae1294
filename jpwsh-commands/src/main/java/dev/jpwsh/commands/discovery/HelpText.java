package dev.jpwsh.commands.discovery;

import dev.jpwsh.engine.command.CmdletInfo;
import dev.jpwsh.engine.command.CommandParameterInfo;
import dev.jpwsh.engine.command.CommandParameterSetInfo;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a command's help as Get-Help shows it: NAME, SYNOPSIS, SYNTAX, DESCRIPTION, PARAMETERS (-Detailed,
 * -Full), INPUTS, OUTPUTS, NOTES and EXAMPLES (-Full), RELATED LINKS and REMARKS, each heading followed by its text
 * indented four spaces; a command without help shows its syntax, ALIASES and REMARKS. Stateless.
 */
final class HelpText {
    private static final String INDENT = "    ";
    private static final String COMMON_PARAMETERS = String.join("\n",
            "        This cmdlet supports the common parameters: Verbose, Debug,",
            "        ErrorAction, ErrorVariable, WarningAction, WarningVariable,",
            "        OutBuffer, PipelineVariable, and OutVariable. For more information, see",
            "        about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216).");

    /** Which parts Get-Help shows. */
    enum View {
        DEFAULT, DETAILED, FULL, EXAMPLES, PARAMETER
    }

    private HelpText() {
    }

    static String render(HelpInfo help, View view, List<String> parameters) {
        StringBuilder text = new StringBuilder();
        if (view == View.PARAMETER) {
            for (CommandParameterInfo p : help.parameterList()) {
                if (parameters.stream().anyMatch(n -> dev.jpwsh.runtime.ops.Wildcard.matches(p.getName(), n, false))) {
                    parameter(text, help, p, true);
                }
            }
            return text.toString();
        }
        text.append('\n');
        heading(text, "NAME", help.getName());
        text.append(INDENT).append('\n');
        HelpSections sections = help.sections();
        if (sections == null) {
            return withoutHelp(text, help);
        }
        heading(text, "SYNOPSIS", help.getSynopsis());
        text.append(INDENT).append('\n').append(INDENT).append('\n');
        if (view == View.EXAMPLES) {
            examples(text, sections);
            return text.toString();
        }
        text.append("SYNTAX\n");
        for (String line : syntaxLines(help, false)) {
            text.append(INDENT).append(line).append('\n').append(INDENT).append('\n');
        }
        text.append(INDENT).append('\n');
        if (sections.description() != null) {
            heading(text, "DESCRIPTION", HelpInfo.paragraph(sections.description()));
            text.append(INDENT).append('\n');
        }
        if (view == View.DETAILED || view == View.FULL) {
            text.append('\n').append("PARAMETERS\n");
            for (CommandParameterInfo p : help.parameterList()) {
                parameter(text, help, p, view == View.FULL);
            }
            if (help.command().getParameterSets().stream().flatMap(s -> s.getParameters().stream())
                    .anyMatch(p -> HelpInfo.isCommon(p.getName()))) {
                text.append(INDENT).append("<CommonParameters>\n").append(COMMON_PARAMETERS).append("\n    \n");
            }
            if (view == View.FULL) {
                typed(text, "INPUTS", sections.inputs());
                typed(text, "OUTPUTS", sections.outputs());
                if (sections.notes() != null) {
                    text.append("\nNOTES\n").append(INDENT).append('\n').append(INDENT).append('\n');
                    indented(text, HelpInfo.paragraph(sections.notes()), INDENT + INDENT);
                    text.append(INDENT).append('\n');
                }
            }
            examples(text, sections);
        }
        if (!sections.links().isEmpty()) {
            text.append("RELATED LINKS\n");
            sections.links().forEach(link -> text.append(INDENT).append(link).append('\n'));
            text.append('\n');
        }
        if (view == View.DEFAULT) {
            String name = help.getName();
            text.append("REMARKS\n")
                    .append(INDENT).append("To see the examples, type: \"Get-Help ").append(name).append(" -Examples\"\n")
                    .append(INDENT).append("For more information, type: \"Get-Help ").append(name)
                    .append(" -Detailed\"\n")
                    .append(INDENT).append("For technical information, type: \"Get-Help ").append(name)
                    .append(" -Full\"\n");
            if (!sections.links().isEmpty() && HelpInfo.isAbsoluteUri(sections.links().getFirst())) {
                text.append(INDENT).append("For online help, type: \"Get-Help ").append(name).append(" -Online\"\n");
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** NAME, SYNTAX, ALIASES and REMARKS, for a command without help. */
    private static String withoutHelp(StringBuilder text, HelpInfo help) {
        text.append("SYNTAX\n");
        boolean cmdlet = help.command() instanceof CmdletInfo;
        for (String line : syntaxLines(help, cmdlet)) {
            text.append(INDENT).append(line).append('\n').append(INDENT).append('\n');
        }
        text.append(cmdlet ? INDENT + "\n" : "\n");
        heading(text, "ALIASES", "None");
        text.append(INDENT).append("\n\n");
        if (cmdlet) {
            text.append("REMARKS\n").append(INDENT).append("Get-Help cannot find the Help files for this cmdlet on ")
                    .append("this computer. It is displaying only partial help.\n").append(INDENT)
                    .append(INDENT).append("-- To download and install Help files for the module that includes ")
                    .append("this cmdlet, use Update-Help.\n\n");
        } else {
            heading(text, "REMARKS", "None");
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * The help's syntax lines: each set's parameters (common ones as {@code [<CommonParameters>]}) with the .NET
     * names of their types, full ones for a cmdlet's partial help.
     */
    private static List<String> syntaxLines(HelpInfo help, boolean fullTypeNames) {
        List<String> lines = new ArrayList<>();
        for (CommandParameterSetInfo set : help.command().getParameterSets()) {
            String shown = set.syntax(p -> fullTypeNames ? TypeNames.of(p.getParameterType()) : HelpInfo.typeName(p));
            lines.add(shown.isEmpty() ? help.getName() : help.getName() + " " + shown);
        }
        return lines;
    }

    private static void parameter(StringBuilder text, HelpInfo help, CommandParameterInfo p, boolean full) {
        text.append(INDENT).append('-').append(p.getName());
        if (p.getParameterType() != Boolean.class) {
            text.append(" <").append(HelpInfo.typeName(p)).append('>');
        }
        text.append('\n');
        String description = help.sections() == null ? null : help.sections().parameter(p.getName());
        if (description != null) {
            indented(text, HelpInfo.paragraph(description), INDENT + INDENT);
        }
        text.append(INDENT).append(INDENT).append('\n');
        if (full) {
            row(text, "Required?", p.getIsMandatory() ? "true" : "false");
            row(text, "Position?", p.getPosition() == Integer.MIN_VALUE ? "named"
                    : String.valueOf(p.getPosition() + 1));
            row(text, "Default value", help.sections() == null ? "" : help.sections().defaultValue(p.getName()));
            row(text, "Accept pipeline input?", HelpInfo.pipelineInput(p));
            row(text, "Aliases", String.join(", ", p.getAliases()));
            row(text, "Accept wildcard characters?", "false");
            text.append(INDENT).append(INDENT).append('\n');
        }
    }

    private static void row(StringBuilder text, String label, String value) {
        text.append(INDENT).append(INDENT).append(String.format("%-29s", label)).append(value).append('\n');
    }

    private static void typed(StringBuilder text, String heading, List<String> types) {
        if (types.isEmpty()) {
            return;
        }
        text.append('\n').append(heading).append('\n');
        for (String type : types) {
            indented(text, HelpInfo.paragraph(type), INDENT);
            text.append(INDENT).append('\n');
        }
    }

    private static void examples(StringBuilder text, HelpSections sections) {
        if (sections.examples().isEmpty()) {
            return;
        }
        text.append(INDENT).append('\n');
        Object examples = new HelpInfo(null, null, sections).getExamples().property("example").value();
        Object[] all = examples instanceof Object[] many ? many : new Object[] {examples};
        for (Object one : all) {
            dev.jpwsh.runtime.object.PSObject example = (dev.jpwsh.runtime.object.PSObject) one;
            text.append(INDENT).append(example.property("title").value()).append("\n\n");
            Object[] introduction = (Object[]) example.property("introduction").value();
            text.append(((dev.jpwsh.runtime.object.PSObject) introduction[0]).property("Text").value())
                    .append(example.property("code").value()).append('\n');
            Object[] remarks = (Object[]) example.property("remarks").value();
            String remark = (String) ((dev.jpwsh.runtime.object.PSObject) remarks[0]).property("Text").value();
            if (!remark.isEmpty()) {
                text.append('\n');
                indented(text, remark, INDENT);
            }
            text.append("\n\n\n\n\n");
        }
    }

    private static void heading(StringBuilder text, String heading, String body) {
        text.append(heading).append('\n');
        indented(text, body, INDENT);
    }

    private static void indented(StringBuilder text, String body, String indent) {
        for (String line : body.split("\n", -1)) {
            text.append(line.isEmpty() ? "" : indent).append(line).append('\n');
        }
    }
}
