package dev.jpwsh.dotnet.xml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XmlException .NET raises for text that is not well-formed, made from the JDK parser's error: the common
 * cases get .NET's wording and position (root element missing, data at the root level, elements not closed at
 * the end, a mismatched end tag, several root elements); any other keeps the JDK's wording with .NET's position
 * suffix. The element structure at the failure comes from reading the text again with a SAX handler.
 */
final class XmlErrors {
    private static final Pattern UNDECLARED_ENTITY = Pattern.compile("^The entity \"([^\"]+)\" was referenced, but "
            + "not declared");
    private static final Pattern DUPLICATE_ATTRIBUTE = Pattern.compile("^Attribute \"([^\"]+)\" was already "
            + "specified");
    private XmlErrors() {
    }

    static XmlException of(String text, SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        Trace trace = trace(text);
        if (message.startsWith("Premature end of file")) {
            int start = firstNonBlank(text, 0);
            return start < text.length() ? dataAtRoot(text, start) : new XmlException("Root element is missing.", 0, 0);
        }
        if (message.startsWith("Content is not allowed in prolog")) {
            return dataAtRoot(text, firstNonBlank(text, text.startsWith("\uFEFF") ? 1 : 0));
        }
        if (message.startsWith("XML document structures must start and end within the same entity")
                && !trace.open.isEmpty()) {
            int[] end = lineAndColumn(text, text.length());
            return new XmlException("Unexpected end of file has occurred. The following elements are not closed: "
                    + String.join(", ", trace.open) + ".", end[0], end[1]);
        }
        if (message.startsWith("The element type") && message.contains("must be terminated by the matching end-tag")
                && !trace.open.isEmpty()) {
            int endTag = text.indexOf("</", trace.offset);
            if (endTag >= 0) {
                int nameEnd = endTag + 2;
                while (nameEnd < text.length() && !Character.isWhitespace(text.charAt(nameEnd))
                        && text.charAt(nameEnd) != '>') {
                    nameEnd++;
                }
                int[] start = lineAndColumn(text, trace.openAt.peek());
                int[] end = lineAndColumn(text, endTag + 2);
                return new XmlException("The '" + trace.open.peek() + "' start tag on line " + start[0]
                        + " position " + start[1] + " does not match the end tag of '"
                        + text.substring(endTag + 2, nameEnd) + "'.", end[0], end[1]);
            }
        }
        if (message.startsWith("The markup in the document following the root element") && trace.rootEnd >= 0) {
            int next = firstNonBlank(text, trace.rootEnd);
            if (next + 1 < text.length() && text.charAt(next) == '<' && isNameStart(text.charAt(next + 1))) {
                int[] at = lineAndColumn(text, next + 1);
                return new XmlException("There are multiple root elements.", at[0], at[1]);
            }
            return dataAtRoot(text, next);
        }
        Matcher entity = UNDECLARED_ENTITY.matcher(message);
        if (entity.find() && text.contains("&" + entity.group(1) + ";")) {
            int[] at = lineAndColumn(text, text.indexOf("&" + entity.group(1) + ";") + 1);
            return new XmlException("Reference to undeclared entity '" + entity.group(1) + "'.", at[0], at[1]);
        }
        Matcher duplicate = DUPLICATE_ATTRIBUTE.matcher(message);
        if (duplicate.find()) {
            return new XmlException("'" + duplicate.group(1) + "' is a duplicate attribute name.",
                    Math.max(e.getLineNumber(), 1), Math.max(e.getColumnNumber(), 1));
        }
        return new XmlException(message, Math.max(e.getLineNumber(), 1), Math.max(e.getColumnNumber(), 1));
    }

    private static XmlException dataAtRoot(String text, int offset) {
        int[] at = lineAndColumn(text, offset);
        return new XmlException("Data at the root level is invalid.", at[0], at[1]);
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == ':';
    }

    private static int firstNonBlank(String text, int from) {
        int i = from;
        while (i < text.length() && " \t\r\n".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** 1-based line and column of an offset, counting CR LF, CR and LF as line ends. */
    private static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    /** Where the text's elements stood when the parser stopped: the open ones, innermost first. */
    private static Trace trace(String text) {
        Trace trace = new Trace(text);
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            javax.xml.parsers.SAXParser parser = factory.newSAXParser();
            parser.setProperty(XmlParsing.MAX_DEPTH, XmlParsing.ELEMENT_DEPTH_LIMIT);
            parser.parse(new InputSource(new StringReader(text)), trace);
        } catch (Exception expected) {
            return trace;
        }
        return trace;
    }

    /** A SAX handler that follows the open elements, with the offset of each one's name. */
    private static final class Trace extends DefaultHandler {
        private final String text;
        final Deque<String> open = new ArrayDeque<>();
        final Deque<Integer> openAt = new ArrayDeque<>();
        int offset;
        int rootEnd = -1;
        private Locator locator;
        private int line = 1;
        private int lineStart;
        private int scanned;

        Trace(String text) {
            this.text = text;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            offset = here();
            int tagStart = text.lastIndexOf("<" + qName, Math.max(offset - 1, 0));
            open.push(qName);
            openAt.push(tagStart < 0 ? offset : tagStart + 1);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            offset = here();
            open.pop();
            openAt.pop();
            if (open.isEmpty()) {
                rootEnd = offset;
            }
        }

        /** The offset the locator points at (just past the last markup read); the locator only moves forward. */
        private int here() {
            while (line < locator.getLineNumber() && scanned < text.length()) {
                char c = text.charAt(scanned++);
                if (c == '\n' || c == '\r' && (scanned >= text.length() || text.charAt(scanned) != '\n')) {
                    line++;
                    lineStart = scanned;
                }
            }
            return Math.min(lineStart + Math.max(locator.getColumnNumber() - 1, 0), text.length());
        }
    }
}
