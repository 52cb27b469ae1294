package dev.jpwsh.commands.discovery;

import dev.jpwsh.engine.command.AliasInfo;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.CmdletInfo;
import dev.jpwsh.engine.command.CommandDiscovery;
import dev.jpwsh.engine.command.CommandInfo;
import dev.jpwsh.engine.command.CommandTypes;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.ExternalScriptInfo;
import dev.jpwsh.engine.command.FunctionInfo;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.language.ast.NamedBlockAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Get-Help (and {@code -?} on any command): the help of a command, from its comment-based help (functions and
 * scripts), else its syntax; -Detailed, -Full, -Examples and -Parameter choose what is shown. A name with wildcards
 * lists the matching commands (Name, Category, Module, Synopsis), or shows the help of the only one.
 */
@DotNetName("Microsoft.PowerShell.Commands.GetHelpCommand")
@DefaultParameterSet("AllUsersView")
public final class GetHelpCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipelineByPropertyName = true)
    private String name;

    @Parameter
    private String path;

    @Parameter
    private String[] category;

    @Parameter(parameterSetName = "DetailedView", mandatory = true)
    private boolean detailed;

    @Parameter(parameterSetName = "AllUsersView")
    private boolean full;

    @Parameter(parameterSetName = "Examples", mandatory = true)
    private boolean examples;

    @Parameter(parameterSetName = "Parameters", mandatory = true)
    private String[] parameter;

    @Parameter
    private String[] component;

    @Parameter
    private String[] functionality;

    @Parameter
    private String[] role;

    @Parameter(parameterSetName = "Online", mandatory = true)
    private boolean online;

    @Override
    protected void processRecord() {
        String requested = name == null || name.isEmpty() ? "Get-Help" : name;
        List<CommandInfo> matches = new ArrayList<>();
        if (Wildcard.containsWildcardCharacters(requested)) {
            for (CommandInfo c : CommandDiscovery.all(frame())) {
                if (Wildcard.matches(c.getName(), requested, false) && !(c instanceof AliasInfo)) {
                    matches.add(c);
                }
            }
            matches.sort(java.util.Comparator.comparing(CommandInfo::getName, String.CASE_INSENSITIVE_ORDER));
        } else {
            CommandInfo found = CommandDiscovery.find(frame(), requested);
            while (found instanceof AliasInfo alias && alias.resolvedCommand() != null) {
                found = alias.resolvedCommand();
            }
            if (found != null && !(found instanceof AliasInfo)) {
                matches.add(found);
            }
        }
        matches.removeIf(c -> c.getCommandType() == CommandTypes.Application || !filtersMatch(help(c)));
        if (matches.isEmpty()) {
            if (!Wildcard.containsWildcardCharacters(requested)) {
                writeError(helpNotFound(requested));
            }
            return;
        }
        if (matches.size() > 1) {
            matches.forEach(c -> writeObject(summary(help(c))));
            return;
        }
        HelpInfo help = help(matches.getFirst());
        if (online) {
            throw terminatingError(RuntimeFailures.create("InvalidOperation", "InvalidOperation", "The online version "
                    + "of this Help topic cannot be displayed because the Internet address (URI) of the Help topic is "
                    + "not specified in the command code or in the help file for the command.", null,
                    "System.InvalidOperationException").record());
        }
        if (parameter != null) {
            List<PSObject> matched = help.parameterHelp(List.of(parameter));
            if (matched.isEmpty()) {
                // pwsh formats its message with the patterns as the format's arguments, so it names the first
                writeError(RuntimeFailures.create("NoParmsFound", "InvalidArgument", "No parameter matches criteria "
                        + parameter[0] + ".", help, "System.ArgumentException").record());
            }
            matched.forEach(this::writeObject);
            return;
        }
        writeObject(help.shown(view()));
    }

    /** Whether the help's .COMPONENT, .ROLE and .FUNCTIONALITY match what -Component, -Role and -Functionality ask. */
    private boolean filtersMatch(HelpInfo help) {
        return matchesAny(help.getComponent(), component) && matchesAny(help.getRole(), role)
                && matchesAny(help.getFunctionality(), functionality);
    }

    private static boolean matchesAny(String value, String[] patterns) {
        return patterns == null
                || value != null && Arrays.stream(patterns).anyMatch(p -> Wildcard.matches(value, p, false));
    }

    private HelpText.View view() {
        if (examples) {
            return HelpText.View.EXAMPLES;
        }
        return full ? HelpText.View.FULL : detailed ? HelpText.View.DETAILED : HelpText.View.DEFAULT;
    }

    /** The help of a command: from its comment-based help when it has some. */
    private static HelpInfo help(CommandInfo command) {
        HelpSections sections = switch (command) {
            case FunctionInfo f when f.scriptBlock().body().definition() != null ->
                    HelpComments.ofFunction(f.scriptBlock().body().definition());
            case ExternalScriptInfo s when s.scriptBlock().body().definition() != null -> scriptHelp(s);
            default -> null;
        };
        if (sections != null) {
            sections = sections.withParameters(declaredParameters(command));
        }
        String category = command instanceof CmdletInfo ? "Cmdlet" : command.getCommandType().toString();
        return new HelpInfo(command, category, sections);
    }

    /** The parameter comments and defaults of a function's or a script's parameter block. */
    private static ParameterComments declaredParameters(CommandInfo command) {
        dev.jpwsh.language.source.Extent definition = switch (command) {
            case FunctionInfo f -> f.scriptBlock().body().definition();
            case ExternalScriptInfo s -> s.scriptBlock().body().definition();
            default -> null;
        };
        String text = definition.source().text().substring(definition.start(), definition.end());
        dev.jpwsh.language.ast.ScriptBlockAst ast = Parser.parse(text).ast();
        List<dev.jpwsh.language.ast.ParameterAst> parameters = List.of();
        NamedBlockAst end = ast.endBlock();
        if (command instanceof FunctionInfo && end != null && !end.statements().isEmpty()
                && end.statements().getFirst() instanceof StatementAst.FunctionDefinition f) {
            parameters = !f.parameters().isEmpty() ? f.parameters()
                    : f.body().paramBlock() == null ? List.of() : f.body().paramBlock().parameters();
        } else if (ast.paramBlock() != null) {
            parameters = ast.paramBlock().parameters();
        }
        return HelpComments.parameterComments(text, parameters);
    }

    private static HelpSections scriptHelp(ExternalScriptInfo script) {
        String text = script.scriptBlock().body().definition().source().text();
        NamedBlockAst end = Parser.parse(text).ast().endBlock();
        boolean startsWithFunction = end != null && end.unnamed() && !end.statements().isEmpty()
                && end.statements().getFirst() instanceof StatementAst.FunctionDefinition;
        int first = startsWithFunction ? end.statements().getFirst().extent().start() : 0;
        return HelpComments.ofScript(text, startsWithFunction, first);
    }

    /** One line of a list of commands a pattern matched, as pwsh's HelpInfoShort. */
    private static PSObject summary(HelpInfo help) {
        PSObject row = new PSObject();
        row.addTypeName("HelpInfoShort");
        row.set("Name", help.getName());
        row.set("Category", help.getCategory());
        row.set("Module", help.getModuleName());
        row.set("Synopsis", help.getSynopsis());
        return row;
    }

    private static ErrorRecord helpNotFound(String name) {
        return RuntimeFailures.create("HelpNotFound", "ResourceUnavailable", "Get-Help could not find " + name
                + " in a help file in this session. To download updated help topics type: \"Update-Help\". To get "
                + "help online, search for the help topic in the TechNet library at "
                + "https://go.microsoft.com/fwlink/?LinkID=107116.", null,
                "System.Management.Automation.HelpNotFoundException").record();
    }
}
