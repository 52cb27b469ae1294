package dev.jpwsh.commands.web;

import dev.jpwsh.dotnet.collections.Dictionary;
import dev.jpwsh.dotnet.collections.StringComparer;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.DotNetProperties;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.http.HttpClient;

/**
 * What -SessionVariable makes and -WebSession carries from one request to the next: headers (-Headers given with the
 * session are kept in it), cookies the servers set, the User-Agent and the redirection and retry limits. A session
 * has its own HTTP clients, whose cookie handler is the session's.
 */
@DotNetName("Microsoft.PowerShell.Commands.WebRequestSession")
@DotNetProperties({"Headers", "Cookies", "UseDefaultCredentials", "Credentials", "Certificates", "UserAgent", "Proxy",
        "MaximumRedirection", "MaximumRetryCount", "RetryIntervalInSeconds"})
public final class WebRequestSession {
    private final Dictionary headers = new Dictionary(StringComparer.getOrdinalIgnoreCase());
    private final CookieManager cookieManager = new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER);
    private final CookieContainer cookies = new CookieContainer(cookieManager.getCookieStore());
    private String userAgent;
    private int maximumRedirection = -1;
    private int maximumRetryCount;
    private int retryIntervalInSeconds;
    private HttpClient checkingClient;
    private HttpClient trustingClient;

    /** {@code [Microsoft.PowerShell.Commands.WebRequestSession]::new()}: the User-Agent is set by the first request. */
    public WebRequestSession() {
    }

    public Dictionary getHeaders() {
        return headers;
    }

    public CookieContainer getCookies() {
        return cookies;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public int getMaximumRedirection() {
        return maximumRedirection;
    }

    public void setMaximumRedirection(int maximumRedirection) {
        this.maximumRedirection = maximumRedirection;
    }

    public int getMaximumRetryCount() {
        return maximumRetryCount;
    }

    public void setMaximumRetryCount(int maximumRetryCount) {
        this.maximumRetryCount = maximumRetryCount;
    }

    public int getRetryIntervalInSeconds() {
        return retryIntervalInSeconds;
    }

    public void setRetryIntervalInSeconds(int retryIntervalInSeconds) {
        this.retryIntervalInSeconds = retryIntervalInSeconds;
    }

    public boolean getUseDefaultCredentials() {
        return false;
    }

    /** Where this session keeps its cookies. */
    java.net.CookieHandler cookieHandler() {
        return cookieManager;
    }

    /** The session's client: cookies kept in this session, certificates checked unless {@code skipCertificateCheck}. */
    synchronized HttpClient client(boolean skipCertificateCheck) {
        if (skipCertificateCheck) {
            if (trustingClient == null) {
                trustingClient = WebClients.newClient(true, cookieManager, null);
            }
            return trustingClient;
        }
        if (checkingClient == null) {
            checkingClient = WebClients.newClient(false, cookieManager, null);
        }
        return checkingClient;
    }
}
