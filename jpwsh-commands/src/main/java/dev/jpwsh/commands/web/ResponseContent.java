package dev.jpwsh.commands.web;

import dev.jpwsh.dotnet.collections.Dictionary;
import dev.jpwsh.dotnet.collections.StringComparer;
import dev.jpwsh.dotnet.text.Encoding;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The body of a response, read once: into memory for the pipeline, or streamed to a file in fixed-size chunks so
 * that a download of any size takes bounded memory. With -OperationTimeoutSeconds, a read that waits longer than
 * that for bytes ends the exchange with OperationTimeoutReached.
 */
final class ResponseContent {
    private static final int CHUNK = 64 * 1024;
    /** Watches reads that have a time limit; one daemon thread for the process. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(run -> {
        Thread thread = new Thread(run, "jpwsh-web-read-timeout");
        thread.setDaemon(true);
        return thread;
    });

    private final HttpResponse<InputStream> response;
    private final HttpResponseMessage message;
    private final int readTimeoutSeconds;
    private final boolean appendToFile;
    private byte[] bytes;
    private volatile long lastProgress;
    private volatile boolean timedOut;

    ResponseContent(WebExchange.Answer answer, int readTimeoutSeconds, boolean appendToFile) {
        this.response = answer.response();
        this.message = message(answer);
        this.readTimeoutSeconds = readTimeoutSeconds;
        this.appendToFile = appendToFile;
    }

    /**
     * The status line and headers, the headers keyed without regard to case: the response's own, then its
     * content's (Content-Type, Content-Length ...), as .NET lists them; java.net.http keeps no wire order, so each
     * group is in alphabetical order.
     */
    static HttpResponseMessage message(WebExchange.Answer answer) {
        Dictionary headers = new Dictionary(StringComparer.getOrdinalIgnoreCase());
        for (boolean content : new boolean[] {false, true}) {
            for (Map.Entry<String, List<String>> header : answer.response().headers().map().entrySet()) {
                String name = header.getKey();
                if (!name.startsWith(":")
                        && WebRequestCmdlet.CONTENT_HEADERS.contains(name.toLowerCase(Locale.ROOT)) == content) {
                    headers.put(canonicalName(name), header.getValue().toArray(String[]::new));
                }
            }
        }
        return new HttpResponseMessage("1.1", answer.response().statusCode(), headers, answer.uri().toString());
    }

    /**
     * A header name as .NET shows it: the JDK's client gives names in lower case, .NET in the case they are known by,
     * which for the common ones is each word capitalised ({@code Content-Type}, {@code WWW-Authenticate}).
     */
    private static String canonicalName(String name) {
        if (name.equalsIgnoreCase("www-authenticate")) {
            return "WWW-Authenticate";
        }
        StringBuilder canonical = new StringBuilder(name.length());
        boolean wordStart = true;
        for (char c : name.toCharArray()) {
            canonical.append(wordStart ? Character.toUpperCase(c) : c);
            wordStart = c == '-';
        }
        return canonical.toString();
    }

    HttpResponseMessage message() {
        return message;
    }

    String mediaType() {
        return ResponseText.mediaType(message.header("Content-Type"));
    }

    Encoding encoding() {
        return ResponseText.encoding(message.header("Content-Type"));
    }

    /** The whole body. */
    byte[] bytes() {
        if (bytes == null) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            copy(out);
            bytes = out.toByteArray();
        }
        return bytes;
    }

    /** The body as text, in the charset its Content-Type names (UTF-8 by default). */
    String text() {
        return ResponseText.decode(bytes(), encoding());
    }

    /** Writes the body to {@code file}: appended after a resumed (206) answer, else replacing the file. */
    void save(Path file) {
        StandardOpenOption mode = appendToFile ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                mode)) {
            if (bytes != null) {
                out.write(bytes);
            } else {
                copy(out);
            }
        } catch (IOException e) {
            throw WebFiles.writeFailure(file, e);
        }
    }

    private void copy(OutputStream out) {
        ScheduledFuture<?> watch = readTimeoutSeconds > 0 ? watch() : null;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[CHUNK];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                lastProgress = System.nanoTime();
                out.write(buffer, 0, n);
            }
        } catch (InterruptedIOException stopped) {
            Thread.currentThread().interrupt();
            throw RuntimeFailures.pipelineStopped();
        } catch (IOException e) {
            throw readFailure(e);
        } finally {
            if (watch != null) {
                watch.cancel(false);
            }
        }
    }

    private PSException readFailure(IOException e) {
        if (Thread.currentThread().isInterrupted()) {
            return RuntimeFailures.pipelineStopped();
        }
        if (timedOut) {
            return WebErrors.operationTimeout(readTimeoutSeconds);
        }
        return WebErrors.requestFailure("An error occurred while sending the request.",
                e.getMessage() == null ? "The response ended prematurely." : e.getMessage(), null);
    }

    /** Closes the body when no bytes came for the time limit, which ends the blocked read. */
    private ScheduledFuture<?> watch() {
        lastProgress = System.nanoTime();
        long limit = TimeUnit.SECONDS.toNanos(readTimeoutSeconds);
        long period = Math.max(50, TimeUnit.SECONDS.toMillis(readTimeoutSeconds) / 4);
        return WATCHDOG.scheduleAtFixedRate(() -> {
            if (System.nanoTime() - lastProgress > limit && !timedOut) {
                timedOut = true;
                try {
                    response.body().close();
                } catch (IOException alreadyClosed) {
                    // the read ends either way
                }
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }
}
