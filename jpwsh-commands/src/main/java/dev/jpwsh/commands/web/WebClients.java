package dev.jpwsh.commands.web;

import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.net.Socket;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The process's two HTTP clients for requests without a web session, made on first use and shared by every runspace
 * (the JDK's client is thread-safe and pools connections): one that checks certificates, and one for
 * -SkipCertificateCheck that accepts any certificate for any host; and the clients of web sessions. Neither follows redirections: {@link WebExchange} does, as pwsh counts them.
 */
final class WebClients {
    private WebClients() {
    }

    private static final class Checking {
        static final HttpClient CLIENT = newClient(false, null, null);
    }

    private static final class Trusting {
        static final HttpClient CLIENT = newClient(true, null, null);
    }

    /** The shared client of requests without a session. */
    static HttpClient client(boolean skipCertificateCheck) {
        return skipCertificateCheck ? Trusting.CLIENT : Checking.CLIENT;
    }

    /**
     * A new client (a web session's, or one for -Proxy), keeping cookies in {@code cookies} and going through the
     * HTTP proxy at {@code proxy} when they are not null.
     */
    static HttpClient newClient(boolean skipCertificateCheck, java.net.CookieHandler cookies,
            java.net.InetSocketAddress proxy) {
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1);
        if (skipCertificateCheck) {
            builder.sslContext(trustingContext());
        }
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        if (proxy != null) {
            builder.proxy(java.net.ProxySelector.of(proxy));
        }
        return builder.build();
    }

    private static SSLContext trustingContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustingManager()}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available", e);
        }
    }

    /** Accepts every chain; being an extended manager, it also stands in for the host name check. */
    private static final class TrustingManager extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
