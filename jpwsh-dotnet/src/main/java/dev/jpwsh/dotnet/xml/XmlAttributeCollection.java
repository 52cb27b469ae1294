package dev.jpwsh.dotnet.xml;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.NamedIndexer;
import java.util.AbstractList;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/** System.Xml.XmlAttributeCollection: an element's attributes, by position or ({@code $a['id']}) by name. */
@DotNetName("System.Xml.XmlAttributeCollection")
public final class XmlAttributeCollection extends AbstractList<XmlAttribute> implements NamedIndexer {
    private final Element owner;

    XmlAttributeCollection(Element owner) {
        this.owner = owner;
    }

    private NamedNodeMap attributes() {
        return owner.getAttributes();
    }

    @Override
    public XmlAttribute get(int index) {
        return (XmlAttribute) XmlNode.wrap(attributes().item(index));
    }

    @Override
    public int size() {
        return attributes().getLength();
    }

    public int getCount() {
        return size();
    }

    @Override
    public Object item(String name) {
        return GetNamedItem(name);
    }

    public XmlAttribute GetNamedItem(String name) {
        return (XmlAttribute) XmlNode.wrap(attributes().getNamedItem(name));
    }

    public XmlAttribute Append(XmlAttribute attribute) {
        owner.setAttributeNode((Attr) XmlNode.dom(attribute));
        return attribute;
    }

    public XmlAttribute Remove(XmlAttribute attribute) {
        owner.removeAttributeNode((Attr) XmlNode.dom(attribute));
        return attribute;
    }

    public void RemoveAll() {
        while (size() > 0) {
            owner.removeAttributeNode((Attr) attributes().item(0));
        }
    }

    public XmlAttribute RemoveNamedItem(String name) {
        XmlAttribute found = GetNamedItem(name);
        if (found != null) {
            Remove(found);
        }
        return found;
    }

    @Override
    public String toString() {
        return "System.Xml.XmlAttributeCollection";
    }
}
