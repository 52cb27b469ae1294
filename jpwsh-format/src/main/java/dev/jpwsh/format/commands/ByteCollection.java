package dev.jpwsh.format.commands;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.number.UnsignedInteger;
import java.util.Locale;

/**
 * One line of Format-Hex's output, up to 16 bytes: where they start, the bytes, the file they come from (if any),
 * and the group label pwsh's ByteCollection view groups by.
 */
@DotNetName("Microsoft.PowerShell.Commands.ByteCollection")
public final class ByteCollection {
    private static final int BYTES_PER_LINE = 16;

    private final long offset;
    private final byte[] bytes;
    private final String path;
    private final String label;

    ByteCollection(long offset, byte[] bytes, String path, String label) {
        this.offset = offset;
        this.bytes = bytes;
        this.path = path;
        this.label = label;
    }

    public long getOffset64() {
        return offset;
    }

    public Object[] getBytes() {
        Object[] values = new Object[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            values[i] = UnsignedInteger.exact(dev.jpwsh.runtime.number.UInt8.class,
                    java.math.BigInteger.valueOf(bytes[i] & 0xFF));
        }
        return values;
    }

    public String getPath() {
        return path;
    }

    public String getLabel() {
        return label;
    }

    /** The offset as 16 hexadecimal digits. */
    public String getHexOffset() {
        return String.format(Locale.ROOT, "%016X", offset);
    }

    /** The bytes as two hexadecimal digits each, one blank apart. */
    public String getHexBytes() {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(sb.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%02X", b & 0xFF));
        }
        return sb.toString();
    }

    /** The bytes as characters: NUL as a blank, other control characters as U+FFFD. */
    public String getAscii() {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            sb.append(c == 0 ? ' ' : Character.isISOControl(c) ? '\uFFFD' : c);
        }
        return sb.toString();
    }

    /** The line as pwsh's ToString writes it: offset, the bytes and the characters, both padded to 16. */
    @Override
    public String toString() {
        String hex = getHexBytes();
        String ascii = getAscii();
        int width = BYTES_PER_LINE * 3 - 1;
        return getHexOffset() + "   " + hex + " ".repeat(Math.max(0, width - hex.length())) + "  " + ascii
                + " ".repeat(Math.max(0, BYTES_PER_LINE - ascii.length()));
    }
}
