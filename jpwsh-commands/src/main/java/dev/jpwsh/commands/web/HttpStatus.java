package dev.jpwsh.commands.web;

import java.util.Map;

/**
 * HTTP status codes as .NET names them: the {@code HttpStatusCode} enum name (a response's StatusDescription) and
 * the standard reason phrase (the one a server sends and pwsh's error message quotes; the JDK's client does not
 * expose the phrase on the wire, so the standard one stands in).
 */
final class HttpStatus {
    private record Names(String enumName, String phrase) {
    }

    private static final Map<Integer, Names> NAMES = Map.ofEntries(
            Map.entry(100, new Names("Continue", "Continue")),
            Map.entry(101, new Names("SwitchingProtocols", "Switching Protocols")),
            Map.entry(200, new Names("OK", "OK")),
            Map.entry(201, new Names("Created", "Created")),
            Map.entry(202, new Names("Accepted", "Accepted")),
            Map.entry(203, new Names("NonAuthoritativeInformation", "Non-Authoritative Information")),
            Map.entry(204, new Names("NoContent", "No Content")),
            Map.entry(205, new Names("ResetContent", "Reset Content")),
            Map.entry(206, new Names("PartialContent", "Partial Content")),
            Map.entry(300, new Names("MultipleChoices", "Multiple Choices")),
            Map.entry(301, new Names("MovedPermanently", "Moved Permanently")),
            Map.entry(302, new Names("Found", "Found")),
            Map.entry(303, new Names("SeeOther", "See Other")),
            Map.entry(304, new Names("NotModified", "Not Modified")),
            Map.entry(307, new Names("TemporaryRedirect", "Temporary Redirect")),
            Map.entry(308, new Names("PermanentRedirect", "Permanent Redirect")),
            Map.entry(400, new Names("BadRequest", "Bad Request")),
            Map.entry(401, new Names("Unauthorized", "Unauthorized")),
            Map.entry(402, new Names("PaymentRequired", "Payment Required")),
            Map.entry(403, new Names("Forbidden", "Forbidden")),
            Map.entry(404, new Names("NotFound", "Not Found")),
            Map.entry(405, new Names("MethodNotAllowed", "Method Not Allowed")),
            Map.entry(406, new Names("NotAcceptable", "Not Acceptable")),
            Map.entry(408, new Names("RequestTimeout", "Request Timeout")),
            Map.entry(409, new Names("Conflict", "Conflict")),
            Map.entry(410, new Names("Gone", "Gone")),
            Map.entry(411, new Names("LengthRequired", "Length Required")),
            Map.entry(412, new Names("PreconditionFailed", "Precondition Failed")),
            Map.entry(413, new Names("RequestEntityTooLarge", "Request Entity Too Large")),
            Map.entry(415, new Names("UnsupportedMediaType", "Unsupported Media Type")),
            Map.entry(416, new Names("RequestedRangeNotSatisfiable", "Requested Range Not Satisfiable")),
            Map.entry(418, new Names("418", "I'm a teapot")),
            Map.entry(422, new Names("UnprocessableEntity", "Unprocessable Entity")),
            Map.entry(429, new Names("TooManyRequests", "Too Many Requests")),
            Map.entry(500, new Names("InternalServerError", "Internal Server Error")),
            Map.entry(501, new Names("NotImplemented", "Not Implemented")),
            Map.entry(502, new Names("BadGateway", "Bad Gateway")),
            Map.entry(503, new Names("ServiceUnavailable", "Service Unavailable")),
            Map.entry(504, new Names("GatewayTimeout", "Gateway Timeout")),
            Map.entry(505, new Names("HttpVersionNotSupported", "HTTP Version Not Supported")));

    private HttpStatus() {
    }

    /** The HttpStatusCode enum name, or the number as text when .NET has no name for it. */
    static String enumName(int code) {
        Names names = NAMES.get(code);
        return names == null ? Integer.toString(code) : names.enumName();
    }

    /** The standard reason phrase, empty when there is none. */
    static String phrase(int code) {
        Names names = NAMES.get(code);
        return names == null ? "" : names.phrase();
    }

    static boolean isSuccess(int code) {
        return code >= 200 && code <= 299;
    }

    /** The codes .NET's handler follows: 300, 301, 302, 303, 307 and 308. */
    static boolean isRedirect(int code) {
        return code == 300 || code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    }
}
