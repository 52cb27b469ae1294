package dev.jpwsh.dotnet.xml;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.NamedIndexer;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * System.Xml.XmlNode: one DOM node with .NET's members. Each DOM node has one facade, kept on the node, so the same
 * node always is the same object ({@code -eq}, {@code RemoveChild}). A node's text in PowerShell is its LocalName,
 * as pwsh's ToString code method for XmlNode gives it; {@code $node['name']} is its first child element of that name.
 */
@DotNetName("System.Xml.XmlNode")
public class XmlNode implements NamedIndexer {
    private static final String FACADE = "dev.jpwsh.dotnet.xml.facade";

    final Node dom;

    XmlNode(Node dom) {
        this.dom = dom;
        dom.setUserData(FACADE, this, null);
    }

    /** The facade of {@code node} (null for null), made on first use by the node's kind. */
    static XmlNode wrap(Node node) {
        if (node == null) {
            return null;
        }
        Object known = node.getUserData(FACADE);
        if (known instanceof XmlNode facade) {
            return facade;
        }
        return switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> new XmlElement(node);
            case Node.ATTRIBUTE_NODE -> new XmlAttribute(node);
            case Node.TEXT_NODE -> new XmlCharacterData.XmlText(node);
            case Node.CDATA_SECTION_NODE -> new XmlCharacterData.XmlCDataSection(node);
            case Node.COMMENT_NODE -> new XmlCharacterData.XmlComment(node);
            case Node.PROCESSING_INSTRUCTION_NODE -> XmlDeclaration.TARGET.equals(node.getNodeName())
                    ? new XmlDeclaration(node) : new XmlProcessingInstruction(node);
            case Node.DOCUMENT_NODE -> new XmlDocument((Document) node);
            case Node.DOCUMENT_FRAGMENT_NODE -> new XmlDocumentFragment(node);
            default -> new XmlNode(node);
        };
    }

    /** The DOM node of a facade argument; an argument of another kind is refused as .NET refuses a null node. */
    static Node dom(XmlNode node) {
        if (node == null) {
            throw new IllegalArgumentException("Value cannot be null. (Parameter 'newChild')");
        }
        return node.dom;
    }

    /** A namespace URI argument as the DOM takes it: .NET's empty string for no namespace is null. */
    static String namespaceOrNull(String namespaceUri) {
        return namespaceUri == null || namespaceUri.isEmpty() ? null : namespaceUri;
    }

    public String getName() {
        return dom.getNodeName();
    }

    public String getLocalName() {
        String local = dom.getLocalName();
        return local != null ? local : dom.getNodeName();
    }

    public String getNamespaceURI() {
        String uri = dom.getNamespaceURI();
        return uri == null ? "" : uri;
    }

    public String getPrefix() {
        String prefix = dom.getPrefix();
        return prefix == null ? "" : prefix;
    }

    public XmlNodeType getNodeType() {
        return switch (dom.getNodeType()) {
            case Node.ELEMENT_NODE -> XmlNodeType.Element;
            case Node.ATTRIBUTE_NODE -> XmlNodeType.Attribute;
            case Node.TEXT_NODE -> XmlNodeType.Text;
            case Node.CDATA_SECTION_NODE -> XmlNodeType.CDATA;
            case Node.ENTITY_REFERENCE_NODE -> XmlNodeType.EntityReference;
            case Node.PROCESSING_INSTRUCTION_NODE -> XmlNodeType.ProcessingInstruction;
            case Node.COMMENT_NODE -> XmlNodeType.Comment;
            case Node.DOCUMENT_NODE -> XmlNodeType.Document;
            case Node.DOCUMENT_TYPE_NODE -> XmlNodeType.DocumentType;
            case Node.DOCUMENT_FRAGMENT_NODE -> XmlNodeType.DocumentFragment;
            default -> XmlNodeType.None;
        };
    }

    public String getValue() {
        return dom.getNodeValue();
    }

    public void setValue(String value) {
        if (dom.getNodeType() == Node.ELEMENT_NODE || dom.getNodeType() == Node.DOCUMENT_NODE) {
            throw new IllegalStateException("Cannot set a value on node type '" + getNodeType() + "'.");
        }
        dom.setNodeValue(value);
    }

    public String getInnerText() {
        String text = dom.getTextContent();
        return text == null ? "" : text;
    }

    public void setInnerText(String text) {
        dom.setTextContent(text);
    }

    public String getOuterXml() {
        return XmlWriting.outerXml(dom);
    }

    public String getInnerXml() {
        return XmlWriting.innerXml(dom);
    }

    public void setInnerXml(String xml) {
        XmlParsing.replaceChildren(dom, xml);
    }

    public XmlNodeList getChildNodes() {
        return XmlNodeList.of(dom.getChildNodes());
    }

    public XmlNode getFirstChild() {
        return wrap(dom.getFirstChild());
    }

    public XmlNode getLastChild() {
        return wrap(dom.getLastChild());
    }

    public XmlNode getParentNode() {
        return wrap(dom.getParentNode());
    }

    public XmlNode getNextSibling() {
        return wrap(dom.getNextSibling());
    }

    public XmlNode getPreviousSibling() {
        return wrap(dom.getPreviousSibling());
    }

    public boolean getHasChildNodes() {
        return dom.hasChildNodes();
    }

    /** The attributes of an element; null for other nodes, as in .NET. */
    public XmlAttributeCollection getAttributes() {
        return null;
    }

    public XmlDocument getOwnerDocument() {
        return (XmlDocument) wrap(dom.getOwnerDocument());
    }

    public XmlNode AppendChild(XmlNode child) {
        dom.appendChild(adopted(child));
        return child;
    }

    public XmlNode PrependChild(XmlNode child) {
        dom.insertBefore(adopted(child), dom.getFirstChild());
        return child;
    }

    public XmlNode InsertBefore(XmlNode child, XmlNode reference) {
        dom.insertBefore(adopted(child), reference == null ? null : reference.dom);
        return child;
    }

    public XmlNode InsertAfter(XmlNode child, XmlNode reference) {
        Node before = reference == null ? dom.getFirstChild() : reference.dom.getNextSibling();
        dom.insertBefore(adopted(child), before);
        return child;
    }

    public XmlNode RemoveChild(XmlNode child) {
        dom.removeChild(dom(child));
        return child;
    }

    public XmlNode ReplaceChild(XmlNode newChild, XmlNode oldChild) {
        dom.replaceChild(adopted(newChild), dom(oldChild));
        return oldChild;
    }

    public void RemoveAll() {
        while (dom.getFirstChild() != null) {
            dom.removeChild(dom.getFirstChild());
        }
    }

    public XmlNode CloneNode(boolean deep) {
        return wrap(dom.cloneNode(deep));
    }

    public XmlNode Clone() {
        return CloneNode(true);
    }

    public XmlNodeList SelectNodes(String xpath) {
        return XPathQueries.select(dom, xpath, null);
    }

    public XmlNodeList SelectNodes(String xpath, XmlNamespaceManager namespaces) {
        return XPathQueries.select(dom, xpath, namespaces);
    }

    public XmlNode SelectSingleNode(String xpath) {
        return XPathQueries.selectOne(dom, xpath, null);
    }

    public XmlNode SelectSingleNode(String xpath, XmlNamespaceManager namespaces) {
        return XPathQueries.selectOne(dom, xpath, namespaces);
    }

    public String GetNamespaceOfPrefix(String prefix) {
        String uri = dom.lookupNamespaceURI(prefix == null || prefix.isEmpty() ? null : prefix);
        return uri == null ? "" : uri;
    }

    public String GetPrefixOfNamespace(String namespaceUri) {
        String prefix = dom.lookupPrefix(namespaceUri);
        return prefix == null ? "" : prefix;
    }

    public void Normalize() {
        dom.normalize();
    }

    /** {@code $node['name']}: the first child element of that name, or null. */
    @Override
    public Object item(String name) {
        for (Node child = dom.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE && child.getNodeName().equals(name)) {
                return wrap(child);
            }
        }
        return null;
    }

    /** A node to insert here: one of another document is refused as .NET refuses it. */
    private Node adopted(XmlNode child) {
        Node node = dom(child);
        Document owner = dom.getNodeType() == Node.DOCUMENT_NODE ? (Document) dom : dom.getOwnerDocument();
        if (node.getOwnerDocument() != owner && node != owner) {
            throw new IllegalArgumentException("The node to be inserted is from a different document context.");
        }
        return node;
    }

    @Override
    public String toString() {
        return getLocalName();
    }
}
