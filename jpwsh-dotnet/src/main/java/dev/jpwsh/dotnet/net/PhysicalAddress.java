package dev.jpwsh.dotnet.net;

import dev.jpwsh.dotnet.ByteArrays;
import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * System.Net.NetworkInformation.PhysicalAddress ({@code [PhysicalAddress]}): a hardware (MAC) address as bytes.
 * Parse takes hex digits alone, in pairs separated by {@code -} or {@code :}, or in groups of four separated by dots
 * ({@code 0011.2233.4455}); ToString is the upper-case hex digits without separators. Immutable.
 */
@DotNetName("System.Net.NetworkInformation.PhysicalAddress")
public final class PhysicalAddress {
    /** {@code [PhysicalAddress]::None}: the empty address. */
    public static final PhysicalAddress None = new PhysicalAddress(new byte[0]);

    private final byte[] address;

    /** {@code [PhysicalAddress]::new([byte[]]...)}. */
    public PhysicalAddress(Object address) {
        this.address = ByteArrays.toJava(dev.jpwsh.dotnet.ArgumentExceptions.notNull(address, "address"), "address")
                .clone();
    }

    /** The address the text spells; null is None; anything else is .NET's FormatException. */
    public static PhysicalAddress Parse(String address) {
        if (address == null) {
            return None;
        }
        byte[] bytes = bytesOf(address);
        if (bytes == null) {
            throw new dev.jpwsh.runtime.error.PSRuntimeException("FormatException", "NotSpecified",
                    "An invalid physical address was specified.", null, "System.FormatException");
        }
        return new PhysicalAddress(bytes);
    }

    /** Whether the text spells an address, which goes to {@code value} (null when it does not). */
    public static boolean TryParse(String address, Object value) {
        byte[] bytes = address == null ? new byte[0] : bytesOf(address);
        if (value instanceof Ref ref) {
            ref.setValue(bytes == null ? null : new PhysicalAddress(bytes));
        }
        return bytes != null;
    }

    private static byte[] bytesOf(String text) {
        String hex;
        if (text.indexOf('.') >= 0) {
            hex = text.matches("([0-9A-Fa-f]{4}\\.)*[0-9A-Fa-f]{4}") ? text.replace(".", "") : null;
        } else if (text.indexOf('-') >= 0 || text.indexOf(':') >= 0) {
            String separator = text.indexOf('-') >= 0 ? "-" : ":";
            hex = text.matches("([0-9A-Fa-f]{2}" + separator + ")*[0-9A-Fa-f]{2}") ? text.replace(separator, "")
                    : null;
        } else {
            hex = text.matches("([0-9A-Fa-f]{2})*") ? text : null;
        }
        return hex == null ? null : HexFormat.of().parseHex(hex);
    }

    /** A copy of the address bytes. */
    public Object GetAddressBytes() {
        return ByteArrays.toDotNet(address);
    }

    @Override
    public String toString() {
        return HexFormat.of().formatHex(address).toUpperCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhysicalAddress p && Arrays.equals(address, p.address);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(address);
    }
}
