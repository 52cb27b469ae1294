package dev.jpwsh.dotnet.xml;

import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Text to DOM as pwsh's {@code [xml]} and XmlDocument.LoadXml read it: namespace-aware; a DTD is parsed but nothing
 * outside the text is ever fetched (no external DTD, entity or XInclude, whatever the system id names), entity
 * expansion is bounded (the JDK's secure processing limits, and 1024 characters per entity as pwsh's
 * MaxCharactersFromEntities), whitespace-only text between markup is dropped and comments and processing
 * instructions are kept, and the {@code <?xml ...?>} declaration becomes a node. Elements may nest 1000 deep. Errors are .NET's XmlException
 * messages ({@link XmlErrors}).
 */
final class XmlParsing {
    private static final Pattern DECLARATION = Pattern.compile("^\\uFEFF?<\\?xml\\s+(.*?)\\?>", Pattern.DOTALL);
    /** The JDK's property for how deep elements may nest (secure processing allows only 100). */
    static final String MAX_DEPTH = "jdk.xml.maxElementDepth";
    /** Deep enough for any real document, shallow enough for the recursive walks over the tree. */
    static final String ELEMENT_DEPTH_LIMIT = "1000";
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(XmlParsing::builder);

    private XmlParsing() {
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute("jdk.xml.maxGeneralEntitySizeLimit", "1024");
            factory.setAttribute(MAX_DEPTH, ELEMENT_DEPTH_LIMIT);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new, empty DOM document. */
    static Document newDocument() {
        return BUILDERS.get().newDocument();
    }

    /** The document {@code text} holds. */
    static Document parse(String text) {
        DocumentBuilder builder = BUILDERS.get();
        Document document;
        try {
            document = builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw XmlErrors.of(text, e);
        } catch (SAXException e) {
            throw new XmlException(String.valueOf(e.getMessage()), 0, 0);
        } catch (IOException e) {
            throw new XmlException(String.valueOf(e.getMessage()), 0, 0);
        } finally {
            builder.reset();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(null);
        }
        dropWhitespace(document);
        Matcher declaration = DECLARATION.matcher(text);
        if (declaration.find()) {
            Node node = document.createProcessingInstruction(XmlDeclaration.TARGET,
                    declaration.group(1).strip().replaceAll("\\s+", " "));
            document.insertBefore(node, document.getFirstChild());
        }
        return document;
    }

    /** Replaces {@code parent}'s children with the nodes of {@code xml} (InnerXml's setter). */
    static void replaceChildren(Node parent, String xml) {
        Document owner = parent.getNodeType() == Node.DOCUMENT_NODE ? (Document) parent : parent.getOwnerDocument();
        Node source = parent.getNodeType() == Node.DOCUMENT_NODE ? parse(xml)
                : parse("<jpwsh-fragment>" + xml + "</jpwsh-fragment>").getDocumentElement();
        while (parent.getFirstChild() != null) {
            parent.removeChild(parent.getFirstChild());
        }
        for (Node child = source.getFirstChild(); child != null; child = child.getNextSibling()) {
            parent.appendChild(owner.importNode(child, true));
        }
    }

    /** Removes the text nodes that hold only whitespace, as .NET does without PreserveWhitespace. */
    private static void dropWhitespace(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isBlank()) {
                node.removeChild(child);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                dropWhitespace(child);
            }
            child = next;
        }
    }
}
