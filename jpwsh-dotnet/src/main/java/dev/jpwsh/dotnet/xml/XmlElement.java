package dev.jpwsh.dotnet.xml;

import dev.jpwsh.runtime.object.DotNetName;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** System.Xml.XmlElement: an element with its attributes. */
@DotNetName("System.Xml.XmlElement")
public final class XmlElement extends XmlNode {
    XmlElement(Node dom) {
        super(dom);
    }

    private Element element() {
        return (Element) dom;
    }

    @Override
    public XmlAttributeCollection getAttributes() {
        return new XmlAttributeCollection(element());
    }

    public boolean getHasAttributes() {
        return element().hasAttributes();
    }

    /** Whether the element has no content (it is written {@code <name />}). */
    public boolean getIsEmpty() {
        return !dom.hasChildNodes();
    }

    /** The attribute's value, or the empty string when there is none. */
    public String GetAttribute(String name) {
        return element().getAttribute(name);
    }

    public String GetAttribute(String localName, String namespaceUri) {
        return element().getAttributeNS(namespaceOrNull(namespaceUri), localName);
    }

    public void SetAttribute(String name, String value) {
        element().setAttribute(name, value);
    }

    public String SetAttribute(String localName, String namespaceUri, String value) {
        String uri = namespaceOrNull(namespaceUri);
        Attr existing = element().getAttributeNodeNS(uri, localName);
        if (existing != null) {
            existing.setValue(value);
        } else {
            element().setAttributeNS(uri, localName, value);
        }
        return value;
    }

    public boolean HasAttribute(String name) {
        return element().hasAttribute(name);
    }

    public void RemoveAttribute(String name) {
        element().removeAttribute(name);
    }

    public XmlAttribute GetAttributeNode(String name) {
        return (XmlAttribute) wrap(element().getAttributeNode(name));
    }

    public XmlAttribute SetAttributeNode(XmlAttribute attribute) {
        return (XmlAttribute) wrap(element().setAttributeNode((Attr) dom(attribute)));
    }

    public void RemoveAllAttributes() {
        while (element().getAttributes().getLength() > 0) {
            element().removeAttributeNode((Attr) element().getAttributes().item(0));
        }
    }

    public XmlNodeList GetElementsByTagName(String name) {
        return XmlNodeList.of(element().getElementsByTagName(name));
    }
}
