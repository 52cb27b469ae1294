package dev.jpwsh.dotnet.xml;

import org.w3c.dom.Attr;
import org.w3c.dom.DocumentType;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/**
 * Nodes as XML text the way .NET writes them: OuterXml and InnerXml on one line ({@code <e a="v" />} for an empty
 * element, a namespace declaration added where an element's namespace is not in scope), and the indented form
 * XmlDocument.Save writes (two spaces a level; no indentation inside an element once it holds text).
 */
public final class XmlWriting {
    private XmlWriting() {
    }

    static String outerXml(Node node) {
        StringBuilder out = new StringBuilder();
        write(node, out, -1);
        return out.toString();
    }

    static String innerXml(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            write(child, out, -1);
        }
        return out.toString();
    }

    /** The document as Save writes it, indented. */
    static String indented(Node document) {
        StringBuilder out = new StringBuilder();
        for (Node child = document.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            write(child, out, 0);
        }
        return out.toString();
    }

    /** Writes {@code node}; {@code depth} is its indentation level, or -1 for none. */
    private static void write(Node node, StringBuilder out, int depth) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> element(node, out, depth);
            case Node.ATTRIBUTE_NODE -> out.append(node.getNodeName()).append("=\"")
                    .append(escape(node.getNodeValue(), true)).append('"');
            case Node.TEXT_NODE -> out.append(escape(node.getNodeValue(), false));
            case Node.CDATA_SECTION_NODE -> out.append("<![CDATA[").append(node.getNodeValue()).append("]]>");
            case Node.COMMENT_NODE -> out.append("<!--").append(node.getNodeValue()).append("-->");
            case Node.PROCESSING_INSTRUCTION_NODE -> {
                ProcessingInstruction pi = (ProcessingInstruction) node;
                out.append("<?").append(pi.getTarget());
                if (!pi.getData().isEmpty()) {
                    out.append(' ').append(pi.getData());
                }
                out.append("?>");
            }
            case Node.DOCUMENT_TYPE_NODE -> doctype((DocumentType) node, out);
            case Node.DOCUMENT_NODE, Node.DOCUMENT_FRAGMENT_NODE -> {
                for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                    write(child, out, -1);
                }
            }
            default -> out.append(node.getTextContent() == null ? "" : escape(node.getTextContent(), false));
        }
    }

    private static void element(Node node, StringBuilder out, int depth) {
        out.append('<').append(node.getNodeName());
        NamedNodeMap attributes = node.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            out.append(' ');
            write(attributes.item(i), out, -1);
        }
        namespaceDeclaration(node, out);
        if (!node.hasChildNodes()) {
            out.append(" />");
            return;
        }
        out.append('>');
        boolean mixed = depth < 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            short type = child.getNodeType();
            if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
                mixed = true;
            } else if (!mixed) {
                out.append('\n').append("  ".repeat(depth + 1));
            }
            write(child, out, mixed ? -1 : depth + 1);
        }
        if (!mixed) {
            out.append('\n').append("  ".repeat(depth));
        }
        out.append("</").append(node.getNodeName()).append('>');
    }

    /** {@code xmlns} for an element whose namespace no attribute of it or its ancestors declares. */
    private static void namespaceDeclaration(Node element, StringBuilder out) {
        String prefix = element.getPrefix();
        String uri = element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
        String attribute = prefix == null ? "xmlns" : "xmlns:" + prefix;
        for (Node n = element; n != null && n.getNodeType() == Node.ELEMENT_NODE; n = n.getParentNode()) {
            Attr declared = (Attr) n.getAttributes().getNamedItem(attribute);
            if (declared != null) {
                if (n != element && !declared.getValue().equals(uri)) {
                    break;
                }
                return;
            }
        }
        if (!uri.isEmpty() || prefix == null && declaredDefault(element.getParentNode())) {
            out.append(' ').append(attribute).append("=\"").append(escape(uri, true)).append('"');
        }
    }

    /** Whether a non-empty default namespace is in scope at {@code node}. */
    private static boolean declaredDefault(Node node) {
        for (Node n = node; n != null && n.getNodeType() == Node.ELEMENT_NODE; n = n.getParentNode()) {
            Attr declared = (Attr) n.getAttributes().getNamedItem("xmlns");
            if (declared != null) {
                return !declared.getValue().isEmpty();
            }
        }
        return false;
    }

    private static void doctype(DocumentType type, StringBuilder out) {
        out.append("<!DOCTYPE ").append(type.getName());
        if (type.getPublicId() != null) {
            out.append(" PUBLIC \"").append(type.getPublicId()).append("\" \"").append(type.getSystemId()).append('"');
        } else if (type.getSystemId() != null) {
            out.append(" SYSTEM \"").append(type.getSystemId()).append('"');
        }
        if (type.getInternalSubset() != null) {
            out.append('[').append(type.getInternalSubset()).append(']');
        }
        out.append('>');
    }

    /** Text with {@code &}, {@code <} and {@code >} escaped, and {@code "} too in an attribute. */
    public static String escape(String text, boolean attribute) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                default -> null;
            };
            if (entity != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(entity != null ? entity : String.valueOf(c));
            }
        }
        return sb == null ? text : sb.toString();
    }
}
