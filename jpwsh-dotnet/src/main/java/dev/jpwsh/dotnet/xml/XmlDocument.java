package dev.jpwsh.dotnet.xml;

import dev.jpwsh.dotnet.io.ProcessPaths;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * System.Xml.XmlDocument ({@code [xml]}): a DOM document with .NET's loading, saving and factory members. Relative
 * paths are the process's current directory's, as .NET resolves them.
 */
@DotNetName("System.Xml.XmlDocument")
public class XmlDocument extends XmlNode {
    private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)");
    private static final XmlNameTable NAMES = new XmlNameTable();

    private boolean preserveWhitespace;

    public XmlDocument() {
        this(XmlParsing.newDocument());
    }

    XmlDocument(Document dom) {
        super(dom);
    }

    /** {@code [xml]$text}: the document the text holds; not well-formed text is an XmlException. */
    public static XmlDocument parse(String text) {
        return new XmlDocument(XmlParsing.parse(text));
    }

    private Document document() {
        return (Document) dom;
    }

    public XmlElement getDocumentElement() {
        return (XmlElement) wrap(document().getDocumentElement());
    }

    public XmlNameTable getNameTable() {
        return NAMES;
    }

    public boolean getPreserveWhitespace() {
        return preserveWhitespace;
    }

    public void setPreserveWhitespace(boolean preserveWhitespace) {
        this.preserveWhitespace = preserveWhitespace;
    }

    @Override
    public String getInnerText() {
        XmlElement root = getDocumentElement();
        return root == null ? "" : root.getInnerText();
    }

    @Override
    public XmlDocument getOwnerDocument() {
        return null;
    }

    /** Replaces the content with the document {@code xml} holds. */
    public void LoadXml(String xml) {
        Document parsed = XmlParsing.parse(xml);
        RemoveAll();
        for (Node child = parsed.getFirstChild(); child != null; child = child.getNextSibling()) {
            dom.appendChild(document().importNode(child, true));
        }
    }

    /** Replaces the content with the document in the file at {@code path}. */
    public void Load(String path) throws IOException {
        LoadXml(readFile(ProcessPaths.existingFile(path)));
    }

    /** Writes the document, indented as .NET's Save does, to {@code path} (UTF-8, no byte order mark). */
    public void Save(String path) throws IOException {
        Path file = ProcessPaths.resolve(path, "filename");
        Files.writeString(file, preserveWhitespace ? getOuterXml() : XmlWriting.indented(dom), StandardCharsets.UTF_8);
    }

    /** XML text in a file: decoded by its byte order mark, else by the encoding its declaration names, else UTF-8. */
    static String readFile(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String head = new String(bytes, start, Math.min(bytes.length - start, 200), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_ENCODING.matcher(head);
        Charset charset = StandardCharsets.UTF_8;
        if (start == 0 && declared.find() && Charset.isSupported(declared.group(1))) {
            charset = Charset.forName(declared.group(1));
        }
        return new String(bytes, start, bytes.length - start, charset);
    }

    public XmlElement CreateElement(String name) {
        return (XmlElement) wrap(name.contains(":") ? document().createElement(name)
                : document().createElementNS(null, name));
    }

    public XmlElement CreateElement(String qualifiedName, String namespaceUri) {
        return (XmlElement) wrap(document().createElementNS(namespaceOrNull(namespaceUri), qualifiedName));
    }

    public XmlElement CreateElement(String prefix, String localName, String namespaceUri) {
        String qualified = prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
        return (XmlElement) wrap(document().createElementNS(namespaceOrNull(namespaceUri), qualified));
    }

    public XmlAttribute CreateAttribute(String name) {
        return (XmlAttribute) wrap(document().createAttributeNS(null, name));
    }

    public XmlAttribute CreateAttribute(String qualifiedName, String namespaceUri) {
        return (XmlAttribute) wrap(document().createAttributeNS(namespaceOrNull(namespaceUri), qualifiedName));
    }

    public XmlCharacterData.XmlText CreateTextNode(String text) {
        return (XmlCharacterData.XmlText) wrap(document().createTextNode(text));
    }

    public XmlCharacterData.XmlComment CreateComment(String text) {
        return (XmlCharacterData.XmlComment) wrap(document().createComment(text));
    }

    public XmlCharacterData.XmlCDataSection CreateCDataSection(String text) {
        return (XmlCharacterData.XmlCDataSection) wrap(document().createCDATASection(text));
    }

    public XmlDocumentFragment CreateDocumentFragment() {
        return (XmlDocumentFragment) wrap(document().createDocumentFragment());
    }

    public XmlProcessingInstruction CreateProcessingInstruction(String target, String data) {
        return (XmlProcessingInstruction) wrap(document().createProcessingInstruction(target, data));
    }

    public XmlDeclaration CreateXmlDeclaration(String version, String encoding, String standalone) {
        return (XmlDeclaration) wrap(document().createProcessingInstruction(XmlDeclaration.TARGET,
                XmlDeclaration.text(version, encoding, standalone)));
    }

    public XmlNode ImportNode(XmlNode node, boolean deep) {
        return wrap(document().importNode(dom(node), deep));
    }

    public XmlNodeList GetElementsByTagName(String name) {
        return XmlNodeList.of(document().getElementsByTagName(name));
    }

    public XmlElement GetElementById(String id) {
        return (XmlElement) wrap(document().getElementById(id));
    }
}
