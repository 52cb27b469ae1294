package dev.jpwsh.dotnet.xml;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayDeque;
import java.util.Deque;
import org.w3c.dom.Node;

/**
 * System.Xml.XmlNodeReader: a forward-only reader over a node's subtree ({@code Read} moves to the next start tag,
 * text or end tag), enough for code that hands a document to a reader (seed 004's XAML loading) and for
 * scripts that walk a document with {@code while ($r.Read())}.
 */
@DotNetName("System.Xml.XmlNodeReader")
public final class XmlNodeReader {
    private final Node root;
    private final Deque<Node> open = new ArrayDeque<>();
    private Node current;
    private boolean atEnd;
    private boolean eof;

    public XmlNodeReader(XmlNode node) {
        if (node == null) {
            throw new IllegalArgumentException("Value cannot be null. (Parameter 'node')");
        }
        this.root = node.dom;
    }

    /** Moves to the next node; false at the end. */
    public boolean Read() {
        if (eof) {
            return false;
        }
        if (current == null) {
            current = root.getNodeType() == Node.DOCUMENT_NODE ? root.getFirstChild() : root;
        } else if (!atEnd && current.getNodeType() == Node.ELEMENT_NODE && current.hasChildNodes()) {
            open.push(current);
            current = current.getFirstChild();
        } else if (current == root) {
            current = null;
        } else if (current.getNextSibling() != null) {
            current = current.getNextSibling();
            atEnd = false;
            return true;
        } else if (!open.isEmpty()) {
            current = open.pop();
            atEnd = true;
            return true;
        } else {
            current = null;
        }
        atEnd = false;
        eof = current == null;
        return !eof;
    }

    public boolean getEOF() {
        return eof;
    }

    public int getDepth() {
        return open.size();
    }

    public XmlNodeType getNodeType() {
        if (current == null) {
            return XmlNodeType.None;
        }
        return atEnd ? XmlNodeType.EndElement : XmlNode.wrap(current).getNodeType();
    }

    /** The name of an element, attribute, declaration or processing instruction; empty for text and comments. */
    public String getName() {
        return named() ? XmlNode.wrap(current).getName() : "";
    }

    public String getLocalName() {
        return named() ? XmlNode.wrap(current).getLocalName() : "";
    }

    private boolean named() {
        return current != null && (current.getNodeType() == Node.ELEMENT_NODE
                || current.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE);
    }

    public String getNamespaceURI() {
        return current == null ? "" : XmlNode.wrap(current).getNamespaceURI();
    }

    public String getValue() {
        String value = current == null || atEnd ? null : current.getNodeValue();
        return value == null ? "" : value;
    }

    public boolean getIsEmptyElement() {
        return current != null && !atEnd && current.getNodeType() == Node.ELEMENT_NODE && !current.hasChildNodes();
    }

    public String GetAttribute(String name) {
        return current != null && current.getNodeType() == Node.ELEMENT_NODE
                ? ((org.w3c.dom.Element) current).getAttribute(name) : null;
    }

    public void Close() {
        eof = true;
        current = null;
    }

    public void Dispose() {
        Close();
    }
}
