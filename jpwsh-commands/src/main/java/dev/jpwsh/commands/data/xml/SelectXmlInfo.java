package dev.jpwsh.commands.data.xml;

import dev.jpwsh.dotnet.xml.XmlNode;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.DotNetProperties;

/**
 * One node Select-Xml found: the node, the file it came from ({@code InputStream} for documents and text) and the
 * XPath pattern. Its text is the node's value (or inner XML), trimmed, followed by {@code :path} for a file.
 */
@DotNetName("Microsoft.PowerShell.Commands.SelectXmlInfo")
@DotNetProperties({"Node", "Path", "Pattern"})
public final class SelectXmlInfo {
    private static final String INPUT_STREAM = "InputStream";

    private final XmlNode node;
    private final String path;
    private final String pattern;

    SelectXmlInfo(XmlNode node, String path, String pattern) {
        this.node = node;
        this.path = path == null || path.isEmpty() ? INPUT_STREAM : path;
        this.pattern = pattern;
    }

    public XmlNode getNode() {
        return node;
    }

    public String getPath() {
        return path;
    }

    public String getPattern() {
        return pattern;
    }

    @Override
    public String toString() {
        String text = node == null ? "" : (node.getValue() != null ? node.getValue() : node.getInnerXml()).strip();
        return path.equals(INPUT_STREAM) ? text : text + ":" + path;
    }
}
