package dev.jpwsh.dotnet.xml;

import dev.jpwsh.runtime.object.DotNetName;
import org.w3c.dom.Attr;
import org.w3c.dom.Node;

/** System.Xml.XmlAttribute: {@code name="value"} on an element; its text is its value. */
@DotNetName("System.Xml.XmlAttribute")
public final class XmlAttribute extends XmlNode {
    XmlAttribute(Node dom) {
        super(dom);
    }

    public XmlElement getOwnerElement() {
        return (XmlElement) wrap(((Attr) dom).getOwnerElement());
    }

    public boolean getSpecified() {
        return ((Attr) dom).getSpecified();
    }

    /** An attribute has no parent in .NET: its element is its OwnerElement. */
    @Override
    public XmlNode getParentNode() {
        return null;
    }

    @Override
    public String getInnerXml() {
        return XmlWriting.escape(getValue(), true);
    }

    @Override
    public String getInnerText() {
        return getValue();
    }

    @Override
    public void setInnerText(String text) {
        setValue(text);
    }
}
