package dev.jpwsh.format.view;

import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.format.data.FormatData.Alignment;
import dev.jpwsh.format.view.ViewDefinition.Control;
import dev.jpwsh.format.view.ViewDefinition.GroupBy;
import dev.jpwsh.format.view.ViewDefinition.ListControl;
import dev.jpwsh.format.view.ViewDefinition.ListItem;
import dev.jpwsh.format.view.ViewDefinition.PropertyValue;
import dev.jpwsh.format.view.ViewDefinition.ScriptValue;
import dev.jpwsh.format.view.ViewDefinition.TableColumn;
import dev.jpwsh.format.view.ViewDefinition.TableControl;
import dev.jpwsh.format.view.ViewDefinition.WideControl;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads the views of a format.ps1xml file: each View's Name, ViewSelectedBy type names, GroupBy and its
 * TableControl (headers with Label, Width, Alignment; column items with PropertyName or ScriptBlock and
 * FormatString), ListControl or WideControl. External entities are refused.
 */
public final class FormatFileLoader {
    private FormatFileLoader() {
    }

    /**
     * {@return the views {@code file} defines}
     *
     * @throws IOException when the file cannot be read or is not well-formed XML
     */
    public static List<ViewDefinition> load(Path file) throws IOException {
        Element root;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            root = builder.parse(in).getDocumentElement();
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            return views(root);
        } catch (NumberFormatException badWidth) {
            throw new IOException("A Width is not a number: " + badWidth.getMessage(), badWidth);
        }
    }

    private static List<ViewDefinition> views(Element root) throws IOException {
        List<ViewDefinition> views = new ArrayList<>();
        for (Element definitions : children(root, "ViewDefinitions")) {
            int index = 0;
            for (Element view : children(definitions, "View")) {
                index++;
                for (String required : List.of("Name", "ViewSelectedBy")) {
                    if (child(view, required) == null) {
                        throw new IOException("Error at XPath /Configuration/ViewDefinitions/View[" + index
                                + "]: Missing node: " + required + ".");
                    }
                }
                if (Stream.of("TableControl", "ListControl", "WideControl", "CustomControl")
                        .allMatch(name -> child(view, name) == null)) {
                    throw new IOException("Error at XPath /Configuration/ViewDefinitions/View[" + index
                            + "]: The view has no TableControl, ListControl, WideControl or CustomControl.");
                }
                Control control = control(view);
                if (control != null) {
                    views.add(ViewDefinition.of(text(view, "Name"), typeNames(view), control));
                }
            }
        }
        return views;
    }

    private static List<String> typeNames(Element view) {
        List<String> names = new ArrayList<>();
        for (Element selected : children(view, "ViewSelectedBy")) {
            for (Element type : children(selected, "TypeName")) {
                names.add(type.getTextContent().strip());
            }
        }
        return names;
    }

    private static Control control(Element view) {
        Element table = child(view, "TableControl");
        if (table != null) {
            return table(table, groupBy(view));
        }
        Element list = child(view, "ListControl");
        if (list != null) {
            List<ListItem> items = new ArrayList<>();
            for (Element item : descendants(list, "ListEntries", "ListEntry", "ListItems", "ListItem")) {
                items.add(new ListItem(text(item, "Label"), value(item), text(item, "FormatString")));
            }
            return new ListControl(items);
        }
        Element wide = child(view, "WideControl");
        if (wide != null) {
            List<Element> items = descendants(wide, "WideEntries", "WideEntry", "WideItem");
            return items.isEmpty() ? null : new WideControl(value(items.getFirst()));
        }
        return null;
    }

    private static TableControl table(Element table, GroupBy groupBy) {
        List<Element> headers = descendants(table, "TableHeaders", "TableColumnHeader");
        List<Element> items = descendants(table, "TableRowEntries", "TableRowEntry", "TableColumnItems",
                "TableColumnItem");
        List<TableColumn> columns = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            Element header = k < headers.size() ? headers.get(k) : null;
            Element item = items.get(k);
            String width = header == null ? null : text(header, "Width");
            columns.add(new TableColumn(header == null ? null : label(header),
                    width == null ? 0 : Integer.parseInt(width), alignment(header == null ? null
                    : text(header, "Alignment")), value(item), text(item, "FormatString")));
        }
        return new TableControl(columns, groupBy, child(table, "HideTableHeaders") != null,
                child(table, "AutoSize") != null);
    }

    private static GroupBy groupBy(Element view) {
        Element group = child(view, "GroupBy");
        if (group == null) {
            return null;
        }
        String label = text(group, "Label");
        ViewDefinition.Value key = value(group);
        return new GroupBy(key, null, label);
    }

    private static ViewDefinition.Value value(Element item) {
        String script = text(item, "ScriptBlock");
        return script != null ? new ScriptValue(ScriptBlock.Create(script))
                : new PropertyValue(String.valueOf(text(item, "PropertyName")));
    }

    private static Alignment alignment(String text) {
        return text == null ? Alignment.UNDEFINED : switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "left" -> Alignment.LEFT;
            case "right" -> Alignment.RIGHT;
            case "center" -> Alignment.CENTER;
            default -> Alignment.UNDEFINED;
        };
    }

    private static List<Element> descendants(Element from, String... path) {
        List<Element> level = List.of(from);
        for (String name : path) {
            List<Element> next = new ArrayList<>();
            for (Element e : level) {
                next.addAll(children(e, name));
            }
            level = next;
        }
        return level;
    }

    /** A column header's Label; an empty one counts as none, so the header shows the property's name. */
    private static String label(Element header) {
        String label = text(header, "Label");
        return label == null || label.isEmpty() ? null : label;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }
}
