package dev.jpwsh.dotnet.xml;

import dev.jpwsh.runtime.object.DotNetName;
import org.w3c.dom.CharacterData;
import org.w3c.dom.Node;

/** System.Xml.XmlCharacterData: a node that holds text (text, CDATA, a comment), with its kinds. */
@DotNetName("System.Xml.XmlCharacterData")
public class XmlCharacterData extends XmlNode {
    XmlCharacterData(Node dom) {
        super(dom);
    }

    public String getData() {
        return ((CharacterData) dom).getData();
    }

    public void setData(String data) {
        ((CharacterData) dom).setData(data);
    }

    public int getLength() {
        return ((CharacterData) dom).getLength();
    }

    public void AppendData(String data) {
        ((CharacterData) dom).appendData(data);
    }

    /** System.Xml.XmlText. */
    @DotNetName("System.Xml.XmlText")
    public static final class XmlText extends XmlCharacterData {
        XmlText(Node dom) {
            super(dom);
        }
    }

    /** System.Xml.XmlCDataSection. */
    @DotNetName("System.Xml.XmlCDataSection")
    public static final class XmlCDataSection extends XmlCharacterData {
        XmlCDataSection(Node dom) {
            super(dom);
        }
    }

    /** System.Xml.XmlComment. */
    @DotNetName("System.Xml.XmlComment")
    public static final class XmlComment extends XmlCharacterData {
        XmlComment(Node dom) {
            super(dom);
        }
    }
}
