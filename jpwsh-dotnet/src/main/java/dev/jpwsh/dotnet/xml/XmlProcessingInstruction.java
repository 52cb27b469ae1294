package dev.jpwsh.dotnet.xml;

import dev.jpwsh.runtime.object.DotNetName;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/** System.Xml.XmlProcessingInstruction: {@code <?target data?>}. */
@DotNetName("System.Xml.XmlProcessingInstruction")
public final class XmlProcessingInstruction extends XmlNode {
    XmlProcessingInstruction(Node dom) {
        super(dom);
    }

    public String getTarget() {
        return ((ProcessingInstruction) dom).getTarget();
    }

    public String getData() {
        return ((ProcessingInstruction) dom).getData();
    }

    public void setData(String data) {
        ((ProcessingInstruction) dom).setData(data);
    }

    @Override
    public String getInnerText() {
        return getData();
    }
}
