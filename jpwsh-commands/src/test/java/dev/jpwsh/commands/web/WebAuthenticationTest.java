package dev.jpwsh.commands.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.jpwsh.engine.runspaces.PSInvocationState;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.PowerShellAsyncResult;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * -Credential and -Token reach the server as pwsh sends them, and a request that hangs ends when its pipeline is
 * stopped. The golden corpus cannot build a PSCredential or SecureString yet, so the credential here is a custom
 * object with PSCredential's members (UserName, GetNetworkCredential().Password) and the token plain text; the
 * server is the JDK's, on 127.0.0.1 at a free port.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WebAuthenticationTest {
    private static final Duration BOUND = Duration.ofSeconds(15);
    private static final String CREDENTIAL = """
            $cred = [pscustomobject]@{ UserName = 'user' }
            $cred | Add-Member -MemberType ScriptMethod -Name GetNetworkCredential -Value {
                [pscustomobject]@{ UserName = 'user'; Password = 'pass' }
            }
            """;

    private HttpServer server;
    private String base;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final PowerShell shell = PowerShell.create();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/basic", this::basic);
        server.createContext("/hang", exchange -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        shell.dispose();
        server.stop(0);
    }

    private void basic(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.add(String.valueOf(authorization));
        boolean known = "Basic dXNlcjpwYXNz".equals(authorization) || "Bearer abc".equals(authorization);
        if (!known) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"test\"");
        }
        byte[] body = (known ? "welcome" : "who?").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(known ? 200 : 401, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private List<String> run(String script) {
        return assertTimeoutPreemptively(BOUND, () -> shell.addScript(script).invoke()).stream()
                .map(String::valueOf).toList();
    }

    /** A credential over http without -AllowUnencryptedAuthentication is refused before any request is made. */
    @Test
    void credentialOverHttpNeedsAllowUnencryptedAuthentication() {
        List<String> output = run(CREDENTIAL + "try { Invoke-RestMethod '" + base + "/basic' -Credential $cred } "
                + "catch { $_.FullyQualifiedErrorId }");
        assertThat(output).containsExactly("WebCmdletAllowUnencryptedAuthenticationRequiredException,"
                + "Microsoft.PowerShell.Commands.InvokeRestMethodCommand");
        assertThat(authorizations).isEmpty();
    }

    /** -Credential alone answers the server's Basic challenge; with -Authentication Basic it is sent at once. */
    @Test
    void credentialAnswersTheChallengeOrGoesFirst() {
        List<String> output = run(CREDENTIAL + "Invoke-RestMethod '" + base + "/basic' -Credential $cred "
                + "-AllowUnencryptedAuthentication\n"
                + "Invoke-RestMethod '" + base + "/basic' -Credential $cred -Authentication Basic "
                + "-AllowUnencryptedAuthentication");
        assertThat(output).containsExactly("welcome", "welcome");
        assertThat(authorizations).containsExactly("null", "Basic dXNlcjpwYXNz", "Basic dXNlcjpwYXNz");
    }

    /** -Authentication Bearer sends the token. */
    @Test
    void bearerTokenIsSent() {
        List<String> output = run("Invoke-RestMethod '" + base + "/basic' -Authentication Bearer -Token 'abc' "
                + "-AllowUnencryptedAuthentication");
        assertThat(output).containsExactly("welcome");
        assertThat(authorizations).containsExactly("Bearer abc");
    }

    /** Stopping a pipeline that waits for a response ends it at once (jpwsh's "stop means stop"). */
    @Test
    void stopEndsAWaitingRequest() throws Exception {
        PowerShellAsyncResult result = shell.addScript("Invoke-WebRequest '" + base + "/hang'").beginInvoke();
        Thread.sleep(500);
        assertTimeoutPreemptively(BOUND, shell::stop);
        assertThat(shell.getInvocationStateInfo().getState()).isEqualTo(PSInvocationState.Stopped);
        assertThat(catchThrowable(() -> shell.endInvoke(result))).hasMessage("The pipeline has been stopped.");
    }
}
