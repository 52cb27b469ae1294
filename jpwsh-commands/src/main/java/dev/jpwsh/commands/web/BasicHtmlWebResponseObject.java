package dev.jpwsh.commands.web;

import dev.jpwsh.dotnet.text.Encoding;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.DotNetProperties;
import dev.jpwsh.runtime.object.PSObject;
import java.util.List;
import java.util.Map;

/**
 * What Invoke-WebRequest writes for a text response (text/*, XML, JSON): the content decoded by its character set
 * (UTF-8 when none is given), and the links, images and input fields found in it.
 */
@DotNetName("Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject")
@DotNetProperties({"Content", "Encoding", "InputFields", "Links", "Images", "StatusCode", "StatusDescription",
        "RawContentStream", "RawContentLength", "RawContent", "BaseResponse", "Headers", "RelationLink", "OutFile"})
public final class BasicHtmlWebResponseObject extends WebResponseObject {
    private final String text;
    private final Encoding encoding;
    private List<PSObject> inputFields;
    private List<PSObject> links;
    private List<PSObject> images;

    BasicHtmlWebResponseObject(HttpResponseMessage response, byte[] content, Map<String, String> relationLink,
            String outFile, Encoding encoding) {
        super(response, content, relationLink, outFile);
        this.encoding = encoding;
        this.text = ResponseText.decode(content, encoding);
    }

    @Override
    public String getContent() {
        return text;
    }

    public Encoding getEncoding() {
        return encoding;
    }

    @Override
    public String getRawContent() {
        return rawContentHeader() + text;
    }

    public List<PSObject> getInputFields() {
        if (inputFields == null) {
            inputFields = HtmlElements.find(HtmlElements.INPUT, text, "INPUT");
        }
        return inputFields;
    }

    public List<PSObject> getLinks() {
        if (links == null) {
            links = HtmlElements.find(HtmlElements.LINK, text, "A");
        }
        return links;
    }

    public List<PSObject> getImages() {
        if (images == null) {
            images = HtmlElements.find(HtmlElements.IMAGE, text, "IMG");
        }
        return images;
    }
}
