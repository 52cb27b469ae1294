package dev.jpwsh.commands.web;

import dev.jpwsh.dotnet.ByteArrays;
import dev.jpwsh.dotnet.collections.Dictionary;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.DotNetProperties;
import java.util.Map;

/**
 * What Invoke-WebRequest writes for a response whose content is not text: the status, the headers, the content as
 * bytes, and RawContent, the status line and headers followed by the content with unprintable characters as dots.
 */
@DotNetName("Microsoft.PowerShell.Commands.WebResponseObject")
@DotNetProperties({"Content", "StatusCode", "StatusDescription", "RawContentStream", "RawContentLength",
        "RawContent", "BaseResponse", "Headers", "RelationLink", "OutFile"})
public class WebResponseObject {
    private final HttpResponseMessage response;
    private final byte[] content;
    private final Map<String, String> relationLink;
    private final String outFile;
    private String rawContent;

    WebResponseObject(HttpResponseMessage response, byte[] content, Map<String, String> relationLink,
            String outFile) {
        this.response = response;
        this.content = content;
        this.relationLink = relationLink;
        this.outFile = outFile;
    }

    public Object getContent() {
        return ByteArrays.toDotNet(content);
    }

    public int getStatusCode() {
        return response.getStatusCode();
    }

    public String getStatusDescription() {
        return response.getStatusDescription();
    }

    public long getRawContentLength() {
        return content.length;
    }

    public String getRawContent() {
        if (rawContent == null) {
            rawContent = rawContentHeader() + (content.length > 0 ? toString() : "");
        }
        return rawContent;
    }

    public HttpResponseMessage getBaseResponse() {
        return response;
    }

    public Dictionary getHeaders() {
        return response.getHeaders();
    }

    public Map<String, String> getRelationLink() {
        return relationLink;
    }

    public String getOutFile() {
        return outFile;
    }

    /** The raw bytes of the content. */
    final byte[] bytes() {
        return content;
    }

    /** The status line and each header value on a line of its own, then an empty line. */
    final String rawContentHeader() {
        StringBuilder raw = new StringBuilder("HTTP/").append(response.getVersion()).append(' ')
                .append(response.getStatusCode()).append(' ').append(response.getStatusDescription()).append('\n');
        for (Map.Entry<Object, Object> header : response.getHeaders().entrySet()) {
            for (String value : (String[]) header.getValue()) {
                raw.append(header.getKey()).append(": ").append(value).append('\n');
            }
        }
        return raw.append('\n').toString();
    }

    /** The content read as ASCII, each character that is no letter, digit, punctuation, symbol or space a dot. */
    @Override
    public String toString() {
        char[] chars = new char[content.length];
        for (int i = 0; i < content.length; i++) {
            int b = content[i] & 0xFF;
            chars[i] = b < 0x80 && isPrintable((char) b) ? (char) b : b >= 0x80 ? '?' : '.';
        }
        return new String(chars);
    }

    private static boolean isPrintable(char c) {
        return Character.isLetterOrDigit(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || switch (Character.getType(c)) {
                    case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                            Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                            Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                            Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
                    default -> false;
                };
    }
}
