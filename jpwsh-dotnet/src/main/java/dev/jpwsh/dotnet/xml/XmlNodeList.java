package dev.jpwsh.dotnet.xml;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * System.Xml.XmlNodeList: nodes a query or ChildNodes gave; a live list over a node's children, a fixed one for a
 * query's result. Its text is its nodes' names joined by spaces (the one node's alone), as pwsh shows it.
 */
@DotNetName("System.Xml.XmlNodeList")
public final class XmlNodeList extends AbstractList<XmlNode> {
    private final NodeList live;
    private final List<Node> fixed;

    private XmlNodeList(NodeList live, List<Node> fixed) {
        this.live = live;
        this.fixed = fixed;
    }

    static XmlNodeList of(NodeList live) {
        return new XmlNodeList(live, null);
    }

    static XmlNodeList copyOf(NodeList nodes) {
        List<Node> copy = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            copy.add(nodes.item(i));
        }
        return new XmlNodeList(null, copy);
    }

    @Override
    public XmlNode get(int index) {
        return XmlNode.wrap(live != null ? live.item(index) : fixed.get(index));
    }

    @Override
    public int size() {
        return live != null ? live.getLength() : fixed.size();
    }

    public int getCount() {
        return size();
    }

    /** {@code Item(i)}: the node at that position, or null past the end (.NET does not throw). */
    public XmlNode Item(int index) {
        return index < 0 || index >= size() ? null : get(index);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (XmlNode node : this) {
            sb.append(sb.isEmpty() ? "" : " ").append(node);
        }
        return sb.toString();
    }
}
