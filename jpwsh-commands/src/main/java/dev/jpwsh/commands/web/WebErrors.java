package dev.jpwsh.commands.web;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.error.ErrorRecord;

/** The errors of the web cmdlets, with the ids, categories and messages of pwsh's WebRequestPSCmdlet. */
final class WebErrors {
    private static final String ARGUMENT = "System.ArgumentException";
    private static final String INVALID_OPERATION = "System.InvalidOperationException";
    private static final String HTTP_REQUEST = "System.Net.Http.HttpRequestException";

    private WebErrors() {
    }

    /** A parameter check of ValidateParameters: an ArgumentException with category InvalidArgument. */
    static PSException validation(String errorId, String message, Object target) {
        return RuntimeFailures.create(errorId, "InvalidArgument", message, target, ARGUMENT);
    }

    /** Two parameters that exclude each other; the body conflicts' messages end in two spaces, as pwsh's do. */
    static PSException conflict(String errorId, String first, String second, String spelledSecond) {
        String trailing = errorId.startsWith("WebCmdletBody") || errorId.startsWith("WebCmdletForm") ? "  " : "";
        return validation(errorId, "The cmdlet cannot run because the following conflicting parameters are specified: "
                + first + " and " + second + ". Specify either " + first + " or " + spelledSecond + ", then retry."
                + trailing, null);
    }

    static PSException outFileMissing(String parameter) {
        return validation("WebCmdletOutFileMissingException", "The cmdlet cannot run because the following "
                + "parameter is missing: OutFile. Provide a valid OutFile parameter value when using the " + parameter
                + " parameter, then retry.", null);
    }

    /** A status outside 200-299: HttpResponseException, whose details are the response's text when it has one. */
    static PSException statusFailure(HttpResponseException exception, String details, Object request) {
        ErrorRecord record = new ErrorRecord(exception, "WebCmdletWebResponseException", "InvalidOperation", request,
                null, null);
        if (details != null && !details.isEmpty()) {
            record = record.describedAs(new ErrorRecord.Described(null, null, null, null, details, null));
        }
        return new PSException(record);
    }

    /** A failure to connect or to exchange: HttpRequestException, detailed by its cause's message. */
    static PSException requestFailure(String message, String causeMessage, Object request) {
        PSException error = RuntimeFailures.create("WebCmdletWebResponseException", "InvalidOperation", message,
                request, HTTP_REQUEST);
        if (causeMessage == null) {
            return error;
        }
        return error.withRecord(error.record().describedAs(new ErrorRecord.Described(null, null, null, null,
                causeMessage, null)));
    }

    /** No response headers within -ConnectionTimeoutSeconds (-TimeoutSec). */
    static PSException connectionTimeout(int seconds) {
        return RuntimeFailures.create("ConnectionTimeoutReached", "OperationTimeout", "The request was canceled due "
                + "to the configured HttpClient.Timeout of " + seconds + " seconds elapsing.", null,
                "System.Threading.Tasks.TaskCanceledException");
    }

    /** No body bytes within -OperationTimeoutSeconds. */
    static PSException operationTimeout(int seconds) {
        return RuntimeFailures.create("OperationTimeoutReached", "OperationTimeout", "The request was canceled due to "
                + "the configured OperationTimeout of " + seconds + " seconds elapsing", null, "System.TimeoutException");
    }

    static PSException maximumRedirectExceeded(Object request) {
        PSException error = RuntimeFailures.create("MaximumRedirectExceeded", "InvalidOperation",
                "Operation is not valid due to the current state of the object.", request, INVALID_OPERATION);
        return error.withRecord(error.record().describedAs(new ErrorRecord.Described(null, null, null, null,
                "The maximum redirection count has been exceeded. To increase the number of redirections allowed, "
                        + "supply a higher value to the -MaximumRedirection parameter.", null)));
    }

    static PSException insecureRedirection(Object request) {
        PSException error = RuntimeFailures.create("InsecureRedirection", "InvalidOperation",
                "Operation is not valid due to the current state of the object.", request, INVALID_OPERATION);
        return error.withRecord(error.record().describedAs(new ErrorRecord.Described(null, null, null, null,
                "Cannot follow an insecure redirection by default. Reissue the command specifying the "
                        + "-AllowInsecureRedirect switch. ", null)));
    }

    /** A scheme other than http and https: .NET's handler refuses it with NotSupportedException. */
    static PSException schemeNotSupported(String scheme) {
        return RuntimeFailures.create("WebCmdletIEDomNotSupportedException", "NotImplemented", "The '" + scheme
                + "' scheme is not supported.", null, "System.NotSupportedException");
    }

    /** A -Uri .NET's Uri class cannot read. */
    static PSException badUri(String message) {
        return RuntimeFailures.create("System.UriFormatException", "NotSpecified", message, null,
                "System.UriFormatException");
    }

    static PSException contentType(String contentType) {
        return RuntimeFailures.create("WebCmdletContentTypeException", "InvalidArgument", "The cmdlet cannot run "
                + "because the -ContentType parameter is not a valid Content-Type header. Specify a valid "
                + "Content-Type for -ContentType, then retry. To suppress header validation, supply the "
                + "-SkipHeaderValidation parameter.", contentType,
                "System.Management.Automation.ValidationMetadataException");
    }

    /** A -CustomMethod that is no HTTP token. */
    static PSException badMethod() {
        return RuntimeFailures.create("System.FormatException", "NotSpecified",
                "The format of the HTTP method is invalid.", null, "System.FormatException");
    }

    /** A header name or value HTTP does not allow. */
    static PSException badHeader(String name, String value) {
        return RuntimeFailures.create("System.FormatException", "NotSpecified", "The format of value '" + value
                + "' is invalid.", null, "System.FormatException");
    }

    /** A file the cmdlet cannot read or write, with .NET's wording. */
    static PSException fileFailure(String errorId, String message, String path, String dotNetType) {
        return RuntimeFailures.create(errorId, "NotSpecified", message, path, dotNetType);
    }
}
