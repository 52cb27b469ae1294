package dev.jpwsh.commands.web;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Everything one web request needs once the cmdlet's parameters are checked: method, address, headers (the
 * Content-Type among them when there is content), content, limits, and how redirections, retries and
 * authentication challenges are handled.
 *
 * @param headers request headers by name, in the order given; Authorization is dropped on a redirection unless
 *     {@code keepAuthorization}
 * @param timeout the limit for sending the request and receiving the response headers; null for none
 * @param maximumRedirection how many redirections to follow (pwsh's default of -1 follows up to 50)
 * @param challengeAuthorization the Authorization value to answer a 401 Basic challenge with (a -Credential
 *     without -Authentication), or null
 * @param resumeFrom the byte offset of a -Resume request (a {@code Range} header), or -1
 */
record RequestPlan(String method, URI uri, Map<String, String> headers, RequestBody body, Duration timeout,
        int maximumRedirection, boolean keepAuthorization, boolean keepMethod, boolean allowInsecureRedirect,
        String challengeAuthorization, int maximumRetryCount, int retryIntervalSec, long resumeFrom) {
    /** The same request without its Range header: the server could not resume, so the whole file comes again. */
    RequestPlan withoutResume() {
        return new RequestPlan(method, uri, headers, body, timeout, maximumRedirection, keepAuthorization, keepMethod,
                allowInsecureRedirect, challengeAuthorization, maximumRetryCount, retryIntervalSec, -1);
    }
}
