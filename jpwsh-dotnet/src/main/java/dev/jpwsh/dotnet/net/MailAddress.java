package dev.jpwsh.dotnet.net;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.DotNetProperties;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * System.Net.Mail.MailAddress ({@code [mailaddress]}): {@code user@host}, or {@code "Display Name" <user@host>}, with
 * its parts. A display name given to the constructor wins over one written in the address. Text that is no address
 * is .NET's FormatException. Immutable; equal when the texts are, ignoring case.
 */
@DotNetName("System.Net.Mail.MailAddress")
@DotNetProperties({"DisplayName", "User", "Host", "Address"})
public final class MailAddress {
    private static final Pattern NAMED = Pattern.compile(
            "^\\s*(?:\"(?<quoted>[^\"]*)\"|(?<plain>[^<>\"]*?))\\s*<(?<address>[^<>]*)>\\s*$");
    private static final String ATOMS = "[^@\\s<>()\\[\\],;:\"]+";
    private static final Pattern ADDRESS = Pattern.compile("^(?<user>" + ATOMS + ")@(?<host>" + ATOMS + ")$");

    private final String displayName;
    private final String user;
    private final String host;

    public MailAddress(String address) {
        this(address, null);
    }

    public MailAddress(String address, String displayName) {
        if (ArgumentExceptions.notNull(address, "address").isEmpty()) {
            throw new IllegalArgumentException(
                    "The parameter 'address' cannot be an empty string. (Parameter 'address')");
        }
        String written = null;
        String bare = address.strip();
        Matcher named = NAMED.matcher(address);
        if (named.matches()) {
            written = named.group("quoted") != null ? named.group("quoted") : named.group("plain").strip();
            bare = named.group("address").strip();
        }
        Matcher parts = ADDRESS.matcher(bare);
        if (!parts.matches() || parts.group("host").startsWith(".") || parts.group("host").endsWith(".")) {
            throw new PSRuntimeException("FormatException", "NotSpecified",
                    "The specified string is not in the form required for an e-mail address.", null,
                    "System.FormatException");
        }
        this.user = parts.group("user");
        this.host = parts.group("host");
        this.displayName = displayName != null ? displayName : written == null ? "" : written;
    }

    /** {@code [mailaddress]::TryCreate(text, [ref]$m)}: whether the text is an address, which goes to the reference. */
    public static boolean TryCreate(String address, Ref result) {
        try {
            result.setValue(new MailAddress(address));
            return true;
        } catch (RuntimeException notAnAddress) {
            result.setValue(null);
            return false;
        }
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getUser() {
        return user;
    }

    public String getHost() {
        return host;
    }

    public String getAddress() {
        return user + "@" + host;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAddress m && m.toString().toLowerCase(Locale.ROOT)
                .equals(toString().toLowerCase(Locale.ROOT));
    }

    @Override
    public int hashCode() {
        return toString().toLowerCase(Locale.ROOT).hashCode();
    }

    /** The address, or {@code "Display Name" <address>} when there is a display name. */
    @Override
    public String toString() {
        return displayName.isEmpty() ? getAddress() : "\"" + displayName + "\" <" + getAddress() + ">";
    }
}
