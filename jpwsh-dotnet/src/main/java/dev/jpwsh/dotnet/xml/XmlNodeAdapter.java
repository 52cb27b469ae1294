package dev.jpwsh.dotnet.xml;

import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * PowerShell's XML adapter: a node's attributes and children are its properties, by LocalName without regard to
 * case, ahead of the node's .NET members ({@code $doc.root.item[0].name}). A property's value is a string for an
 * attribute, a text node, or an element with no attributes holding only text (or nothing); otherwise the node;
 * several nodes of one name give an array. Setting a property sets the text of the one attribute or text-only
 * element it names.
 */
public final class XmlNodeAdapter {
    /** What {@link #get} answers for a name the node has no attribute or child for. */
    public static final Object ABSENT = new Object();

    private XmlNodeAdapter() {
    }

    /** A property the adapter cannot set (pwsh's SetValueException), with pwsh's error id. */
    public static final class SetRefused extends RuntimeException {
        private final String errorId;

        SetRefused(String errorId, String name) {
            super("Cannot set \"" + name + "\" because only strings can be used as values to set XmlNode properties.");
            this.errorId = errorId;
        }

        public String errorId() {
            return errorId;
        }
    }

    /** {@code node.Name} through the adapter, or {@link #ABSENT}. */
    public static Object get(XmlNode node, String name) {
        List<Node> found = find(node.dom, name);
        if (found.isEmpty()) {
            return ABSENT;
        }
        if (found.size() == 1) {
            return value(found.getFirst());
        }
        Object[] values = new Object[found.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(found.get(i));
        }
        return values;
    }

    /**
     * {@code node.Name = value} through the adapter: false when the node has no attribute or child by that name
     * (the node's own .NET property is set instead).
     */
    public static boolean set(XmlNode node, String name, Object value) {
        List<Node> found = find(node.dom, name);
        if (found.isEmpty()) {
            return false;
        }
        String text = LanguagePrimitives.toString(value);
        Node target = found.getFirst();
        if (found.size() > 1) {
            throw new SetRefused("XmlNodeSetRestrictionsMoreThanOneNode", name);
        }
        if (target.getNodeType() == Node.ELEMENT_NODE && target.getAttributes().getLength() > 0) {
            throw new SetRefused("XmlNodeSetRestrictionsNodeWithAttributes", name);
        }
        if (target.getNodeType() == Node.ELEMENT_NODE && !textOnly(target)) {
            throw new SetRefused("XmlNodeSetRestrictionsUnknownNodeType", name);
        }
        if (target.getNodeType() == Node.ATTRIBUTE_NODE) {
            target.setNodeValue(text);
        } else {
            target.setTextContent(text);
        }
        return true;
    }

    /** The names of the adapted properties, in document order (attributes first), each once. */
    public static List<String> names(XmlNode node) {
        Map<String, String> names = new LinkedHashMap<>();
        NamedNodeMap attributes = node.dom.getAttributes();
        if (attributes != null) {
            for (int i = 0; i < attributes.getLength(); i++) {
                String local = localName(attributes.item(i));
                names.putIfAbsent(local.toLowerCase(Locale.ROOT), local);
            }
        }
        for (Node child = node.dom.getFirstChild(); child != null; child = child.getNextSibling()) {
            String local = localName(child);
            names.putIfAbsent(local.toLowerCase(Locale.ROOT), local);
        }
        return new ArrayList<>(names.values());
    }

    private static List<Node> find(Node node, String name) {
        List<Node> found = new ArrayList<>(2);
        NamedNodeMap attributes = node.getAttributes();
        if (attributes != null) {
            for (int i = 0; i < attributes.getLength(); i++) {
                if (localName(attributes.item(i)).equalsIgnoreCase(name)) {
                    found.add(attributes.item(i));
                }
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (localName(child).equalsIgnoreCase(name)) {
                found.add(child);
            }
        }
        return found;
    }

    private static String localName(Node node) {
        String local = node.getLocalName();
        return local != null ? local : node.getNodeName();
    }

    private static boolean textOnly(Node element) {
        Node first = element.getFirstChild();
        return first == null || first.getNextSibling() == null && first.getNodeType() == Node.TEXT_NODE;
    }

    /** The value a property shows for one node. */
    private static Object value(Node node) {
        return switch (node.getNodeType()) {
            case Node.TEXT_NODE, Node.ATTRIBUTE_NODE -> node.getNodeValue();
            case Node.ELEMENT_NODE -> node.getAttributes().getLength() == 0 && textOnly(node)
                    ? node.getTextContent() : XmlNode.wrap(node);
            default -> node.hasChildNodes() ? XmlNode.wrap(node) : XmlNode.wrap(node).getInnerText();
        };
    }
}
