package dev.jpwsh.dotnet.xml;

import dev.jpwsh.runtime.object.DotNetName;

/** System.Xml.XmlNameTable: what a document's NameTable gives an XmlNamespaceManager; names are not atomized. */
@DotNetName("System.Xml.NameTable")
public final class XmlNameTable {
    public String Add(String name) {
        return name;
    }

    public String Get(String name) {
        return name;
    }
}
