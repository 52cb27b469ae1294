package dev.jpwsh.dotnet.net;

import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * System.Uri: an absolute URI ({@code [uri]'https://example.com/a?b=1'}) with .NET's parts (Scheme, Host, Port with
 * the scheme's default, AbsolutePath, Query, Segments, ...) or a relative one, whose absolute parts are .NET's
 * InvalidOperationException. Immutable; equal when the absolute forms are.
 */
@DotNetName("System.Uri")
public final class Uri {
    private final String original;
    private final URI uri;

    public Uri(String text) {
        if (text == null) {
            throw new dev.jpwsh.dotnet.ArgumentExceptions.ArgumentNullException("uriString");
        }
        this.original = text;
        try {
            this.uri = normalized(new URI(escapeUnsafe(text.strip())));
        } catch (URISyntaxException e) {
            throw new PSRuntimeException("UriFormatException", "NotSpecified",
                    "Invalid URI: The format of the URI could not be determined.", null, "System.UriFormatException");
        }
    }

    /**
     * The text with the characters a URI may not hold as they are (blanks, quotes, angle brackets, braces, the bar,
     * caret and backquote) percent-escaped, as .NET escapes them when it parses: {@code http://x/a b} is
     * {@code http://x/a%20b}.
     */
    private static String escapeUnsafe(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || "\"<>{}|^`".indexOf(c) >= 0) {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                escaped.append('%').append(String.format("%02X", (int) c));
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /** An absolute URI with its scheme and host in lower case, as .NET keeps them. */
    private static URI normalized(URI uri) throws URISyntaxException {
        if (!uri.isAbsolute() || uri.getHost() == null) {
            return uri;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return new URI(uri.getScheme().toLowerCase(Locale.ROOT) + "://"
                + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@")
                + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
    }

    /** {@code [uri]::new($base, 'relative/path')}. */
    public Uri(Uri baseUri, String relative) {
        this(baseUri.absolute().resolve(relative.strip()).toString());
    }

    private URI absolute() {
        if (!uri.isAbsolute()) {
            throw new PSRuntimeException("InvalidOperation", "InvalidOperation",
                    "This operation is not supported for a relative URI.", null, "System.InvalidOperationException");
        }
        return uri;
    }

    public boolean getIsAbsoluteUri() {
        return uri.isAbsolute();
    }

    public String getOriginalString() {
        return original;
    }

    public String getAbsoluteUri() {
        return absolute().toASCIIString();
    }

    public String getScheme() {
        return absolute().getScheme().toLowerCase(Locale.ROOT);
    }

    public String getHost() {
        String host = absolute().getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    public String getDnsSafeHost() {
        return getHost();
    }

    public String getAuthority() {
        int port = getPort();
        return getHost() + (getIsDefaultPort() || port < 0 ? "" : ":" + port);
    }

    public String getUserInfo() {
        String info = absolute().getRawUserInfo();
        return info == null ? "" : info;
    }

    /** The port written, else the scheme's default, else -1. */
    public int getPort() {
        int port = absolute().getPort();
        return port >= 0 ? port : defaultPort(getScheme());
    }

    public boolean getIsDefaultPort() {
        return absolute().getPort() < 0 || absolute().getPort() == defaultPort(getScheme());
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            case "ftp" -> 21;
            case "ssh" -> 22;
            case "ldap" -> 389;
            default -> -1;
        };
    }

    public String getAbsolutePath() {
        String path = absolute().getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    public String getLocalPath() {
        return getIsFile() ? absolute().getPath() : getAbsolutePath();
    }

    public String getQuery() {
        String query = absolute().getRawQuery();
        return query == null ? "" : "?" + query;
    }

    public String getPathAndQuery() {
        return getAbsolutePath() + getQuery();
    }

    public String getFragment() {
        String fragment = absolute().getRawFragment();
        return fragment == null ? "" : "#" + fragment;
    }

    /** The path's segments, each with its trailing slash: {@code /}, {@code a/}, {@code b}. */
    public String[] getSegments() {
        List<String> segments = new ArrayList<>();
        String path = getAbsolutePath();
        int start = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                segments.add(path.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < path.length()) {
            segments.add(path.substring(start));
        }
        return segments.toArray(String[]::new);
    }

    public boolean getIsFile() {
        return getScheme().equals("file");
    }

    public boolean getIsLoopback() {
        String host = getHost();
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }

    public boolean getIsUnc() {
        return false;
    }

    public static String EscapeDataString(String text) {
        StringBuilder escaped = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-_.~".indexOf(c) >= 0)) {
                escaped.append(c);
            } else {
                escaped.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return escaped.toString();
    }

    public static String UnescapeDataString(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    public static boolean IsWellFormedUriString(String text, Object kind) {
        try {
            new URI(text);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Uri u && u.uri.equals(uri);
    }

    @Override
    public int hashCode() {
        return uri.hashCode();
    }

    /** The canonical, unescaped form, as .NET's {@code Uri.ToString()}. */
    @Override
    public String toString() {
        return URLDecoder.decode(uri.toString().replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
