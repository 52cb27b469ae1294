package dev.jpwsh.commands.web;

import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;

/**
 * The cookies of a web session, as .NET's CookieContainer shows them: Count, GetCookies(uri) for the cookies a
 * request to that address would send, GetAllCookies(). Each cookie shows Name, Value, Domain, Path, Secure and
 * HttpOnly.
 */
@DotNetName("System.Net.CookieContainer")
public final class CookieContainer {
    private final CookieStore store;

    CookieContainer(CookieStore store) {
        this.store = store;
    }

    public int getCount() {
        return store.getCookies().size();
    }

    public List<Cookie> GetCookies(Object uri) {
        return store.get(URI.create(LanguagePrimitives.toString(uri))).stream().map(Cookie::new).toList();
    }

    public List<Cookie> GetAllCookies() {
        return store.getCookies().stream().map(Cookie::new).toList();
    }

    /** One cookie. */
    @DotNetName("System.Net.Cookie")
    public static final class Cookie {
        private final HttpCookie cookie;

        Cookie(HttpCookie cookie) {
            this.cookie = cookie;
        }

        public String getName() {
            return cookie.getName();
        }

        public String getValue() {
            return cookie.getValue();
        }

        public String getDomain() {
            return cookie.getDomain() == null ? "" : cookie.getDomain();
        }

        public String getPath() {
            return cookie.getPath() == null ? "/" : cookie.getPath();
        }

        public boolean getSecure() {
            return cookie.getSecure();
        }

        public boolean getHttpOnly() {
            return cookie.isHttpOnly();
        }

        @Override
        public String toString() {
            return cookie.getName() + "=" + cookie.getValue();
        }
    }
}
