package dev.jpwsh.commands.web;

import dev.jpwsh.commands.data.json.JsonText;
import dev.jpwsh.dotnet.xml.XmlDocument;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.runtime.object.DotNetName;
import java.nio.file.Path;

/**
 * Invoke-RestMethod: the content as objects. A JSON content type is read as JSON (then XML), anything else as XML
 * (then JSON), text when neither reads; the result is written as one object, an array not enumerated.
 * -StatusCodeVariable and -ResponseHeadersVariable receive the status and the headers; -FollowRelLink requests each
 * answer's {@code next} link in turn (at most -MaximumFollowRelLink pages).
 */
@DotNetName("Microsoft.PowerShell.Commands.InvokeRestMethodCommand")
@DefaultParameterSet(WebRequestCmdlet.STANDARD_METHOD)
public final class InvokeRestMethodCommand extends WebRequestCmdlet {
    @Parameter(aliases = "FL")
    private boolean followRelLink;

    @Parameter(aliases = "ML")
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int maximumFollowRelLink = Integer.MAX_VALUE;

    @Parameter(aliases = "RHV")
    private String responseHeadersVariable;

    @Parameter
    private String statusCodeVariable;

    @Override
    boolean followsRelationLinks() {
        return followRelLink;
    }

    @Override
    int maximumRelationLinks() {
        return maximumFollowRelLink;
    }

    @Override
    void processResponse(WebExchange.Answer answer, ResponseContent content, Path outPath) {
        if (writesToPipeline()) {
            String text = content.text();
            writeObject(ResponseText.isJson(content.mediaType()) ? jsonThenXml(text) : xmlThenJson(text));
        }
        if (outPath != null) {
            content.save(outPath);
        }
        if (statusCodeVariable != null && !statusCodeVariable.isEmpty()) {
            callerScope().set(statusCodeVariable, content.message().getStatusCode());
        }
        if (responseHeadersVariable != null && !responseHeadersVariable.isEmpty()) {
            callerScope().set(responseHeadersVariable, content.message().getHeaders());
        }
    }

    private static Object jsonThenXml(String text) {
        Object json = json(text);
        if (json != NOT_READ) {
            return json;
        }
        Object xml = xml(text);
        return xml != NOT_READ ? xml : text;
    }

    private static Object xmlThenJson(String text) {
        Object xml = xml(text);
        if (xml != NOT_READ) {
            return xml;
        }
        Object json = json(text);
        return json != NOT_READ ? json : text;
    }

    private static final Object NOT_READ = new Object();

    /** The JSON value of {@code text}; null only for the literal {@code null}, as empty text is no JSON here. */
    private static Object json(String text) {
        try {
            Object value = JsonText.read(text);
            return value == null && !text.strip().equals("null") ? NOT_READ : value;
        } catch (PSException notJson) {
            return NOT_READ;
        }
    }

    private static Object xml(String text) {
        try {
            XmlDocument document = new XmlDocument();
            document.setPreserveWhitespace(true);
            document.LoadXml(text);
            return document;
        } catch (RuntimeException notXml) {
            return NOT_READ;
        }
    }
}
