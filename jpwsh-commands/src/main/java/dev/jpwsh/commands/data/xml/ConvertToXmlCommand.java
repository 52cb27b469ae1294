package dev.jpwsh.commands.data.xml;

import dev.jpwsh.dotnet.xml.XmlDocument;
import dev.jpwsh.engine.command.AllowNull;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.Locale;

/**
 * ConvertTo-Xml: the input objects as one {@code <Objects>} document (-As Document, the default, or String), or as a
 * stream of strings: the declaration, {@code <Objects>}, one string per object and {@code </Objects>} (-As Stream).
 * -Depth (1 by default) says how many levels of properties are expanded; -NoTypeInformation drops the Type
 * attributes.
 */
@DotNetName("Microsoft.PowerShell.Commands.ConvertToXmlCommand")
@dev.jpwsh.engine.command.OutputType({"System.Xml.XmlDocument", "System.String"})
public final class ConvertToXmlCommand extends dev.jpwsh.engine.command.Cmdlet {
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    @Parameter
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int depth = 1;

    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    @AllowNull
    private Object inputObject;

    @Parameter
    private boolean noTypeInformation;

    @Parameter
    private String as = "Document";

    private StringBuilder document;
    private boolean stream;
    private boolean any;

    @Override
    protected void beginProcessing() {
        String kind = as.toLowerCase(Locale.ROOT);
        if (!kind.equals("stream") && !kind.equals("string") && !kind.equals("document")) {
            throw terminatingError(RuntimeFailures.create("ParameterArgumentValidationError", "InvalidData",
                    "Cannot validate argument on parameter 'As'. The argument \"" + as + "\" does not belong to the "
                            + "set \"Stream,String,Document\" specified by the ValidateSet attribute. Supply an "
                            + "argument that is in the set and then try the command again.", as,
                    "System.Management.Automation.ParameterBindingValidationException"));
        }
        stream = kind.equals("stream");
        if (stream) {
            writeObject(DECLARATION);
            writeObject("<Objects>");
        } else {
            document = new StringBuilder(DECLARATION).append("\n<Objects");
        }
    }

    @Override
    protected void processRecord() {
        if (stream) {
            StringBuilder one = new StringBuilder();
            new ObjectXmlWriter(frame(), one, noTypeInformation, 0).writeObject(inputObject, depth);
            writeObject(one.toString());
        } else {
            if (!any) {
                document.append('>');
                any = true;
            }
            new ObjectXmlWriter(frame(), document, noTypeInformation, 1).writeObject(inputObject, depth);
        }
    }

    @Override
    protected void endProcessing() {
        if (stream) {
            writeObject("</Objects>");
            return;
        }
        String text = document.append(any ? "\n</Objects>" : " />").toString();
        writeObject(as.equalsIgnoreCase("String") ? text : XmlDocument.parse(text));
    }
}
