package dev.jpwsh.format.view;

import dev.jpwsh.format.view.ViewDefinition.ComputedValue;
import dev.jpwsh.format.view.ViewDefinition.ListControl;
import dev.jpwsh.format.view.ViewDefinition.ListItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * pwsh's list view of {@code $PSStyle}: one line per escape sequence, shown as its text with the escape character
 * spelled {@code `e} (the sample pwsh colours with the sequence itself is plain text here), then OutputRendering,
 * Formatting, Progress, FileInfo (the extensions as a comma-separated list) and the sixteen colours of Foreground
 * and Background.
 */
final class PSStyleView {
    private static final List<String> ATTRIBUTES = List.of("Reset", "BlinkOff", "Blink", "BoldOff", "Bold", "DimOff",
            "Dim", "Hidden", "HiddenOff", "Reverse", "ReverseOff", "ItalicOff", "Italic", "UnderlineOff", "Underline",
            "StrikethroughOff", "Strikethrough");
    private static final List<String> FORMATTING = List.of("FormatAccent", "ErrorAccent", "Error", "Warning",
            "Verbose", "Debug", "TableHeader", "CustomTableHeaderLabel", "FeedbackName", "FeedbackText",
            "FeedbackAction");
    private static final List<String> COLORS = List.of("Black", "BrightBlack", "White", "BrightWhite", "Red",
            "BrightRed", "Magenta", "BrightMagenta", "Blue", "BrightBlue", "Cyan", "BrightCyan", "Green",
            "BrightGreen", "Yellow", "BrightYellow");

    private PSStyleView() {
    }

    static ViewDefinition view() {
        List<ListItem> items = new ArrayList<>();
        ATTRIBUTES.forEach(name -> items.add(sequence(name)));
        items.add(ListItem.property("OutputRendering"));
        FORMATTING.forEach(name -> items.add(sequence("Formatting." + name)));
        items.add(sequence("Progress.Style"));
        items.add(text("Progress.MaxWidth"));
        items.add(text("Progress.View"));
        items.add(text("Progress.UseOSCIndicator"));
        items.add(sequence("FileInfo.Directory"));
        items.add(sequence("FileInfo.SymbolicLink"));
        items.add(sequence("FileInfo.Executable"));
        items.add(new ListItem("FileInfo.Extension", new ComputedValue(style -> read(style, "FileInfo.Extension")
                instanceof Map<?, ?> extensions ? String.join(",", extensions.keySet().stream()
                        .map(String::valueOf).toList()) : ""), null));
        COLORS.forEach(name -> items.add(sequence("Foreground." + name)));
        COLORS.forEach(name -> items.add(sequence("Background." + name)));
        return ViewDefinition.of("System.Management.Automation.PSStyle",
                List.of("System.Management.Automation.PSStyle"), new ListControl(items));
    }

    private static ListItem sequence(String path) {
        return new ListItem(path, new ComputedValue(style -> ValueText.plain(read(style, path)).replace("\u001b",
                "`e")), null);
    }

    private static ListItem text(String path) {
        return new ListItem(path, new ComputedValue(style -> ValueText.plain(read(style, path))), null);
    }

    private static Object read(Object style, String path) {
        Object value = style;
        for (String name : path.split("\\.")) {
            value = value == null ? null : ValueText.member(value, name);
        }
        return value;
    }
}
