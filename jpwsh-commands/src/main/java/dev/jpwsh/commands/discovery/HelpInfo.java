package dev.jpwsh.commands.discovery;

import dev.jpwsh.engine.command.CommandInfo;
import dev.jpwsh.engine.command.CommandParameterInfo;
import dev.jpwsh.engine.command.CommandParameterSetInfo;
import dev.jpwsh.engine.command.CommonParameters;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command's help as Get-Help gives it, with the properties of pwsh's MamlCommandHelpInfo (Name, Category, Synopsis,
 * Description, details, syntax, parameters, examples, inputTypes, returnValues, alertSet, relatedLinks, Component,
 * Role, Functionality), built from the command's comment-based help and its parameter metadata. Its text is the help
 * as Get-Help shows it ({@link HelpText}). Immutable once built.
 */
@DotNetName("MamlCommandHelpInfo")
public final class HelpInfo {
    /** The type name of a parameter's entry that Get-Help -Parameter writes, which its view is registered for. */
    static final String PARAMETER_TYPE = "MamlCommandHelpInfo#parameter";
    private static final Pattern PROMPT = Pattern.compile("^.*?>");
    private static final Pattern CODE_AND_REMARKS = Pattern.compile("^(.*?)\\r?\\n\\r?\\n(.*)$", Pattern.DOTALL);

    private final CommandInfo command;
    private final String category;
    private final HelpSections sections;
    private HelpText.View view = HelpText.View.DEFAULT;

    /** {@code sections} is null for a command without comment-based help. */
    HelpInfo(CommandInfo command, String category, HelpSections sections) {
        this.command = command;
        this.category = category;
        this.sections = sections;
    }

    /** This help shown as -Detailed, -Full or -Examples ask. */
    HelpInfo shown(HelpText.View shownAs) {
        HelpInfo copy = new HelpInfo(command, category, sections);
        copy.view = shownAs;
        return copy;
    }

    /**
     * The help of the parameters {@code patterns} (names or wildcards) match: for each pattern in turn, the parameters
     * it matches in help order, as pwsh gathers them.
     */
    List<PSObject> parameterHelp(List<String> patterns) {
        List<PSObject> matched = new ArrayList<>();
        for (String pattern : patterns) {
            for (CommandParameterInfo p : parameterList()) {
                if (dev.jpwsh.runtime.ops.Wildcard.matches(p.getName(), pattern, false)) {
                    PSObject entry = parameter(p, false);
                    entry.addTypeName(PARAMETER_TYPE);
                    // shown as pwsh's parameter view shows the entry: its heading, description and rows
                    entry.setSerializedText(HelpText.parameter(this, p));
                    matched.add(entry);
                }
            }
        }
        return matched;
    }

    CommandInfo command() {
        return command;
    }

    HelpSections sections() {
        return sections;
    }

    public String getName() {
        return command.getName();
    }

    public String getCategory() {
        return category;
    }

    public String getModuleName() {
        return command.getModuleName();
    }

    /** The .SYNOPSIS text, else (for a command without help) its syntax lines. */
    public String getSynopsis() {
        if (sections == null) {
            return command.syntax().strip();
        }
        return sections.synopsis() == null ? "" : paragraph(sections.synopsis());
    }

    public String getComponent() {
        return sections == null ? null : sections.component();
    }

    public String getRole() {
        return sections == null ? null : sections.role();
    }

    public String getFunctionality() {
        return sections == null ? null : sections.functionality();
    }

    public Object getDescription() {
        return sections == null || sections.description() == null ? null : texts(paragraph(sections.description()));
    }

    public PSObject getDetails() {
        PSObject details = new PSObject();
        details.set("name", getName());
        details.set("description", sections == null || sections.synopsis() == null ? null : texts(getSynopsis()));
        return details;
    }

    public PSObject getSyntax() {
        List<Object> items = new ArrayList<>();
        for (CommandParameterSetInfo set : command.getParameterSets()) {
            PSObject item = new PSObject();
            item.set("name", getName());
            List<Object> parameters = new ArrayList<>();
            for (CommandParameterInfo p : set.getParameters()) {
                if (!isCommon(p.getName())) {
                    parameters.add(parameter(p, true));
                }
            }
            item.set("parameter", oneOrMany(parameters));
            items.add(item);
        }
        PSObject syntax = new PSObject();
        syntax.set("syntaxItem", oneOrMany(items));
        return syntax;
    }

    public PSObject getParameters() {
        List<Object> parameters = new ArrayList<>();
        for (CommandParameterInfo p : parameterList()) {
            parameters.add(parameter(p, false));
        }
        PSObject result = new PSObject();
        result.set("parameter", oneOrMany(parameters));
        return result;
    }

    /** Each parameter that is not a common one, once, with its declaration in the first set that has it. */
    List<CommandParameterInfo> parameterList() {
        List<CommandParameterInfo> list = new ArrayList<>();
        for (CommandParameterSetInfo set : command.getParameterSets()) {
            for (CommandParameterInfo p : set.getParameters()) {
                if (!isCommon(p.getName())
                        && list.stream().noneMatch(q -> q.getName().equalsIgnoreCase(p.getName()))) {
                    list.add(p);
                }
            }
        }
        return list;
    }

    private PSObject parameter(CommandParameterInfo p, boolean forSyntax) {
        PSObject result = new PSObject();
        result.set("name", p.getName());
        result.set("required", p.getIsMandatory() ? "true" : "false");
        result.set("globbing", "false");
        result.set("pipelineInput", pipelineInput(p));
        result.set("position", p.getPosition() == Integer.MIN_VALUE ? "named" : String.valueOf(p.getPosition() + 1));
        String description = sections == null ? null : sections.parameter(p.getName());
        result.set("description", description == null ? null : texts(paragraph(description)));
        boolean isSwitch = p.getParameterType() == Boolean.class;
        if (!forSyntax || !isSwitch) {
            result.set("parameterValue", typeName(p));
        }
        if (!forSyntax) {
            PSObject type = new PSObject();
            type.set("name", typeName(p));
            result.set("type", type);
            result.set("defaultValue", sections == null ? "" : sections.defaultValue(p.getName()));
        }
        return result;
    }

    /** A common parameter, which help leaves out (-WhatIf and -Confirm are shown as the command's own). */
    static boolean isCommon(String name) {
        return CommonParameters.isCommon(name) && !name.equalsIgnoreCase("WhatIf") && !name.equalsIgnoreCase("Confirm");
    }

    static String pipelineInput(CommandParameterInfo p) {
        if (p.getValueFromPipeline() && p.getValueFromPipelineByPropertyName()) {
            return "true (ByValue, ByPropertyName)";
        }
        if (p.getValueFromPipeline()) {
            return "true (ByValue)";
        }
        return p.getValueFromPipelineByPropertyName() ? "true (ByPropertyName)" : "false";
    }

    /** The .NET name of a parameter's type without namespace, as help shows it ({@code String}, {@code Object[]}). */
    static String typeName(CommandParameterInfo p) {
        if (p.getParameterType() == Boolean.class) {
            return "SwitchParameter";
        }
        String full = dev.jpwsh.runtime.object.TypeNames.of(p.getParameterType());
        return full.substring(full.lastIndexOf('.') + 1);
    }

    public PSObject getExamples() {
        if (sections == null || sections.examples().isEmpty()) {
            return null;
        }
        List<Object> examples = new ArrayList<>();
        int number = 1;
        for (String text : sections.examples()) {
            PSObject example = new PSObject();
            example.set("title", "-------------------------- EXAMPLE " + number++ + " --------------------------");
            String content = text;
            Matcher prompt = PROMPT.matcher(content);
            String introduction = "PS > ";
            if (prompt.find()) {
                introduction = prompt.group();
                content = content.substring(introduction.length());
            }
            Matcher split = CODE_AND_REMARKS.matcher(content);
            String code = split.matches() ? split.group(1).strip() : content.strip();
            String remarks = split.matches() ? paragraph(split.group(2)) : "";
            example.set("introduction", texts(introduction));
            example.set("code", code);
            List<Object> paragraphs = new ArrayList<>(List.of(text(remarks)));
            for (int i = 0; i < 4; i++) {
                paragraphs.add(text(""));
            }
            example.set("remarks", paragraphs.toArray());
            examples.add(example);
        }
        PSObject result = new PSObject();
        result.set("example", oneOrMany(examples));
        return result;
    }

    public PSObject getInputTypes() {
        return typeList("inputType", sections == null ? List.of() : sections.inputs());
    }

    public PSObject getReturnValues() {
        return typeList("returnValue", sections == null ? List.of() : sections.outputs());
    }

    public PSObject getAlertSet() {
        if (sections == null || sections.notes() == null) {
            return null;
        }
        PSObject alertSet = new PSObject();
        alertSet.set("alert", texts(paragraph(sections.notes())));
        return alertSet;
    }

    public PSObject getRelatedLinks() {
        if (sections == null || sections.links().isEmpty()) {
            return null;
        }
        List<Object> links = new ArrayList<>();
        for (String link : sections.links()) {
            PSObject navigationLink = new PSObject();
            navigationLink.set(isAbsoluteUri(link) ? "uri" : "linkText", link);
            links.add(navigationLink);
        }
        PSObject result = new PSObject();
        result.set("navigationLink", oneOrMany(links));
        return result;
    }

    static boolean isAbsoluteUri(String link) {
        return link.matches("(?i)[a-z][a-z0-9+.-]*://\\S+");
    }

    private static PSObject typeList(String item, List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        List<Object> items = new ArrayList<>();
        for (String name : names) {
            PSObject type = new PSObject();
            type.set("name", paragraph(name));
            PSObject entry = new PSObject();
            entry.set("type", type);
            items.add(entry);
        }
        PSObject result = new PSObject();
        result.set(item, oneOrMany(items));
        return result;
    }

    /** A section's text as one paragraph: without the line ends and blanks it ends with. */
    static String paragraph(String section) {
        return section.stripTrailing();
    }

    private static Object[] texts(String text) {
        return new Object[] {text(text)};
    }

    private static PSObject text(String text) {
        PSObject paragraph = new PSObject();
        paragraph.set("Text", text);
        return paragraph;
    }

    private static Object oneOrMany(List<Object> items) {
        return items.size() == 1 ? items.getFirst() : items.toArray();
    }

    @Override
    public String toString() {
        return HelpText.render(this, view);
    }
}
