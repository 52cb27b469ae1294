package dev.jpwsh.dotnet.net;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.DotNetProperties;

/**
 * System.Net.IPEndPoint ({@code [IPEndpoint]}): an address and a port from 0 to 65535. Written {@code address:port},
 * an IPv6 address in brackets; parsed from that form, the port optional (0). Immutable; equal when address and
 * port are.
 */
@DotNetName("System.Net.IPEndPoint")
@DotNetProperties({"AddressFamily", "Address", "Port"})
public final class IPEndPoint {
    private final IPAddress address;
    private final int port;

    public IPEndPoint(IPAddress address, int port) {
        this.address = ArgumentExceptions.notNull(address, "address");
        if (port < getMinPort() || port > getMaxPort()) {
            throw new ArgumentExceptions.ArgumentOutOfRangeException("port",
                    "Specified argument was out of the range of valid values.");
        }
        this.port = port;
    }

    /** An IPv4 address by its number, as {@code IPAddress(long)} reads it. */
    public IPEndPoint(long address, int port) {
        this(new IPAddress(address), port);
    }

    public static int getMinPort() {
        return 0;
    }

    public static int getMaxPort() {
        return 65535;
    }

    /** {@code address:port} or {@code [v6address]:port}; anything else is .NET's FormatException. */
    public static IPEndPoint Parse(String s) {
        IPEndPoint parsed = parsed(ArgumentExceptions.notNull(s, "s"));
        if (parsed == null) {
            throw new PSRuntimeException("FormatException", "NotSpecified", "An invalid IPEndPoint was specified.",
                    null, "System.FormatException");
        }
        return parsed;
    }

    public static boolean TryParse(String s, Ref result) {
        IPEndPoint parsed = s == null ? null : parsed(s);
        result.setValue(parsed);
        return parsed != null;
    }

    /** The end point the text writes: the address up to a last colon that follows a bracket or the only colon. */
    private static IPEndPoint parsed(String text) {
        int addressLength = text.length();
        int lastColon = text.lastIndexOf(':');
        if (lastColon > 0 && (text.charAt(lastColon - 1) == ']' || text.lastIndexOf(':', lastColon - 1) < 0)) {
            addressLength = lastColon;
        }
        Ref address = new Ref(null);
        if (!IPAddress.TryParse(text.substring(0, addressLength), address)) {
            return null;
        }
        long port = 0;
        if (addressLength < text.length()) {
            String digits = text.substring(addressLength + 1);
            if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            port = Long.parseLong(digits);
        }
        return port > getMaxPort() ? null : new IPEndPoint((IPAddress) address.getValue(), (int) port);
    }

    public IPAddress getAddress() {
        return address;
    }

    public int getPort() {
        return port;
    }

    public IPAddress.AddressFamily getAddressFamily() {
        return address.getAddressFamily();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IPEndPoint e && e.port == port && e.address.equals(address);
    }

    @Override
    public int hashCode() {
        return address.hashCode() ^ port;
    }

    @Override
    public String toString() {
        String text = address.toString();
        return (address.getAddressFamily() == IPAddress.AddressFamily.InterNetworkV6 ? "[" + text + "]" : text) + ":"
                + port;
    }
}
