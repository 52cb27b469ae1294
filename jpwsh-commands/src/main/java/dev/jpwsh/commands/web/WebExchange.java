package dev.jpwsh.commands.web;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Map;
import javax.net.ssl.SSLException;

/**
 * Sends a {@link RequestPlan} with the JDK's HTTP client and returns the final response with its body unread:
 * redirections followed as .NET's handler follows them (POST becomes GET on 301/302/300, anything but GET and HEAD on
 * 303; Authorization dropped; no https-to-http step without -AllowInsecureRedirect), a 401 Basic challenge answered
 * with -Credential, retries on 304 and 4xx/5xx statuses. Failures become pwsh's error records.
 */
final class WebExchange {
    /** .NET's HttpClientHandler.MaxAutomaticRedirections. */
    private static final int DEFAULT_REDIRECTIONS = 50;
    /** Headers the JDK's client sets itself and refuses from callers. */
    private static final java.util.Set<String> RESTRICTED = java.util.Set.of("connection", "content-length",
            "expect", "host", "upgrade");

    /** The final response, the address that gave it and the method that asked. */
    record Answer(HttpResponse<InputStream> response, URI uri, String method) {
    }

    private WebExchange() {
    }

    /** Sends {@code plan} with {@code client} (the shared one, or a web session's). */
    static Answer send(RequestPlan plan, HttpClient client) {
        int retriesLeft = plan.maximumRetryCount();
        while (true) {
            Answer answer = follow(client, plan);
            int status = answer.response().statusCode();
            if (retriesLeft <= 0 || !(status == 304 || status >= 400 && status <= 599)) {
                return answer;
            }
            retriesLeft--;
            close(answer.response());
            pause(plan.retryIntervalSec());
        }
    }

    private static Answer follow(HttpClient client, RequestPlan plan) {
        String method = plan.method();
        URI uri = plan.uri();
        boolean redirected = false;
        boolean challenged = false;
        int redirectionsLeft = plan.maximumRedirection() < 0 ? DEFAULT_REDIRECTIONS : plan.maximumRedirection();
        while (true) {
            HttpResponse<InputStream> response = exchange(client, plan, method, uri, redirected, challenged);
            int status = response.statusCode();
            if (status == 401 && !challenged && plan.challengeAuthorization() != null && isBasicChallenge(response)) {
                close(response);
                challenged = true;
                continue;
            }
            String location = response.headers().firstValue("Location").orElse(null);
            if (!HttpStatus.isRedirect(status) || location == null || redirectionsLeft == 0) {
                return new Answer(response, uri, method);
            }
            URI next = uri.resolve(location);
            if ("https".equalsIgnoreCase(uri.getScheme()) && "http".equalsIgnoreCase(next.getScheme())
                    && !plan.allowInsecureRedirect()) {
                close(response);
                throw WebErrors.insecureRedirection(method + " " + uri);
            }
            close(response);
            redirectionsLeft--;
            if (!plan.keepMethod() && forcesGet(status, method)) {
                method = "GET";
            }
            uri = next;
            redirected = true;
        }
    }

    private static boolean forcesGet(int status, String method) {
        return switch (status) {
            case 300, 301, 302 -> method.equals("POST");
            case 303 -> !method.equals("GET") && !method.equals("HEAD");
            default -> false;
        };
    }

    private static boolean isBasicChallenge(HttpResponse<?> response) {
        return response.headers().allValues("WWW-Authenticate").stream()
                .anyMatch(value -> value.regionMatches(true, 0, "Basic", 0, 5));
    }

    private static HttpResponse<InputStream> exchange(HttpClient client, RequestPlan plan, String method, URI uri,
            boolean redirected, boolean challenged) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).version(HttpClient.Version.HTTP_1_1);
        if (plan.timeout() != null) {
            request.timeout(plan.timeout());
        }
        boolean keepsBody = method.equals(plan.method());
        for (Map.Entry<String, String> header : plan.headers().entrySet()) {
            String name = header.getKey();
            if (redirected && !plan.keepAuthorization() && name.equalsIgnoreCase("Authorization")
                    || !keepsBody && name.equalsIgnoreCase("Content-Type")) {
                continue;
            }
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                setHeader(request, name, header.getValue());
            }
        }
        if (challenged) {
            request.setHeader("Authorization", plan.challengeAuthorization());
        }
        if (plan.resumeFrom() >= 0) {
            request.setHeader("Range", "bytes=" + plan.resumeFrom() + "-");
        }
        request.method(method, keepsBody ? plan.body().publisherOrEmpty() : HttpRequest.BodyPublishers.noBody());
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw RuntimeFailures.pipelineStopped();
        } catch (IOException failure) {
            throw failure(failure, plan, method, uri);
        }
    }

    private static void setHeader(HttpRequest.Builder request, String name, String value) {
        try {
            request.setHeader(name, value);
        } catch (IllegalArgumentException invalid) {
            throw WebErrors.badHeader(name, value);
        }
    }

    private static PSException failure(IOException failure, RequestPlan plan, String method, URI uri) {
        String target = method + " " + uri;
        String endpoint = " (" + uri.getHost() + ":" + port(uri) + ")";
        if (failure instanceof HttpConnectTimeoutException || failure instanceof HttpTimeoutException) {
            return WebErrors.connectionTimeout((int) plan.timeout().toSeconds());
        }
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof ConnectException || cause instanceof SSLException)) {
            cause = cause.getCause();
        }
        if (cause instanceof ConnectException) {
            return WebErrors.requestFailure("Connection refused" + endpoint, "Connection refused", target);
        }
        if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
            return WebErrors.requestFailure("Name or service not known" + endpoint, "Name or service not known",
                    target);
        }
        if (cause instanceof SSLException ssl) {
            return WebErrors.requestFailure("The SSL connection could not be established, see inner exception.",
                    ssl.getMessage(), target);
        }
        String message = failure.getMessage() == null ? "The response ended prematurely." : failure.getMessage();
        return WebErrors.requestFailure("An error occurred while sending the request.", message, target);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static void pause(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw RuntimeFailures.pipelineStopped();
        }
    }

    /** Drops a response whose body is not wanted (its connection closes rather than being read to the end). */
    static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException alreadyBroken) {
            // nothing to release: the connection is gone either way
        }
    }
}
