package dev.jpwsh.dotnet.net;

import dev.jpwsh.dotnet.ByteArrays;
import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.DotNetProperties;
import dev.jpwsh.runtime.number.UInt8;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * System.Net.IPAddress ({@code [ipaddress]}): an IPv4 or IPv6 address parsed from its literal forms only, never
 * looked up by name (Parse of a host name is .NET's FormatException), with .NET's members and text forms.
 * Immutable; equal when the addresses are.
 */
@DotNetName("System.Net.IPAddress")
@DotNetProperties({"Address", "AddressFamily", "ScopeId", "IsIPv6Multicast", "IsIPv6LinkLocal", "IsIPv6SiteLocal",
        "IsIPv6Teredo", "IsIPv6UniqueLocal", "IsIPv4MappedToIPv6", "IPAddressToString"})
public final class IPAddress {
    /** System.Net.Sockets.AddressFamily, the two values an address can have. */
    @DotNetName("System.Net.Sockets.AddressFamily")
    public enum AddressFamily {
        InterNetwork, InterNetworkV6
    }

    private final InetAddress address;

    private IPAddress(InetAddress address) {
        this.address = address;
    }

    /** An address from its bytes: 4 for IPv4, 16 for IPv6. */
    public IPAddress(UInt8[] bytes) {
        this(fromBytes(bytes == null ? null : ByteArrays.toJava(bytes, "address")));
    }

    /** An IPv4 address from its number, whose lowest byte is the first of the address (as .NET reads it). */
    public IPAddress(long newAddress) {
        this(fromBytes(new byte[] {(byte) newAddress, (byte) (newAddress >> 8), (byte) (newAddress >> 16),
                (byte) (newAddress >> 24)}));
    }

    private static InetAddress fromBytes(byte[] bytes) {
        if (bytes == null) {
            throw new dev.jpwsh.dotnet.ArgumentExceptions.ArgumentNullException("address");
        }
        try {
            if (bytes.length == 4 || bytes.length == 16) {
                return InetAddress.getByAddress(bytes);
            }
        } catch (UnknownHostException impossible) {
            // lengths 4 and 16 are always accepted
        }
        throw new IllegalArgumentException("An invalid IP address was specified. (Parameter 'address')");
    }

    public static IPAddress getAny() {
        return new IPAddress(fromBytes(new byte[4]));
    }

    public static IPAddress getLoopback() {
        return new IPAddress(fromBytes(new byte[] {127, 0, 0, 1}));
    }

    public static IPAddress getBroadcast() {
        return new IPAddress(fromBytes(new byte[] {-1, -1, -1, -1}));
    }

    public static IPAddress getNone() {
        return getBroadcast();
    }

    public static IPAddress getIPv6Any() {
        return new IPAddress(fromBytes(new byte[16]));
    }

    public static IPAddress getIPv6Loopback() {
        byte[] bytes = new byte[16];
        bytes[15] = 1;
        return new IPAddress(fromBytes(bytes));
    }

    public static IPAddress getIPv6None() {
        return getIPv6Any();
    }

    /** An address written as a literal; anything else is .NET's FormatException. */
    public static IPAddress Parse(String ipString) {
        if (ipString == null) {
            throw new dev.jpwsh.dotnet.ArgumentExceptions.ArgumentNullException("ipString");
        }
        IPAddress parsed = parsed(ipString);
        if (parsed == null) {
            throw new PSRuntimeException("FormatException", "NotSpecified", "An invalid IP address was specified.",
                    null, "System.FormatException");
        }
        return parsed;
    }

    public static boolean TryParse(String ipString, Ref address) {
        IPAddress parsed = ipString == null ? null : parsed(ipString);
        address.setValue(parsed);
        return parsed != null;
    }

    private static IPAddress parsed(String text) {
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        try {
            return new IPAddress(InetAddress.ofLiteral(literal));
        } catch (IllegalArgumentException notALiteral) {
            return null;
        }
    }

    public static boolean IsLoopback(IPAddress address) {
        return address.address.isLoopbackAddress();
    }

    public UInt8[] GetAddressBytes() {
        return ByteArrays.toDotNet(address.getAddress());
    }

    public AddressFamily getAddressFamily() {
        return address instanceof Inet4Address ? AddressFamily.InterNetwork : AddressFamily.InterNetworkV6;
    }

    /** An IPv4 address as a number, lowest byte first; for IPv6, .NET's SocketException. */
    public long getAddress() {
        if (!(address instanceof Inet4Address)) {
            throw notForThisFamily();
        }
        byte[] b = address.getAddress();
        return (b[0] & 0xFFL) | (b[1] & 0xFFL) << 8 | (b[2] & 0xFFL) << 16 | (b[3] & 0xFFL) << 24;
    }

    /** An IPv6 address's scope id; for IPv4, .NET's SocketException. */
    public long getScopeId() {
        if (!(address instanceof Inet6Address v6)) {
            throw notForThisFamily();
        }
        return v6.getScopeId();
    }

    private static PSRuntimeException notForThisFamily() {
        return new PSRuntimeException("SocketException", "NotSpecified",
                "The attempted operation is not supported for the type of object referenced.", null,
                "System.Net.Sockets.SocketException");
    }

    public boolean getIsIPv6Multicast() {
        return address instanceof Inet6Address && address.isMulticastAddress();
    }

    public boolean getIsIPv6LinkLocal() {
        return address instanceof Inet6Address && address.isLinkLocalAddress();
    }

    public boolean getIsIPv6SiteLocal() {
        return address instanceof Inet6Address && address.isSiteLocalAddress();
    }

    /** A Teredo address: prefix 2001::/32. */
    public boolean getIsIPv6Teredo() {
        byte[] b = address.getAddress();
        return b.length == 16 && b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0;
    }

    /** A unique local address: prefix fc00::/7. */
    public boolean getIsIPv6UniqueLocal() {
        byte[] b = address.getAddress();
        return b.length == 16 && (b[0] & 0xFE) == 0xFC;
    }

    /** Whether an IPv6 address is an IPv4 one mapped (::ffff:a.b.c.d); Java turns those into IPv4 on parsing. */
    public boolean getIsIPv4MappedToIPv6() {
        return false;
    }

    public String getIPAddressToString() {
        return toString();
    }

    public IPAddress MapToIPv6() {
        if (address instanceof Inet6Address) {
            return this;
        }
        byte[] mapped = new byte[16];
        mapped[10] = -1;
        mapped[11] = -1;
        System.arraycopy(address.getAddress(), 0, mapped, 12, 4);
        try {
            return new IPAddress(Inet6Address.getByAddress(null, mapped, -1));
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public IPAddress MapToIPv4() {
        byte[] b = address.getAddress();
        return b.length == 4 ? this : new IPAddress(fromBytes(Arrays.copyOfRange(b, 12, 16)));
    }

    /** .NET's text: dotted decimal, or IPv6 compressed with {@code ::}, lower case. */
    @Override
    public String toString() {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        return compressed(address.getAddress());
    }

    /** RFC 5952 text: the longest run of two or more zero groups becomes {@code ::}. */
    private static String compressed(byte[] b) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (b[2 * i] & 0xFF) << 8 | b[2 * i + 1] & 0xFF;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8;) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IPAddress ip && ip.address.equals(address);
    }

    @Override
    public int hashCode() {
        return address.hashCode();
    }
}
