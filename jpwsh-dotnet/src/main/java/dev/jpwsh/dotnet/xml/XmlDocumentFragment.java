package dev.jpwsh.dotnet.xml;

import dev.jpwsh.runtime.object.DotNetName;
import org.w3c.dom.Node;

/** System.Xml.XmlDocumentFragment: nodes not yet in a document's tree. */
@DotNetName("System.Xml.XmlDocumentFragment")
public final class XmlDocumentFragment extends XmlNode {
    XmlDocumentFragment(Node dom) {
        super(dom);
    }
}
