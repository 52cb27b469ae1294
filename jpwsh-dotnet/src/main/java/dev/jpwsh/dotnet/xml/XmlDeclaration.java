package dev.jpwsh.dotnet.xml;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/**
 * System.Xml.XmlDeclaration: {@code <?xml version="1.0" encoding="utf-8"?>}. The DOM keeps no node for it, so it is
 * kept as a processing instruction with the target {@code xml} in front of the root, as .NET keeps it.
 */
@DotNetName("System.Xml.XmlDeclaration")
public final class XmlDeclaration extends XmlNode {
    static final String TARGET = "xml";

    XmlDeclaration(Node dom) {
        super(dom);
    }

    /** The text of a declaration with these parts, as .NET writes it (absent parts left out). */
    static String text(String version, String encoding, String standalone) {
        StringBuilder sb = new StringBuilder("version=\"").append(version).append('"');
        if (encoding != null && !encoding.isEmpty()) {
            sb.append(" encoding=\"").append(encoding).append('"');
        }
        if (standalone != null && !standalone.isEmpty()) {
            sb.append(" standalone=\"").append(standalone).append('"');
        }
        return sb.toString();
    }

    private String part(String name) {
        Matcher m = Pattern.compile(name + "\\s*=\\s*[\"']([^\"']*)[\"']").matcher(getData());
        return m.find() ? m.group(1) : "";
    }

    private String getData() {
        return ((ProcessingInstruction) dom).getData();
    }

    public String getVersion() {
        return part("version");
    }

    public String getEncoding() {
        return part("encoding");
    }

    public String getStandalone() {
        return part("standalone");
    }

    @Override
    public String getName() {
        return TARGET;
    }

    @Override
    public String getLocalName() {
        return TARGET;
    }

    @Override
    public XmlNodeType getNodeType() {
        return XmlNodeType.XmlDeclaration;
    }

    @Override
    public String getValue() {
        return getData();
    }

    @Override
    public String getInnerText() {
        return getData();
    }
}
