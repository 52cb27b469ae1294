/**
 * System.Xml as scripts see it, on the JDK's DOM and XPath: {@link dev.jpwsh.dotnet.xml.XmlDocument} and the node
 * facades ({@link dev.jpwsh.dotnet.xml.XmlNode} and its kinds, each wrapping one {@code org.w3c.dom.Node} and found
 * again for it, so a node keeps its identity), {@link dev.jpwsh.dotnet.xml.XmlNodeList},
 * {@link dev.jpwsh.dotnet.xml.XmlAttributeCollection}, {@link dev.jpwsh.dotnet.xml.XmlNamespaceManager} and
 * {@link dev.jpwsh.dotnet.xml.XmlNodeReader}. {@link dev.jpwsh.dotnet.xml.XmlParsing} reads text as pwsh's
 * {@code [xml]} does (DTDs parsed, nothing external resolved, entity expansion bounded, insignificant whitespace
 * dropped, .NET's XmlException messages), {@link dev.jpwsh.dotnet.xml.XmlWriting} writes OuterXml and the indented
 * form Save writes, {@link dev.jpwsh.dotnet.xml.XPathQueries} runs SelectNodes with .NET's XPathException
 * messages, and {@link dev.jpwsh.dotnet.xml.XmlNodeAdapter} is PowerShell's XML adapter (child elements and
 * attributes as properties), which the engine's member access asks first for any node. Uses the JDK and
 * {@code jpwsh-runtime} only.
 */
package dev.jpwsh.dotnet.xml;
