package dev.jpwsh.commands.data.xml;

import dev.jpwsh.dotnet.xml.XPathException;
import dev.jpwsh.dotnet.xml.XPathQueries;
import dev.jpwsh.dotnet.xml.XmlDocument;
import dev.jpwsh.dotnet.xml.XmlException;
import dev.jpwsh.dotnet.xml.XmlNameTable;
import dev.jpwsh.dotnet.xml.XmlNamespaceManager;
import dev.jpwsh.dotnet.xml.XmlNode;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.SessionProviders;
import dev.jpwsh.engine.provider.filesystem.FileSystemProvider;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Select-Xml: the nodes an XPath query finds in XML nodes (-Xml), files (-Path with wildcards, -LiteralPath) or
 * text (-Content), with the prefixes of -Namespace. A file or text that is not XML is a non-terminating error; a
 * query that is not valid XPath stops the command with .NET's XPathException message.
 */
@DotNetName("Microsoft.PowerShell.Commands.SelectXmlCommand")
@DefaultParameterSet("Xml")
@dev.jpwsh.engine.command.OutputType({"Microsoft.PowerShell.Commands.SelectXmlInfo"})
public final class SelectXmlCommand extends Cmdlet {
    @Parameter(parameterSetName = "Path", position = 1, mandatory = true, valueFromPipelineByPropertyName = true)
    private String[] path;

    @Parameter(parameterSetName = "LiteralPath", mandatory = true, valueFromPipelineByPropertyName = true,
            aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(parameterSetName = "Xml", position = 1, mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true, aliases = "Node")
    private XmlNode[] xml;

    @Parameter(parameterSetName = "Content", mandatory = true, valueFromPipeline = true)
    private String[] content;

    @Parameter(position = 0, mandatory = true)
    private String xPath;

    @Parameter
    private Map<?, ?> namespace;

    @Override
    protected void processRecord() {
        switch (parameterSetName()) {
            case "Xml" -> {
                for (XmlNode node : xml) {
                    query(node, "");
                }
            }
            case "Content" -> {
                for (String text : content) {
                    XmlDocument document;
                    try {
                        document = (XmlDocument) Conversions.convert(text, XmlDocument.class);
                    } catch (PSException e) {
                        writeError(e.record());
                        continue;
                    }
                    query(document, "");
                }
            }
            default -> {
                for (String one : path != null ? path : literalPath) {
                    files(one, literalPath != null);
                }
            }
        }
    }

    private void files(String given, boolean literal) {
        SessionProviders providers = SessionProviders.of(frame().context());
        List<ProviderPath> found;
        try {
            found = providers.paths().expand(new ProviderContext(frame(), false, e -> writeError(e.record())), given,
                    literal);
        } catch (PSException e) {
            throw terminatingError(e);
        }
        if (found.isEmpty() && !literal) {
            throw terminatingError(RuntimeFailures.create("PathNotFound", "ObjectNotFound", "Cannot find path '"
                    + given + "' because it does not exist.", given, "System.Management.Automation.ItemNotFoundException"));
        }
        for (ProviderPath p : found) {
            if (!(p.provider() instanceof FileSystemProvider)) {
                writeError(RuntimeFailures.create("ProcessingFile", "InvalidOperation", "Cannot open the file because "
                        + "the current provider (" + p.provider().name() + ") cannot open files.", given,
                        "System.InvalidOperationException").record());
                continue;
            }
            Path file = Path.of(p.path());
            try {
                XmlDocument document = new XmlDocument();
                document.Load(file.toString());
                query(document, file.toString());
            } catch (IOException | XmlException e) {
                String reason = e instanceof NoSuchFileException || e instanceof java.io.FileNotFoundException
                        ? "Could not find file '" + file + "'." : e.getMessage();
                writeError(RuntimeFailures.create("ProcessingFile", "InvalidArgument", "The file '" + file
                        + "' cannot be read: " + reason, file.toString(), "System.ArgumentException").record());
            }
        }
    }

    private void query(XmlNode node, String source) {
        List<XmlNode> found;
        try {
            found = XPathQueries.select(node, xPath, namespaces());
        } catch (XPathException e) {
            throw terminatingError(RuntimeFailures.create("System.Xml.XPath.XPathException", "NotSpecified",
                    e.getMessage(), null, "System.Xml.XPath.XPathException"));
        }
        for (XmlNode one : found) {
            writeObject(new SelectXmlInfo(one, source, xPath));
        }
    }

    private XmlNamespaceManager namespaces() {
        if (namespace == null) {
            return null;
        }
        XmlNamespaceManager manager = new XmlNamespaceManager(new XmlNameTable());
        for (Map.Entry<?, ?> entry : namespace.entrySet()) {
            try {
                if (entry.getValue() == null) {
                    throw new IllegalArgumentException("Value cannot be null. (Parameter 'uri')");
                }
                manager.AddNamespace(LanguagePrimitives.toString(entry.getKey()),
                        LanguagePrimitives.toString(entry.getValue()));
            } catch (IllegalArgumentException e) {
                writeError(RuntimeFailures.create("PrefixError", "InvalidOperation", e.getMessage(), namespace,
                        "System.ArgumentException").record());
            }
        }
        return manager;
    }
}
