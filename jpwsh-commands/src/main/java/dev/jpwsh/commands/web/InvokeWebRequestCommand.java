package dev.jpwsh.commands.web;

import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.runtime.object.DotNetName;
import java.nio.file.Path;

/**
 * Invoke-WebRequest: a response object for the pipeline (BasicHtmlWebResponseObject for text content, else
 * WebResponseObject), and/or the content saved to -OutFile, streamed there when nothing goes to the pipeline.
 */
@DotNetName("Microsoft.PowerShell.Commands.InvokeWebRequestCommand")
@DefaultParameterSet(WebRequestCmdlet.STANDARD_METHOD)
@dev.jpwsh.engine.command.OutputType({"Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject"})
public final class InvokeWebRequestCommand extends WebRequestCmdlet {
    @Override
    void processResponse(WebExchange.Answer answer, ResponseContent content, Path outPath) {
        if (writesToPipeline()) {
            HttpResponseMessage message = content.message();
            String shownOutFile = outPath == null ? null : outPath.toString();
            WebResponseObject result = ResponseText.isText(content.mediaType())
                    ? new BasicHtmlWebResponseObject(message, content.bytes(), RelationLinks.of(message, answer.uri()),
                            shownOutFile, content.encoding())
                    : new WebResponseObject(message, content.bytes(), RelationLinks.of(message, answer.uri()),
                            shownOutFile);
            writeObject(result);
        }
        if (outPath != null) {
            content.save(outPath);
        }
    }
}
