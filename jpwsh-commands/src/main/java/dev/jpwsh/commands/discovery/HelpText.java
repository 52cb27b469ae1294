package dev.jpwsh.commands.discovery;

import dev.jpwsh.engine.command.CmdletInfo;
import dev.jpwsh.engine.command.CommandParameterInfo;
import dev.jpwsh.engine.command.CommandParameterSetInfo;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a command's help as Get-Help shows it, laid out as pwsh's help views (DefaultCommandHelp,
 * VerboseCommandHelp, FullCommandHelp, ExampleCommandHelp) lay out comment-based help: NAME and SYNOPSIS always;
 * SYNTAX and DESCRIPTION; PARAMETERS with the common-parameters note (-Detailed, -Full, with each parameter's rows
 * in -Full); INPUTS, OUTPUTS and NOTES (-Full); the examples (-Detailed, -Full, -Examples); RELATED LINKS (default
 * and -Full) and REMARKS (default and -Detailed). A command without help shows its syntax, ALIASES and REMARKS.
 * Stateless.
 */
final class HelpText {
    private static final String INDENT = "    ";
    private static final String COMMON_IN_SYNTAX = "[<CommonParameters>]";
    private static final String COMMON_PARAMETERS = String.join("\n",
            "    This cmdlet supports the common parameters: Verbose, Debug,",
            "    ErrorAction, ErrorVariable, WarningAction, WarningVariable,",
            "    OutBuffer, PipelineVariable, and OutVariable. For more information, see",
            "    about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216). ");

    /** Which parts Get-Help shows. */
    enum View {
        DEFAULT, DETAILED, FULL, EXAMPLES
    }

    private HelpText() {
    }

    static String render(HelpInfo help, View view) {
        StringBuilder text = new StringBuilder();
        HelpSections sections = help.sections();
        if (sections == null) {
            text.append('\n');
            heading(text, "NAME", help.getName());
            text.append(INDENT).append('\n');
            return withoutHelp(text, help);
        }
        HelpWriter out = new HelpWriter();
        details(out, help);
        switch (view) {
            case EXAMPLES -> out.frame(() -> examples(out, help));
            case DETAILED -> {
                syntaxAndDescription(out, help);
                parameters(out, help, false);
                out.frame(() -> examples(out, help));
                remarks(out, help);
            }
            case FULL -> {
                syntaxAndDescription(out, help);
                parameters(out, help, true);
                types(out, "INPUTS", sections.inputs());
                types(out, "OUTPUTS", sections.outputs());
                if (sections.notes() != null) {
                    out.text("NOTES").newLine();
                    out.frame(() -> out.newLine().text(HelpInfo.paragraph(sections.notes())).newLine().newLine());
                }
                out.frame(() -> examples(out, help).newLine());
                relatedLinks(out, sections);
            }
            default -> {
                syntaxAndDescription(out, help);
                relatedLinks(out, sections);
                out.newLine();
                remarks(out, help);
            }
        }
        return out.finish();
    }

    /** NAME and SYNOPSIS, each heading's text four columns in, as pwsh's MamlDetails control lays them out. */
    private static void details(HelpWriter out, HelpInfo help) {
        out.text("NAME").newLine();
        out.frame(() -> out.text(help.getName()).newLine().newLine());
        out.text("SYNOPSIS").newLine();
        out.frame(() -> out.text(help.getSynopsis()).newLine().newLine().newLine());
    }

    /**
     * SYNTAX (each set's line ends with {@code [<CommonParameters>]}, which pwsh's help view always writes) and
     * DESCRIPTION, which the default, detailed and full views always show, empty when the help has none.
     */
    private static void syntaxAndDescription(HelpWriter out, HelpInfo help) {
        out.text("SYNTAX").newLine();
        out.frame(() -> {
            for (String line : syntaxLines(help, false)) {
                String shown = line.endsWith(COMMON_IN_SYNTAX) ? line.substring(0, line.length()
                        - COMMON_IN_SYNTAX.length()).stripTrailing() : line;
                out.text(shown + " " + COMMON_IN_SYNTAX).newLine().newLine();
            }
            out.newLine();
        });
        out.text("DESCRIPTION").newLine();
        String description = help.sections().description();
        out.frame(() -> {
            if (description != null) {
                out.text(HelpInfo.paragraph(description)).newLine();
            }
            out.newLine();
        });
        out.newLine();
    }

    /** PARAMETERS: each parameter (with its rows in the full view), then the common-parameters note. */
    private static void parameters(HelpWriter out, HelpInfo help, boolean rows) {
        out.text("PARAMETERS").newLine();
        out.frame(() -> {
            for (CommandParameterInfo p : help.parameterList()) {
                parameterHeading(out, help, p);
                if (rows) {
                    out.frame(() -> parameterRows(out, help, p));
                }
            }
            commonParameters(out);
        });
    }

    /** The parameter's name and value type, then its description four columns further in. */
    private static void parameterHeading(HelpWriter out, HelpInfo help, CommandParameterInfo p) {
        out.text("-" + p.getName() + valueText(p)).newLine();
        String description = help.sections().parameter(p.getName());
        out.frame(() -> {
            if (description != null) {
                out.text(HelpInfo.paragraph(description)).newLine();
            }
            out.newLine();
        });
    }

    /** The full view's rows of a parameter: required, position, default value, pipeline input, aliases, wildcards. */
    private static void parameterRows(HelpWriter out, HelpInfo help, CommandParameterInfo p) {
        out.text(String.format("%-29s", "Required?") + (p.getIsMandatory() ? "true" : "false")).newLine();
        out.text(String.format("%-29s", "Position?")
                + (p.getPosition() == Integer.MIN_VALUE ? "named" : String.valueOf(p.getPosition() + 1))).newLine();
        out.text(String.format("%-29s", "Default value") + help.sections().defaultValue(p.getName())).newLine();
        out.text(String.format("%-29s", "Accept pipeline input?") + HelpInfo.pipelineInput(p)).newLine();
        out.text(String.format("%-29s", "Aliases") + String.join(", ", p.getAliases())).newLine();
        out.text(String.format("%-29s", "Accept wildcard characters?") + "false").newLine();
        out.newLine();
    }

    /** The value a parameter takes as its help shows it: {@code <Type>}, a switch's {@code [<SwitchParameter>]}. */
    private static String valueText(CommandParameterInfo p) {
        if (p.getParameterType() == Boolean.class) {
            return " [<SwitchParameter>]";
        }
        return p.getParameterType().isEnum() ? "" : " <" + HelpInfo.typeName(p) + ">";
    }

    private static void commonParameters(HelpWriter out) {
        out.text("<CommonParameters>").newLine();
        out.frame(() -> out.text(COMMON_PARAMETERS));
        out.newLine().newLine();
    }

    private static void types(HelpWriter out, String heading, List<String> types) {
        out.text(heading).newLine();
        out.frame(() -> {
            for (String type : types) {
                out.text(HelpInfo.paragraph(type)).newLine().newLine();
            }
            out.newLine();
        });
    }

    /** RELATED LINKS: each link's text, or its address; pwsh's default and full views show the heading always. */
    private static void relatedLinks(HelpWriter out, HelpSections sections) {
        out.text("RELATED LINKS").newLine();
        out.frame(() -> {
            for (String link : sections.links()) {
                out.text(HelpInfo.isAbsoluteUri(link) ? link : link + " ").newLine();
            }
        });
    }

    /** REMARKS: how to see the other views, and the online help when the help has links. */
    private static void remarks(HelpWriter out, HelpInfo help) {
        String name = help.getName();
        out.text("REMARKS").newLine();
        out.frame(() -> {
            out.text("To see the examples, type: \"Get-Help " + name + " -Examples\"").newLine();
            out.text("For more information, type: \"Get-Help " + name + " -Detailed\"").newLine();
            out.text("For technical information, type: \"Get-Help " + name + " -Full\"").newLine();
            if (!help.sections().links().isEmpty()) {
                out.text("    For online help, type: \"Get-Help " + name + " -Online\"");
            }
        });
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

    /** One parameter's block as {@code Get-Help -Parameter} shows it: heading, description, then its rows. */
    static String parameter(HelpInfo help, CommandParameterInfo p) {
        StringBuilder text = new StringBuilder();
        text.append(INDENT).append('-').append(p.getName()).append(valueText(p)).append('\n');
        String description = help.sections() == null ? null : help.sections().parameter(p.getName());
        if (description != null) {
            indented(text, HelpInfo.paragraph(description), INDENT + INDENT);
        }
        text.append(INDENT).append(INDENT).append('\n');
        row(text, "Required?", p.getIsMandatory() ? "true" : "false");
        row(text, "Position?", p.getPosition() == Integer.MIN_VALUE ? "named" : String.valueOf(p.getPosition() + 1));
        row(text, "Default value", help.sections() == null ? "" : help.sections().defaultValue(p.getName()));
        row(text, "Accept pipeline input?", HelpInfo.pipelineInput(p));
        row(text, "Aliases", String.join(", ", p.getAliases()));
        row(text, "Accept wildcard characters?", "false");
        text.append(INDENT).append(INDENT).append('\n');
        return text.toString();
    }

    private static void row(StringBuilder text, String label, String value) {
        text.append(INDENT).append(INDENT).append(String.format("%-29s", label)).append(value).append('\n');
    }

    /** Each example: its title, a blank line, prompt and code, a blank line, then its remark paragraphs. */
    private static HelpWriter examples(HelpWriter out, HelpInfo help) {
        PSObject examples = help.getExamples();
        if (examples == null) {
            return out;
        }
        Object all = examples.property("example").value();
        for (Object one : all instanceof Object[] many ? many : new Object[] {all}) {
            PSObject example = (PSObject) one;
            out.text(String.valueOf(example.property("title").value())).newLine().newLine();
            for (Object intro : (Object[]) example.property("introduction").value()) {
                out.text(String.valueOf(((PSObject) intro).property("Text").value()));
            }
            out.text(String.valueOf(example.property("code").value())).newLine().newLine();
            for (Object remark : (Object[]) example.property("remarks").value()) {
                out.text(String.valueOf(((PSObject) remark).property("Text").value())).newLine();
            }
        }
        return out;
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
