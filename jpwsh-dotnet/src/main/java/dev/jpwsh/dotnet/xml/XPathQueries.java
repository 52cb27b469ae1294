package dev.jpwsh.dotnet.xml;

import java.util.Iterator;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import javax.xml.xpath.XPathFactoryConfigurationException;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * SelectNodes and SelectSingleNode on the JDK's XPath 1.0, with the prefixes of an XmlNamespaceManager; a query
 * that does not compile, uses an unbound prefix or selects no node-set fails with .NET's XPathException message.
 */
public final class XPathQueries {
    private static final String NO_MANAGER = "Namespace Manager or XsltContext needed. This query has a prefix, "
            + "variable, or user-defined function.";
    private static final ThreadLocal<XPathFactory> FACTORIES = ThreadLocal.withInitial(XPathQueries::factory);

    private XPathQueries() {
    }

    private static XPathFactory factory() {
        XPathFactory factory = XPathFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (XPathFactoryConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return factory;
    }

    /** The nodes {@code expression} selects from {@code context}, in document order. */
    public static XmlNodeList select(Node context, String expression, XmlNamespaceManager namespaces) {
        XPathExpression compiled = compile(expression, namespaces);
        try {
            return XmlNodeList.copyOf((NodeList) compiled.evaluate(context, XPathConstants.NODESET));
        } catch (XPathExpressionException e) {
            throw failure(expression, namespaces, e, true);
        }
    }

    /** The first node {@code expression} selects, or null. */
    public static XmlNode selectOne(Node context, String expression, XmlNamespaceManager namespaces) {
        XmlNodeList nodes = select(context, expression, namespaces);
        return nodes.isEmpty() ? null : nodes.getFirst();
    }

    /** The nodes {@code expression} selects from a facade node (for Select-Xml). */
    public static XmlNodeList select(XmlNode context, String expression, XmlNamespaceManager namespaces) {
        return select(context.dom, expression, namespaces);
    }

    private static XPathExpression compile(String expression, XmlNamespaceManager namespaces) {
        if (expression == null || expression.isBlank()) {
            throw new XPathException("Expression must evaluate to a node-set.");
        }
        XPath xpath = FACTORIES.get().newXPath();
        xpath.setNamespaceContext(context(namespaces));
        try {
            return xpath.compile(expression);
        } catch (XPathExpressionException e) {
            throw failure(expression, namespaces, e, false);
        }
    }

    /** The prefixes of {@code namespaces}; without a manager, any prefix fails the query as in .NET. */
    private static NamespaceContext context(XmlNamespaceManager namespaces) {
        return new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                if (namespaces == null) {
                    if (prefix == null || prefix.isEmpty()) {
                        return XMLConstants.NULL_NS_URI;
                    }
                    throw new XPathException(NO_MANAGER);
                }
                return namespaces.uriForQuery(prefix);
            }

            @Override
            public String getPrefix(String namespaceUri) {
                return namespaces == null ? null : namespaces.LookupPrefix(namespaceUri);
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceUri) {
                String prefix = getPrefix(namespaceUri);
                return prefix == null ? java.util.Collections.emptyIterator()
                        : java.util.List.of(prefix).iterator();
            }
        };
    }

    /** .NET's message for a query the JDK refused. */
    private static XPathException failure(String expression, XmlNamespaceManager namespaces,
            XPathExpressionException e, boolean evaluating) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof XPathException own) {
                return own;
            }
        }
        String detail = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " " + e.getCause());
        if (detail.contains("Prefix must resolve to a namespace") || detail.contains("variable")) {
            if (namespaces == null) {
                return new XPathException(NO_MANAGER);
            }
        }
        if (evaluating || detail.contains("NodeList") || detail.contains("node-set")) {
            return new XPathException("Expression must evaluate to a node-set.");
        }
        return new XPathException("'" + expression + "' has an invalid token.");
    }
}
