package dev.jpwsh.format.view;

import dev.jpwsh.format.data.FormatData.Alignment;
import dev.jpwsh.format.view.FormatTypeDefinitions.ExtendedTypeDefinition;
import dev.jpwsh.format.view.FormatTypeDefinitions.FormatViewDefinition;
import dev.jpwsh.format.view.ViewDefinition.ComputedValue;
import dev.jpwsh.format.view.ViewDefinition.CustomControl;
import dev.jpwsh.format.view.ViewDefinition.ListControl;
import dev.jpwsh.format.view.ViewDefinition.ListItem;
import dev.jpwsh.format.view.ViewDefinition.PropertyValue;
import dev.jpwsh.format.view.ViewDefinition.ScriptValue;
import dev.jpwsh.format.view.ViewDefinition.TableColumn;
import dev.jpwsh.format.view.ViewDefinition.TableControl;
import dev.jpwsh.format.view.ViewDefinition.WideControl;
import java.util.List;
import java.util.Locale;

/**
 * Writes type definitions as a format.ps1xml file, as Export-FormatData does: one View per view and type set, with
 * its ViewSelectedBy, GroupBy and control, indented by two spaces, in ASCII with other characters as references.
 * Script block columns are written as {@code ;} unless script blocks are included; columns jpwsh computes in Java
 * always are.
 */
public final class FormatXmlWriter {
    private final StringBuilder out = new StringBuilder();
    private final boolean includeScriptBlocks;
    private int depth;

    private FormatXmlWriter(boolean includeScriptBlocks) {
        this.includeScriptBlocks = includeScriptBlocks;
    }

    /** {@return the format.ps1xml text of {@code definitions}} */
    public static String write(List<ExtendedTypeDefinition> definitions, boolean includeScriptBlocks) {
        FormatXmlWriter writer = new FormatXmlWriter(includeScriptBlocks);
        writer.out.append("<?xml version=\"1.0\" encoding=\"us-ascii\"?>\n");
        writer.start("Configuration");
        writer.start("ViewDefinitions");
        for (ExtendedTypeDefinition definition : definitions) {
            for (FormatViewDefinition view : definition.views()) {
                writer.view(definition.typeNames(), view.view());
            }
        }
        writer.end("ViewDefinitions");
        writer.end("Configuration");
        return writer.out.toString();
    }

    private void view(List<String> typeNames, ViewDefinition view) {
        start("View");
        element("Name", view.name());
        start("ViewSelectedBy");
        typeNames.forEach(t -> element("TypeName", t));
        end("ViewSelectedBy");
        switch (view.control()) {
            case TableControl t -> table(t);
            case ListControl l -> list(l);
            case WideControl w -> wide(w);
            case CustomControl c -> custom();
        }
        end("View");
    }

    private void table(TableControl table) {
        if (table.groupBy() != null) {
            start("GroupBy");
            value(table.groupBy().key());
            if (table.groupBy().label() != null) {
                element("Label", table.groupBy().label());
            }
            end("GroupBy");
        }
        start("TableControl");
        if (table.autoSize()) {
            empty("AutoSize");
        }
        if (table.hideHeaders()) {
            empty("HideTableHeaders");
        }
        start("TableHeaders");
        for (TableColumn column : table.columns()) {
            if (column.label() == null && column.width() == 0 && column.alignment() == Alignment.UNDEFINED) {
                empty("TableColumnHeader");
                continue;
            }
            start("TableColumnHeader");
            if (column.label() != null) {
                element("Label", column.label());
            }
            if (column.width() > 0) {
                element("Width", Integer.toString(column.width()));
            }
            if (column.alignment() != Alignment.UNDEFINED) {
                element("Alignment", alignment(column.alignment()));
            }
            end("TableColumnHeader");
        }
        end("TableHeaders");
        start("TableRowEntries");
        start("TableRowEntry");
        start("TableColumnItems");
        for (TableColumn column : table.columns()) {
            start("TableColumnItem");
            if (column.formatString() != null) {
                element("FormatString", column.formatString());
            }
            value(column.value());
            end("TableColumnItem");
        }
        end("TableColumnItems");
        end("TableRowEntry");
        end("TableRowEntries");
        end("TableControl");
    }

    private void list(ListControl list) {
        start("ListControl");
        start("ListEntries");
        start("ListEntry");
        start("ListItems");
        for (ListItem item : list.items()) {
            start("ListItem");
            if (item.label() != null) {
                element("Label", item.label());
            }
            if (item.formatString() != null) {
                element("FormatString", item.formatString());
            }
            value(item.value());
            end("ListItem");
        }
        end("ListItems");
        end("ListEntry");
        end("ListEntries");
        end("ListControl");
    }

    private void wide(WideControl wide) {
        start("WideControl");
        start("WideEntries");
        start("WideEntry");
        start("WideItem");
        value(wide.value());
        end("WideItem");
        end("WideEntry");
        end("WideEntries");
        end("WideControl");
    }

    private void custom() {
        start("CustomControl");
        start("CustomEntries");
        start("CustomEntry");
        start("CustomItem");
        start("ExpressionBinding");
        element("ScriptBlock", ";");
        end("ExpressionBinding");
        end("CustomItem");
        end("CustomEntry");
        end("CustomEntries");
        end("CustomControl");
    }

    private void value(ViewDefinition.Value value) {
        switch (value) {
            case PropertyValue p -> element("PropertyName", p.name());
            case ScriptValue s -> element("ScriptBlock", includeScriptBlocks ? s.script().toString() : ";");
            case ComputedValue c -> element("ScriptBlock", ";");
        }
    }

    private static String alignment(Alignment alignment) {
        String name = alignment.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private void start(String name) {
        indent().append('<').append(name).append(">\n");
        depth++;
    }

    private void end(String name) {
        depth--;
        indent().append("</").append(name).append(">\n");
    }

    private void empty(String name) {
        indent().append('<').append(name).append(" />\n");
    }

    private void element(String name, String text) {
        indent().append('<').append(name).append('>');
        escape(text);
        out.append("</").append(name).append(">\n");
    }

    private StringBuilder indent() {
        return out.append("  ".repeat(depth));
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> {
                    if (c > 126 || c < 32 && c != '\n' && c != '\t' && c != '\r') {
                        out.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
