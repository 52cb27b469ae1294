package dev.jpwsh.commands.web;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What Invoke-WebRequest and Invoke-RestMethod share (pwsh's WebRequestPSCmdlet): the parameters, their checks, the
 * request made from them, the exchange, and the HttpResponseException for a status outside 200-299. Each subclass
 * turns the response into its output.
 */
abstract class WebRequestCmdlet extends Cmdlet {
    /** The headers .NET keeps with the content rather than the request. */
    static final Set<String> CONTENT_HEADERS = Set.of("allow", "content-disposition", "content-encoding",
            "content-language", "content-length", "content-location", "content-md5", "content-range",
            "content-type", "expires", "last-modified");

    static final String STANDARD_METHOD = "StandardMethod";
    static final String STANDARD_METHOD_NO_PROXY = "StandardMethodNoProxy";
    static final String CUSTOM_METHOD = "CustomMethod";
    static final String CUSTOM_METHOD_NO_PROXY = "CustomMethodNoProxy";

    /** What .NET's MediaTypeHeaderValue accepts: {@code type/subtype}, then parameters. */
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "\\s*[-!#$%&'*+.^_`|~0-9A-Za-z]+/[-!#$%&'*+.^_`|~0-9A-Za-z]+\\s*(;.*)?");

    @Parameter(position = 0, mandatory = true)
    String uri;

    @Parameter(parameterSetName = STANDARD_METHOD)
    @Parameter(parameterSetName = STANDARD_METHOD_NO_PROXY)
    WebRequestMethod method = WebRequestMethod.Default;

    @Parameter(parameterSetName = CUSTOM_METHOD, mandatory = true)
    @Parameter(parameterSetName = CUSTOM_METHOD_NO_PROXY, mandatory = true)
    String customMethod;

    @Parameter(parameterSetName = STANDARD_METHOD)
    @Parameter(parameterSetName = CUSTOM_METHOD)
    String proxy;

    @Parameter(parameterSetName = STANDARD_METHOD)
    @Parameter(parameterSetName = CUSTOM_METHOD)
    Object proxyCredential;

    @Parameter(parameterSetName = STANDARD_METHOD)
    @Parameter(parameterSetName = CUSTOM_METHOD)
    boolean proxyUseDefaultCredentials;

    @Parameter(parameterSetName = STANDARD_METHOD_NO_PROXY, mandatory = true)
    @Parameter(parameterSetName = CUSTOM_METHOD_NO_PROXY, mandatory = true)
    boolean noProxy;

    @Parameter
    Map<?, ?> headers;

    @Parameter(valueFromPipeline = true)
    Object body;

    @Parameter
    Map<?, ?> form;

    @Parameter
    String contentType;

    @Parameter
    String inFile;

    @Parameter
    String outFile;

    @Parameter
    boolean passThru;

    @Parameter
    boolean resume;

    @Parameter
    boolean skipHttpErrorCheck;

    @Parameter
    boolean skipHeaderValidation;

    @Parameter
    boolean skipCertificateCheck;

    @Parameter
    boolean useBasicParsing;

    @Parameter
    Object credential;

    @Parameter
    WebAuthenticationType authentication = WebAuthenticationType.None;

    @Parameter
    Object token;

    @Parameter
    boolean allowUnencryptedAuthentication;

    @Parameter
    boolean useDefaultCredentials;

    @Parameter
    String userAgent;

    @Parameter
    boolean disableKeepAlive;

    @Parameter(aliases = "TimeoutSec")
    @ValidateRange(min = 0, max = Integer.MAX_VALUE)
    int connectionTimeoutSeconds;

    @Parameter
    @ValidateRange(min = 0, max = Integer.MAX_VALUE)
    int operationTimeoutSeconds;

    @Parameter
    @ValidateRange(min = -1, max = Integer.MAX_VALUE)
    int maximumRedirection = -1;

    @Parameter
    boolean preserveAuthorizationOnRedirect;

    @Parameter
    boolean preserveHttpMethodOnRedirect;

    @Parameter
    boolean allowInsecureRedirect;

    @Parameter
    @ValidateRange(min = 0, max = Integer.MAX_VALUE)
    int maximumRetryCount;

    @Parameter
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    int retryIntervalSec = 5;

    @Parameter
    WebRequestSession webSession;

    @Parameter(aliases = "SV")
    String sessionVariable;

    /** The file -OutFile names, resolved; null without -OutFile. */
    private Path outPath;

    @Override
    protected final void processRecord() {
        try {
            request();
        } catch (PSException failure) {
            throw failure.record().fullyQualifiedErrorId().equals("PipelineStopped") ? failure
                    : terminatingError(failure);
        }
    }

    /** Sends the request, and with -FollowRelLink the request for each next page in turn. */
    private void request() {
        checkParameters();
        prepareSession();
        URI target = target();
        for (int pages = 1; target != null; pages++) {
            URI next = exchange(target);
            target = followsRelationLinks() && pages < maximumRelationLinks() ? next : null;
        }
    }

    /**
     * Keeps this request's settings in its web session, as pwsh's PrepareSession does: -SessionVariable gets a new
     * session, and -Headers, -UserAgent, -MaximumRedirection and -MaximumRetryCount stay in the session for the
     * requests that follow.
     */
    private void prepareSession() {
        if (webSession == null && sessionVariable == null) {
            return;
        }
        if (webSession == null) {
            webSession = new WebRequestSession();
            callerScope().set(sessionVariable.startsWith("$") ? sessionVariable.substring(1) : sessionVariable,
                    webSession);
        }
        if (webSession.getUserAgent() == null) {
            webSession.setUserAgent(UserAgents.standard(frame()));
        }
        if (userAgent != null) {
            webSession.setUserAgent(userAgent);
        }
        if (maximumRedirection > -1) {
            webSession.setMaximumRedirection(maximumRedirection);
        }
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (value != null) {
                    webSession.getHeaders().put(LanguagePrimitives.toString(name), LanguagePrimitives.toString(value));
                }
            });
        }
        if (maximumRetryCount > 0) {
            webSession.setMaximumRetryCount(maximumRetryCount);
            webSession.setRetryIntervalInSeconds(retryIntervalSec);
        }
    }

    /** -FollowRelLink (Invoke-RestMethod): whether each answer's {@code next} link is requested in turn. */
    boolean followsRelationLinks() {
        return false;
    }

    /** How many pages -FollowRelLink requests at most. */
    int maximumRelationLinks() {
        return Integer.MAX_VALUE;
    }

    /** One exchange with {@code target}; returns the answer's {@code next} relation link, or null. */
    private URI exchange(URI target) {
        outPath = outFile == null ? null : WebFiles.outFile(frame(), outFile, target, resume);
        RequestPlan plan = plan(target);
        HttpClient client = proxy != null ? WebClients.newClient(skipCertificateCheck,
                webSession == null ? null : webSession.cookieHandler(), proxyAddress())
                : webSession != null ? webSession.client(skipCertificateCheck)
                : WebClients.client(skipCertificateCheck);
        WebExchange.Answer answer = WebExchange.send(plan, client);
        if (resume && answer.response().statusCode() == 416 && rangeLength(answer.response()) >= 0
                && rangeLength(answer.response()) != plan.resumeFrom()) {
            WebExchange.close(answer.response());
            plan = plan.withoutResume();
            answer = WebExchange.send(plan, client);
        }
        HttpResponse<InputStream> response = answer.response();
        try {
            int status = response.statusCode();
            boolean resumedAlready = resume && status == 416 && plan.resumeFrom() >= 0
                    && rangeLength(response) == plan.resumeFrom();
            if (resumedAlready) {
                outPath = null;
            } else if (!skipHttpErrorCheck && !HttpStatus.isSuccess(status)) {
                throw statusFailure(answer);
            }
            ResponseContent content = new ResponseContent(answer, operationTimeoutSeconds,
                    plan.resumeFrom() >= 0 && status == 206);
            processResponse(answer, content, outPath);
            if (plan.maximumRedirection() == 0 && HttpStatus.isRedirect(status)) {
                writeError(WebErrors.maximumRedirectExceeded(target).record());
            }
            String next = RelationLinks.of(content.message(), answer.uri()).get("next");
            return next == null ? null : URI.create(next);
        } finally {
            WebExchange.close(response);
        }
    }

    /** The host and port of -Proxy (port 80 when it names none). */
    private java.net.InetSocketAddress proxyAddress() {
        URI address;
        try {
            address = new URI(proxy.contains("://") ? proxy : "http://" + proxy);
        } catch (URISyntaxException e) {
            throw WebErrors.badUri("Invalid URI: The hostname could not be parsed.");
        }
        if (address.getHost() == null) {
            throw WebErrors.badUri("Invalid URI: The hostname could not be parsed.");
        }
        return java.net.InetSocketAddress.createUnresolved(address.getHost(),
                address.getPort() >= 0 ? address.getPort() : 80);
    }

    /** Writes what the response gives; {@code outPath} is the file to save its content to, or null. */
    abstract void processResponse(WebExchange.Answer answer, ResponseContent content, Path outPath);

    /** Whether the content goes down the pipeline: without -OutFile, or with -PassThru. */
    final boolean writesToPipeline() {
        return outPath == null || passThru;
    }

    private void checkParameters() {
        if (webSession != null && sessionVariable != null) {
            throw terminatingError(WebErrors.conflict("WebCmdletSessionConflictException", "Session",
                    "SessionVariable", "SessionVariable"));
        }
        boolean tokenScheme = authentication == WebAuthenticationType.Bearer
                || authentication == WebAuthenticationType.OAuth;
        if (useDefaultCredentials && authentication != WebAuthenticationType.None) {
            throw terminatingError(WebErrors.validation("WebCmdletAuthenticationConflictException", "The cmdlet "
                    + "cannot run because the following conflicting parameters are specified: Authentication and "
                    + "UseDefaultCredentials. Authentication does not support Default Credentials. Specify either "
                    + "Authentication or UseDefaultCredentials, then retry.", null));
        }
        if (authentication != WebAuthenticationType.None && token != null && credential != null) {
            throw terminatingError(WebErrors.conflict("WebCmdletAuthenticationTokenConflictException", "Credential",
                    "Token", "Token"));
        }
        if (authentication == WebAuthenticationType.Basic && credential == null) {
            throw terminatingError(WebErrors.validation("WebCmdletAuthenticationCredentialNotSuppliedException",
                    "The cmdlet cannot run because the following parameter is not specified: Credential. The "
                            + "supplied Authentication type requires a Credential. Specify Credential, then retry.",
                    null));
        }
        if (tokenScheme && token == null) {
            throw terminatingError(WebErrors.validation("WebCmdletAuthenticationTokenNotSuppliedException",
                    "The cmdlet cannot run because the following parameter is not specified: Token. The supplied "
                            + "Authentication type requires a Token. Specify Token, then retry.", null));
        }
        if (!allowUnencryptedAuthentication && (authentication != WebAuthenticationType.None || credential != null
                || useDefaultCredentials) && !uri.regionMatches(true, 0, "https:", 0, 6)) {
            throw terminatingError(WebErrors.validation("WebCmdletAllowUnencryptedAuthenticationRequiredException",
                    "The cmdlet cannot protect plain text secrets sent over unencrypted connections. To suppress "
                            + "this warning and send plain text secrets over unencrypted networks, reissue the command "
                            + "specifying the AllowUnencryptedAuthentication parameter.", null));
        }
        if (useDefaultCredentials && credential != null) {
            throw terminatingError(WebErrors.conflict("WebCmdletCredentialConflictException", "Credential",
                    "UseDefaultCredentials", "UseDefaultCredentials"));
        }
        if (proxyCredential != null && proxyUseDefaultCredentials) {
            throw terminatingError(WebErrors.conflict("WebCmdletProxyCredentialConflictException",
                    "ProxyCredential", "ProxyUseDefaultCredentials", "ProxyUseDefaultCredentials"));
        }
        if (proxy == null && (proxyCredential != null || proxyUseDefaultCredentials)) {
            throw terminatingError(WebErrors.validation("WebCmdletProxyUriNotSuppliedException", "The cmdlet cannot "
                    + "run because the following parameter is missing: Proxy. Provide a valid proxy URI for the Proxy "
                    + "parameter when using the ProxyCredential or ProxyUseDefaultCredentials parameters, then retry.",
                    null));
        }
        if (body != null && inFile != null) {
            throw terminatingError(WebErrors.conflict("WebCmdletBodyConflictException", "Body", "InFile", "Infile"));
        }
        if (body != null && form != null) {
            throw terminatingError(WebErrors.conflict("WebCmdletBodyFormConflictException", "Body", "Form", "Form"));
        }
        if (inFile != null && form != null) {
            throw terminatingError(WebErrors.conflict("WebCmdletFormInFileConflictException", "InFile", "Form",
                    "Form"));
        }
        if (passThru && outFile == null) {
            throw terminatingError(WebErrors.outFileMissing("PassThru"));
        }
        if (resume && outFile == null) {
            throw terminatingError(WebErrors.outFileMissing("Resume"));
        }
    }

    /** -Uri as .NET reads it; one without a scheme is an http address. */
    private URI target() {
        String text = escapeIllegal(uri.strip());
        URI parsed;
        try {
            parsed = new URI(text.contains("://") ? text : "http://" + text);
        } catch (URISyntaxException e) {
            throw terminatingError(WebErrors.badUri("Invalid URI: The hostname could not be parsed."));
        }
        if (parsed.getHost() == null) {
            throw terminatingError(WebErrors.badUri("Invalid URI: The hostname could not be parsed."));
        }
        String scheme = parsed.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw terminatingError(WebErrors.schemeNotSupported(parsed.getScheme()));
        }
        if (body instanceof Map<?, ?> fields && isGet()) {
            String query = RequestBody.formFields(fields);
            String existing = parsed.getRawQuery();
            String joined = existing == null || existing.isEmpty() ? query : existing + "&" + query;
            String base = parsed.toString();
            int cut = base.indexOf('?') >= 0 ? base.indexOf('?') : base.indexOf('#') >= 0 ? base.indexOf('#')
                    : base.length();
            parsed = URI.create(base.substring(0, cut) + "?" + joined);
            body = null;
        }
        return parsed;
    }

    /**
     * The address with the characters a URI may not hold percent-encoded as UTF-8, as .NET's Uri escapes them (a
     * space, a non-ASCII letter, {@code " < > \ ^ ` { | }}); existing escapes stay.
     */
    private static String escapeIllegal(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c <= 0x20 || c >= 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0) {
                escaped.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else {
                escaped.append((char) c);
            }
        }
        return escaped.toString();
    }

    private boolean isGet() {
        return customMethod == null ? method == WebRequestMethod.Default || method == WebRequestMethod.Get
                : customMethod.equalsIgnoreCase("GET");
    }

    private String httpMethod() {
        if (customMethod != null && !customMethod.isEmpty()) {
            String verb = customMethod.toUpperCase(Locale.ROOT);
            if (!HttpSyntax.isToken(verb)) {
                throw WebErrors.badMethod();
            }
            return verb;
        }
        return method == WebRequestMethod.Default ? "GET" : method.name().toUpperCase(Locale.ROOT);
    }

    private RequestPlan plan(URI target) {
        String verb = httpMethod();
        Map<String, String> requestHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> contentHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<?, ?> given = webSession != null ? webSession.getHeaders() : headers;
        if (given != null) {
            for (Map.Entry<?, ?> header : given.entrySet()) {
                if (header.getValue() != null) {
                    String name = LanguagePrimitives.toString(header.getKey());
                    (CONTENT_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? contentHeaders : requestHeaders)
                            .put(name, LanguagePrimitives.toString(header.getValue()));
                }
            }
        }
        String agent = webSession != null ? webSession.getUserAgent() : userAgent;
        requestHeaders.putIfAbsent("User-Agent", agent != null ? agent : UserAgents.standard(frame()));
        if (proxy != null && proxyCredential != null) {
            requestHeaders.put("Proxy-Authorization", Secrets.basic(proxyCredential));
        }
        String authorization = Secrets.authorization(authentication, credential, token);
        if (authorization != null) {
            requestHeaders.put("Authorization", authorization);
        }
        if (contentType != null) {
            contentHeaders.put("Content-Type", contentType);
        } else if (verb.equals("POST") && !contentHeaders.containsKey("Content-Type")) {
            contentHeaders.put("Content-Type", "application/x-www-form-urlencoded");
        }
        String sentType = contentHeaders.get("Content-Type");
        if (sentType != null && !skipHeaderValidation && !MEDIA_TYPE.matcher(sentType).matches()) {
            throw WebErrors.contentType(sentType);
        }
        RequestBody content = content(contentHeaders.get("Content-Type"));
        if (content.contentType() != null) {
            contentHeaders.clear();
            contentHeaders.put("Content-Type", content.contentType());
        }
        if (content.publisher() != null || !verb.equals("GET") || contentType != null) {
            contentHeaders.remove("Content-Length");
            requestHeaders.putAll(contentHeaders);
        }
        long resumeFrom = -1;
        if (resume) {
            resumeFrom = Files.isRegularFile(outPath) ? sizeOf(outPath) : 0;
        }
        String challenge = authentication == WebAuthenticationType.None && credential != null
                ? Secrets.basic(credential) : null;
        boolean inSession = webSession != null;
        return new RequestPlan(verb, target, requestHeaders, content,
                connectionTimeoutSeconds > 0 ? Duration.ofSeconds(connectionTimeoutSeconds) : null,
                inSession ? webSession.getMaximumRedirection() : maximumRedirection, preserveAuthorizationOnRedirect,
                preserveHttpMethodOnRedirect, allowInsecureRedirect, challenge,
                inSession ? webSession.getMaximumRetryCount() : maximumRetryCount,
                inSession ? webSession.getRetryIntervalInSeconds() : retryIntervalSec, resumeFrom);
    }

    private RequestBody content(String sentContentType) {
        if (form != null) {
            return RequestBody.multipart(form);
        }
        if (body != null) {
            return RequestBody.of(body, sentContentType, skipHeaderValidation);
        }
        if (inFile != null) {
            return RequestBody.file(WebFiles.inFile(frame(), inFile));
        }
        return RequestBody.NONE;
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** The complete length a 416 answer's {@code Content-Range: bytes *}{@code /N} gives, or -1. */
    private static long rangeLength(HttpResponse<?> response) {
        String range = response.headers().firstValue("Content-Range").orElse("");
        int slash = range.lastIndexOf('/');
        try {
            return slash < 0 ? -1 : Long.parseLong(range.substring(slash + 1).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private PSException statusFailure(WebExchange.Answer answer) {
        HttpResponseMessage message = ResponseContent.message(answer);
        String details;
        try {
            details = ErrorDetailsText.of(new ResponseContent(answer, operationTimeoutSeconds, false).text(),
                    ResponseText.mediaType(message.header("Content-Type")));
        } catch (PSException unreadable) {
            details = null;
        }
        return terminatingError(WebErrors.statusFailure(new HttpResponseException(message), details,
                answer.method() + " " + answer.uri()));
    }
}
