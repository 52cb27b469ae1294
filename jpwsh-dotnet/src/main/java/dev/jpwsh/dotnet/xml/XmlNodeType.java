package dev.jpwsh.dotnet.xml;

import dev.jpwsh.runtime.object.DotNetName;

/** System.Xml.XmlNodeType, in .NET's order (so each member's number is .NET's). */
@DotNetName("System.Xml.XmlNodeType")
public enum XmlNodeType {
    None, Element, Attribute, Text, CDATA, EntityReference, Entity, ProcessingInstruction, Comment, Document,
    DocumentType, DocumentFragment, Notation, Whitespace, SignificantWhitespace, EndElement, EndEntity,
    XmlDeclaration
}
