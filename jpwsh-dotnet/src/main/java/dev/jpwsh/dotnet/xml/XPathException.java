package dev.jpwsh.dotnet.xml;

import dev.jpwsh.runtime.object.DotNetName;

/** System.Xml.XPath.XPathException: an XPath expression that does not compile or select nodes. */
@DotNetName("System.Xml.XPath.XPathException")
public final class XPathException extends RuntimeException {
    public XPathException(String message) {
        super(message);
    }
}
