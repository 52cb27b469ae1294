package dev.jpwsh.dotnet.xml;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;

/**
 * System.Xml.XmlNamespaceManager: the prefixes an XPath query may use ({@code AddNamespace}), with {@code xml} and
 * {@code xmlns} always bound. The empty prefix is never applied to names in a query, as in .NET's XPath.
 */
@DotNetName("System.Xml.XmlNamespaceManager")
public final class XmlNamespaceManager {
    private final Map<String, String> prefixes = new LinkedHashMap<>();

    public XmlNamespaceManager(XmlNameTable nameTable) {
        if (nameTable == null) {
            throw new IllegalArgumentException("Value cannot be null. (Parameter 'nameTable')");
        }
        prefixes.put(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI);
        prefixes.put(XMLConstants.XMLNS_ATTRIBUTE, XMLConstants.XMLNS_ATTRIBUTE_NS_URI);
    }

    public void AddNamespace(String prefix, String uri) {
        if (XMLConstants.XML_NS_PREFIX.equals(prefix) || XMLConstants.XMLNS_ATTRIBUTE.equals(prefix)) {
            throw new IllegalArgumentException("Prefixes beginning with \"xml\" (regardless of whether the characters "
                    + "are uppercase, lowercase, or some combination thereof) are reserved for use by XML.");
        }
        prefixes.put(prefix == null ? "" : prefix, uri == null ? "" : uri);
    }

    public void RemoveNamespace(String prefix, String uri) {
        prefixes.remove(prefix, uri);
    }

    public String LookupNamespace(String prefix) {
        return prefixes.get(prefix == null ? "" : prefix);
    }

    public String LookupPrefix(String uri) {
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            if (e.getValue().equals(uri)) {
                return e.getKey();
            }
        }
        return null;
    }

    public boolean HasNamespace(String prefix) {
        return prefixes.containsKey(prefix == null ? "" : prefix);
    }

    public String getDefaultNamespace() {
        return prefixes.getOrDefault("", "");
    }

    /** The URI a query's prefix stands for; an unknown prefix fails the query as .NET's does. */
    String uriForQuery(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return XMLConstants.NULL_NS_URI;
        }
        String uri = prefixes.get(prefix);
        if (uri == null) {
            throw new XPathException("Namespace prefix '" + prefix + "' is not defined.");
        }
        return uri;
    }
}
