package dev.jpwsh.commands.web;

import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * pwsh's HttpResponseException: a response whose status is outside 200-299, thrown unless -SkipHttpErrorCheck. Its
 * {@code Response} is the response's status line and headers.
 */
@DotNetName("Microsoft.PowerShell.Commands.HttpResponseException")
public final class HttpResponseException extends PSRuntimeException {
    private final transient HttpResponseMessage response;

    HttpResponseException(HttpResponseMessage response) {
        super("WebCmdletWebResponseException", "InvalidOperation", "Response status code does not indicate success: "
                + response.getStatusCode() + " (" + response.getReasonPhrase() + ").", null,
                "Microsoft.PowerShell.Commands.HttpResponseException");
        this.response = response;
    }

    public HttpResponseMessage getResponse() {
        return response;
    }
}
