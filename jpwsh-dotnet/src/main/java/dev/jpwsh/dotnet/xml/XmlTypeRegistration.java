package dev.jpwsh.dotnet.xml;

import dev.jpwsh.runtime.object.TypeRegistration;

/** The type names of System.Xml, with the {@code [xml]} accelerator. */
public final class XmlTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(XmlDocument.class, "xml", "System.Xml.XmlDocument");
        registrar.alias(XmlNode.class, "System.Xml.XmlNode");
        registrar.alias(XmlElement.class, "System.Xml.XmlElement");
        registrar.alias(XmlAttribute.class, "System.Xml.XmlAttribute");
        registrar.alias(XmlCharacterData.class, "System.Xml.XmlCharacterData");
        registrar.alias(XmlCharacterData.XmlText.class, "System.Xml.XmlText");
        registrar.alias(XmlCharacterData.XmlComment.class, "System.Xml.XmlComment");
        registrar.alias(XmlCharacterData.XmlCDataSection.class, "System.Xml.XmlCDataSection");
        registrar.alias(XmlDeclaration.class, "System.Xml.XmlDeclaration");
        registrar.alias(XmlProcessingInstruction.class, "System.Xml.XmlProcessingInstruction");
        registrar.alias(XmlDocumentFragment.class, "System.Xml.XmlDocumentFragment");
        registrar.alias(XmlNodeList.class, "System.Xml.XmlNodeList");
        registrar.alias(XmlAttributeCollection.class, "System.Xml.XmlAttributeCollection");
        registrar.alias(XmlNamespaceManager.class, "System.Xml.XmlNamespaceManager");
        registrar.alias(XmlNameTable.class, "System.Xml.XmlNameTable", "System.Xml.NameTable");
        registrar.alias(XmlNodeReader.class, "System.Xml.XmlNodeReader");
        registrar.alias(XmlNodeType.class, "System.Xml.XmlNodeType");
        registrar.alias(XmlException.class, "System.Xml.XmlException");
        registrar.alias(XPathException.class, "System.Xml.XPath.XPathException");
    }
}
