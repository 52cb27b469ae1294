package dev.jpwsh.commands.web;

import dev.jpwsh.dotnet.collections.Dictionary;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.DotNetProperties;

/**
 * The status line and headers of a response, as .NET's HttpResponseMessage shows them to scripts (the
 * {@code Response} of an HttpResponseException, the {@code BaseResponse} of a response object). StatusCode is the
 * number; .NET's HttpStatusCode enum name is {@link #getStatusDescription()}.
 */
@DotNetName("System.Net.Http.HttpResponseMessage")
@DotNetProperties({"Version", "StatusCode", "ReasonPhrase", "Headers", "IsSuccessStatusCode"})
public final class HttpResponseMessage {
    private final String version;
    private final int statusCode;
    private final Dictionary headers;
    private final String requestUri;

    HttpResponseMessage(String version, int statusCode, Dictionary headers, String requestUri) {
        this.version = version;
        this.statusCode = statusCode;
        this.headers = headers;
        this.requestUri = requestUri;
    }

    public String getVersion() {
        return version;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public String getStatusDescription() {
        return HttpStatus.enumName(statusCode);
    }

    public String getReasonPhrase() {
        return HttpStatus.phrase(statusCode);
    }

    public Dictionary getHeaders() {
        return headers;
    }

    public boolean getIsSuccessStatusCode() {
        return HttpStatus.isSuccess(statusCode);
    }

    /** The address that answered, after redirections. */
    String requestUri() {
        return requestUri;
    }

    /** The header's first value, or null. */
    String header(String name) {
        Object values = headers.get(name);
        return values instanceof String[] array && array.length > 0 ? array[0] : null;
    }

    @Override
    public String toString() {
        return "StatusCode: " + statusCode + ", ReasonPhrase: '" + getReasonPhrase() + "', Version: " + version;
    }
}
