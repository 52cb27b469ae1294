package dev.jpwsh.format.view;

import static dev.jpwsh.format.data.FormatData.Alignment.LEFT;
import static dev.jpwsh.format.data.FormatData.Alignment.RIGHT;
import static dev.jpwsh.format.data.FormatData.Alignment.UNDEFINED;

import dev.jpwsh.format.view.ViewDefinition.CustomControl;
import dev.jpwsh.format.view.ViewDefinition.GroupBy;
import dev.jpwsh.format.view.ViewDefinition.ListControl;
import dev.jpwsh.format.view.ViewDefinition.ListItem;
import dev.jpwsh.format.view.ViewDefinition.PropertyValue;
import dev.jpwsh.format.view.ViewDefinition.TableColumn;
import dev.jpwsh.format.view.ViewDefinition.TableControl;
import dev.jpwsh.format.view.ViewDefinition.WideControl;
import dev.jpwsh.dotnet.time.DateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;

/**
 * The views pwsh's built-in format data defines for the types scripts meet most (its {@code *_format_ps1xml.cs}
 * files): tables with fixed widths for runspaces, jobs, modules, types, processes, files, drives; the
 * Name/Value table of dictionary entries; TimeSpan's list; DateTime's long form; MatchInfo's line.
 */
final class DefaultViews {
    private static final DateTimeFormatter LONG_DATE_TIME = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy h:mm:ss a",
            Locale.US);

    private DefaultViews() {
    }

    static List<ViewDefinition> all() {
        List<ViewDefinition> views = new ArrayList<>(ExtendedErrorView.all());
        views.addAll(EngineViews.all());
        views.addAll(dotNetTypes());
        views.addAll(commandViews());
        views.add(PSStyleView.view());
        views.addAll(UtilityViews.all());
        views.addAll(WebViews.all());
        views.addAll(PSReadLineViews.all());
        return views;
    }

    private static List<ViewDefinition> dotNetTypes() {
        return List.of(
                ViewDefinition.of("Dictionary", List.of("System.Collections.DictionaryEntry"), new TableControl(List.of(
                        TableColumn.property("Name", 30), TableColumn.property("Value", 0)))),
                ViewDefinition.of("System.Collections.DictionaryEntry", List.of("System.Collections.DictionaryEntry"),
                        new ListControl(items("Name", "Value"))),
                ViewDefinition.of("System.Version", List.of("System.Version"), new TableControl(List.of(
                        TableColumn.property("Major", 6), TableColumn.property("Minor", 6),
                        TableColumn.property("Build", 6), TableColumn.property("Revision", 8)))),
                ViewDefinition.of("System.Management.Automation.SemanticVersion",
                        List.of("System.Management.Automation.SemanticVersion"), new TableControl(List.of(
                                TableColumn.property("Major", 6), TableColumn.property("Minor", 6),
                                TableColumn.property("Patch", 6), TableColumn.property("PreReleaseLabel", 15),
                                TableColumn.property("BuildLabel", 11)))),
                ViewDefinition.of("System.Guid", List.of("System.Guid"), new TableControl(List.of(
                        TableColumn.computed("Guid", 0, UNDEFINED, ValueText::plain)))),
                ViewDefinition.of("System.TimeSpan", List.of("System.TimeSpan"), new ListControl(
                        items("Days", "Hours", "Minutes", "Seconds", "Milliseconds", "Ticks", "TotalDays",
                                "TotalHours", "TotalMinutes", "TotalSeconds", "TotalMilliseconds"))),
                ViewDefinition.of("System.TimeSpan", List.of("System.TimeSpan"), new TableControl(List.of(
                        TableColumn.property("Days", 0), TableColumn.property("Hours", 0),
                        TableColumn.property("Minutes", 0), TableColumn.property("Seconds", 0),
                        TableColumn.property("Milliseconds", 0)))),
                ViewDefinition.of("System.TimeSpan", List.of("System.TimeSpan"),
                        new WideControl(new PropertyValue("TotalMilliseconds"))),
                ViewDefinition.of("DateTime", List.of("System.DateTime"), new CustomControl(DefaultViews::longForm)),
                ViewDefinition.of("System.Globalization.CultureInfo", List.of("System.Globalization.CultureInfo"),
                        new TableControl(List.of(TableColumn.property("LCID", 16), TableColumn.property("Name", 16),
                                TableColumn.property("DisplayName", 0)))));
    }

    private static List<ViewDefinition> commandViews() {
        List<String> commandTypes = List.of("System.Management.Automation.AliasInfo",
                "System.Management.Automation.ApplicationInfo", "System.Management.Automation.CmdletInfo",
                "System.Management.Automation.ExternalScriptInfo", "System.Management.Automation.FilterInfo",
                "System.Management.Automation.FunctionInfo", "System.Management.Automation.ScriptInfo");
        return List.of(
                ViewDefinition.of("CommandInfo", commandTypes, new TableControl(List.of(
                        new TableColumn("CommandType", 15, UNDEFINED, new PropertyValue("CommandType"), null),
                        TableColumn.computed("Name", 50, UNDEFINED, c -> "Alias".equals(
                                ValueText.plain(ValueText.member(c, "CommandType")))
                                ? ValueText.member(c, "DisplayName") : ValueText.member(c, "Name")),
                        new TableColumn("Version", 10, UNDEFINED, new PropertyValue("Version"), null),
                        new TableColumn("Source", 0, UNDEFINED, new PropertyValue("Source"), null)))),
                ViewDefinition.of("AliasInfo", List.of("System.Management.Automation.AliasInfo"),
                        new TableControl(List.of(TableColumn.property("CommandType", 15),
                                TableColumn.property("DisplayName", 0)))),
                ViewDefinition.of("System.Management.Automation.AliasInfo",
                        List.of("System.Management.Automation.AliasInfo"), new ListControl(items("DisplayName",
                                "CommandType", "Definition", "ReferencedCommand", "ResolvedCommand"))),
                ViewDefinition.of("CommandInfo", List.of("System.Management.Automation.CommandInfo"),
                        new TableControl(List.of(TableColumn.property("CommandType", 15),
                                TableColumn.property("Name", 0)))),
                ViewDefinition.of("Microsoft.PowerShell.Commands.MemberDefinition",
                        List.of("Microsoft.PowerShell.Commands.MemberDefinition"), new TableControl(List.of(
                                TableColumn.property("Name", 0), TableColumn.property("MemberType", 0),
                                TableColumn.property("Definition", 0)),
                                new GroupBy(new PropertyValue("TypeName"), null), false, true)),
                ViewDefinition.of("Microsoft.PowerShell.Commands.GroupInfo",
                        List.of("Microsoft.PowerShell.Commands.GroupInfo"), new TableControl(List.of(
                                new TableColumn("Count", 5, RIGHT, new PropertyValue("Count"), null),
                                TableColumn.property("Name", 25), TableColumn.property("Group", 0)))),
                ViewDefinition.of("Microsoft.PowerShell.Commands.GroupInfoNoElement",
                        List.of("Microsoft.PowerShell.Commands.GroupInfoNoElement"), new TableControl(List.of(
                                new TableColumn("Count", 5, RIGHT, new PropertyValue("Count"), null),
                                TableColumn.property("Name", 25)))),
                ViewDefinition.of("MatchInfo", List.of("Microsoft.PowerShell.Commands.MatchInfo"),
                        new CustomControl(ValueText::plain)),
                ViewDefinition.of("MamlCommandHelpInfo", List.of("MamlCommandHelpInfo"),
                        new CustomControl(ValueText::plain)),
                ViewDefinition.of("MamlCommandHelpInfo#parameter", List.of("MamlCommandHelpInfo#parameter"),
                        new CustomControl(ValueText::plain)),
                ViewDefinition.of("Microsoft.PowerShell.Commands.ByteCollection",
                        List.of("Microsoft.PowerShell.Commands.ByteCollection"), new TableControl(List.of(
                                new TableColumn("Offset", 16, RIGHT, new PropertyValue("HexOffset"), null),
                                new TableColumn("Bytes\n00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F", 47,
                                        LEFT, new PropertyValue("HexBytes"), null),
                                new TableColumn("Ascii", 16, LEFT, new PropertyValue("Ascii"), null)),
                                new GroupBy(new PropertyValue("Label"), null), false, false)),
                ViewDefinition.of("Variable", List.of("System.Management.Automation.PSVariable"),
                        new TableControl(List.of(TableColumn.property("Name", 30), TableColumn.property("Value", 0)))));
    }

    /** DateTime's ScriptProperty DateTime in en-US: the long date and the long time. */
    private static String longForm(Object value) {
        return value instanceof DateTime d ? d.value().format(LONG_DATE_TIME) : ValueText.plain(value);
    }

    static List<ListItem> items(String... names) {
        List<ListItem> items = new ArrayList<>();
        for (String n : names) {
            items.add(ListItem.property(n));
        }
        return items;
    }
}
