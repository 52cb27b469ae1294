package dev.jpwsh.conformance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The HTTP server the web goldens talk to: the JDK's server on 127.0.0.1 at a port free when the first script asks
 * for it, started once per test JVM and never stopped (daemon threads). A script names it through the argument
 * {@value #PLACEHOLDER} of its {@code #! args:} line, which the runner replaces by {@code http://127.0.0.1:PORT}, so no
 * port appears in the corpus; {@value #SECURE_PLACEHOLDER} names the same routes over TLS
 * ({@code https://127.0.0.1:PORT}, a self-signed certificate for localhost, so only -SkipCertificateCheck reaches
 * it). Routes (all answers are fixed, none depends on time):
 * <ul>
 * <li>{@code /echo}: any method; JSON of the method, path, query, request headers and body text</li>
 * <li>{@code /status/N}: status N with the text body {@code Status N}; {@code /json-error}: 500 with a JSON body</li>
 * <li>{@code /redirect/N}: a 302 to {@code /redirect/N-1}, and {@code /redirect/0} to {@code /echo};
 * {@code /see-other}: a 303 to {@code /echo}</li>
 * <li>{@code /delay/MS}: answers after MS milliseconds; {@code /stall/MS}: sends half its body, the rest MS
 * milliseconds later</li>
 * <li>{@code /json}, {@code /xml}, {@code /html}, {@code /latin1}: fixed documents of those types;
 * {@code /text/WORD}: WORD as text/plain; {@code /empty}: an empty JSON answer</li>
 * <li>{@code /bytes/N}: N bytes (i mod 256), honouring a {@code Range: bytes=FROM-} header (206, or 416 past the
 * end)</li>
 * <li>{@code /basic}: 401 with a Basic challenge unless the credentials are user:pass</li>
 * <li>{@code /headers}: repeated and Link headers; {@code /page/N}: JSON page N of 3, linking to the next</li>
 * <li>{@code /set-cookie}: sets the cookie {@code flavour=oat}</li>
 * <li>{@code /refused}: the address of a port on 127.0.0.1 that nothing listens on</li>
 * </ul>
 */
final class WebTestServer {
    static final String PLACEHOLDER = "@WEBSERVER@";
    /** The same routes over TLS, with a self-signed certificate for {@code localhost} made by keytool. */
    static final String SECURE_PLACEHOLDER = "@SECUREWEBSERVER@";

    private static final class Holder {
        static final String BASE = start();
    }

    private static final class SecureHolder {
        static final String BASE = startSecure();
    }

    private WebTestServer() {
    }

    /** {@code argument} with the placeholder replaced by the server's base address (starting the server). */
    static String substitute(String argument) {
        if (argument.contains(SECURE_PLACEHOLDER)) {
            return argument.replace(SECURE_PLACEHOLDER, SecureHolder.BASE);
        }
        return argument.contains(PLACEHOLDER) ? argument.replace(PLACEHOLDER, Holder.BASE) : argument;
    }

    private static String start() {
        try {
            return "http://127.0.0.1:" + serve(HttpServer.create(loopback(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String startSecure() {
        try {
            HttpsServer server = HttpsServer.create(loopback(), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(selfSignedContext()));
            return "https://127.0.0.1:" + serve(server);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot start the TLS test server", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    private static int serve(HttpServer server) {
        server.setExecutor(Executors.newCachedThreadPool(run -> {
            Thread thread = new Thread(run, "golden-web-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", WebTestServer::handle);
        server.start();
        return server.getAddress().getPort();
    }

    /** A TLS context whose key and self-signed certificate keytool makes in a temporary key store. */
    private static SSLContext selfSignedContext() throws IOException, GeneralSecurityException, InterruptedException {
        Path dir = Files.createTempDirectory("golden-tls");
        Path store = dir.resolve("server.p12");
        char[] password = "golden".toCharArray();
        try {
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "server", "-keyalg", "EC", "-dname", "CN=localhost", "-validity", "2",
                    "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "golden")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (keytool.waitFor() != 0) {
                throw new IOException("keytool failed");
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(store)) {
                keys.load(in, password);
            }
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        } finally {
            Files.deleteIfExists(store);
            Files.deleteIfExists(dir);
        }
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String[] parts = path.split("/");
            String route = parts.length > 1 ? parts[1] : "";
            String argument = parts.length > 2 ? parts[2] : "";
            switch (route) {
                case "echo" -> send(exchange, 200, "application/json", echo(exchange));
                case "status" -> send(exchange, Integer.parseInt(argument), "text/plain", "Status " + argument);
                case "json-error" -> send(exchange, 500, "application/json", "{\"error\":\"boom\",\"codes\":[1,2]}");
                case "redirect" -> redirect(exchange, 302, Integer.parseInt(argument) <= 0 ? "/echo"
                        : "/redirect/" + (Integer.parseInt(argument) - 1));
                case "see-other" -> redirect(exchange, 303, "/echo");
                case "delay" -> {
                    sleep(Long.parseLong(argument));
                    send(exchange, 200, "text/plain", "late");
                }
                case "json" -> send(exchange, 200, "application/json; charset=utf-8",
                        "{\"name\":\"jpwsh\",\"tags\":[\"a\",\"b\"],\"nested\":{\"n\":1.5,\"ok\":true}}");
                case "json-array" -> send(exchange, 200, "application/json", "[1,2,3]");
                case "xml" -> send(exchange, 200, "application/xml",
                        "<?xml version=\"1.0\"?><root><item id=\"1\">one</item><item id=\"2\">two</item></root>");
                case "html" -> send(exchange, 200, "text/html", """
                        <html><head><title>T</title></head><body>
                        <a href="/one">One</a> <a href='/two' class=x>Two</a>
                        <img src="/i.png" alt="pic">
                        <input type="text" name="q" value="v"/>
                        </body></html>""");
                case "latin1" -> sendBytes(exchange, 200, "text/plain; charset=iso-8859-1",
                        "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
                case "text" -> send(exchange, 200, "text/plain", argument.isEmpty() ? "plain text" : argument);
                case "empty" -> send(exchange, 200, "application/json", "");
                case "bytes" -> bytes(exchange, Integer.parseInt(argument));
                case "basic" -> basic(exchange);
                case "headers" -> headers(exchange);
                case "page" -> page(exchange, Integer.parseInt(argument));
                case "stall" -> stall(exchange, Long.parseLong(argument));
                case "set-cookie" -> {
                    exchange.getResponseHeaders().add("Set-Cookie", "flavour=oat; Path=/");
                    send(exchange, 200, "text/plain", "cookie set");
                }
                case "refused" -> send(exchange, 200, "text/plain", refusedAddress());
                default -> send(exchange, 404, "text/plain", "No route " + path);
            }
        }
    }

    private static String echo(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(exchange.getRequestHeaders());
        StringBuilder json = new StringBuilder("{\"method\":").append(quote(exchange.getRequestMethod()))
                .append(",\"path\":").append(quote(exchange.getRequestURI().getPath()))
                .append(",\"query\":").append(quote(String.valueOf(exchange.getRequestURI().getRawQuery())))
                .append(",\"headers\":{");
        String separator = "";
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            json.append(separator).append(quote(header.getKey())).append(':')
                    .append(quote(String.join(", ", header.getValue())));
            separator = ",";
        }
        return json.append("},\"body\":").append(quote(body)).append('}').toString();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    private static void bytes(HttpExchange exchange, int size) throws IOException {
        byte[] all = new byte[size];
        for (int i = 0; i < size; i++) {
            all[i] = (byte) i;
        }
        String range = exchange.getRequestHeaders().getFirst("Range");
        exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
        if (range == null || !range.startsWith("bytes=")) {
            sendBytes(exchange, 200, "application/octet-stream", all);
            return;
        }
        int from = Integer.parseInt(range.substring(6, range.indexOf('-')));
        if (from >= size) {
            exchange.getResponseHeaders().set("Content-Range", "bytes */" + size);
            exchange.sendResponseHeaders(416, -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (size - 1) + "/" + size);
        sendBytes(exchange, 206, "application/octet-stream", java.util.Arrays.copyOfRange(all, from, size));
    }

    private static void basic(HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString("user:pass".getBytes(StandardCharsets.UTF_8));
        if (expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 200, "text/plain", "welcome");
            return;
        }
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"golden\"");
        send(exchange, 401, "text/plain", "who are you?");
    }

    private static void headers(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("X-Multi", "one");
        exchange.getResponseHeaders().add("X-Multi", "two");
        exchange.getResponseHeaders().add("Link", "</page/2>; rel=\"next\", </page/9>; rel=last");
        send(exchange, 200, "text/plain", "headers");
    }

    /** A text body whose second half comes MS milliseconds after its first. */
    private static void stall(HttpExchange exchange, long millis) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, 10);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("first".getBytes(StandardCharsets.UTF_8));
            out.flush();
            sleep(millis);
            out.write("-last".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Page N of three, as JSON, with a Link to the next one. */
    private static void page(HttpExchange exchange, int number) throws IOException {
        if (number < 3) {
            exchange.getResponseHeaders().add("Link", "</page/" + (number + 1) + ">; rel=\"next\"");
        }
        send(exchange, 200, "application/json", "{\"page\":" + number + "}");
    }

    /** A loopback port that was free a moment ago: bound, then closed. */
    private static String refusedAddress() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/";
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        sendBytes(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void sendBytes(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
