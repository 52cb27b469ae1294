package dev.jpwsh.dotnet.text;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.ByteArrays;
import dev.jpwsh.runtime.number.UInt8;
import dev.jpwsh.runtime.object.DotNetName;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * System.Text.Encoding: the encodings .NET has without a provider (UTF-8 with and without a byte order mark,
 * UTF-16 and UTF-32 in both byte orders, ASCII, Latin-1), their names and code pages, GetBytes and GetString, and
 * the byte order mark each writes first ({@code GetPreamble}). Immutable.
 */
@DotNetName("System.Text.Encoding")
public class Encoding {
    private static final byte[] NO_PREAMBLE = {};

    private final Charset charset;
    private final byte[] preamble;
    private final int codePage;
    private final String webName;
    private final String encodingName;

    Encoding(Charset charset, byte[] preamble, int codePage, String webName, String encodingName) {
        this.charset = charset;
        this.preamble = preamble;
        this.codePage = codePage;
        this.webName = webName;
        this.encodingName = encodingName;
    }

    /** The Java charset the facades read and write with. */
    Charset charset() {
        return charset;
    }

    /** The byte order mark, for the facades that write it. */
    byte[] preamble() {
        return preamble.clone();
    }

    /** UTF-8 that writes a byte order mark, as {@code [Text.Encoding]::UTF8} does. */
    public static Encoding getUTF8() {
        return new UTF8Encoding(true);
    }

    /** UTF-8 without a byte order mark: .NET's default. */
    public static Encoding getDefault() {
        return new UTF8Encoding(false);
    }

    public static Encoding getUnicode() {
        return new UnicodeEncoding(false, true);
    }

    public static Encoding getBigEndianUnicode() {
        return new UnicodeEncoding(true, true);
    }

    public static Encoding getUTF32() {
        return new UTF32Encoding(false, true);
    }

    public static Encoding getASCII() {
        return new ASCIIEncoding();
    }

    public static Encoding getLatin1() {
        return new Encoding(StandardCharsets.ISO_8859_1, NO_PREAMBLE, 28591, "iso-8859-1", "Western European (ISO)");
    }

    /** An encoding by its web name or one of .NET's other names for it. */
    public static Encoding GetEncoding(String name) {
        ArgumentExceptions.notNull(name, "name");
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode-2-0-utf-8", "x-unicode20utf8" -> getUTF8();
            case "utf-16", "utf-16le", "unicode", "ucs-2", "iso-10646-ucs-2", "unicodefffe" -> getUnicode();
            case "utf-16be" -> getBigEndianUnicode();
            case "utf-32", "utf-32le" -> getUTF32();
            case "utf-32be" -> new UTF32Encoding(true, true);
            case "us-ascii", "ascii", "us", "ansi_x3.4-1968", "ansi_x3.4-1986", "cp367", "csascii", "ibm367",
                    "iso-ir-6", "iso646-us", "iso_646.irv:1991" -> getASCII();
            case "iso-8859-1", "latin1", "l1", "cp819", "csisolatin1", "ibm819", "iso-ir-100", "iso8859-1",
                    "iso_8859-1", "iso_8859-1:1987" -> getLatin1();
            default -> throw ArgumentExceptions.argument("'" + name + "' is not a supported encoding name. For "
                    + "information on defining a custom encoding, see the documentation for the "
                    + "Encoding.RegisterProvider method.", "name");
        };
    }

    /** An encoding by its code page. */
    public static Encoding GetEncoding(int codePage) {
        return switch (codePage) {
            case 65001 -> getUTF8();
            case 1200 -> getUnicode();
            case 1201 -> getBigEndianUnicode();
            case 12000 -> getUTF32();
            case 12001 -> new UTF32Encoding(true, true);
            case 20127 -> getASCII();
            case 28591 -> getLatin1();
            default -> {
                if (codePage < 0 || codePage > 65535) {
                    throw new ArgumentExceptions.ArgumentOutOfRangeException("codepage",
                            "Valid values are between 0 and 65535, inclusive.");
                }
                throw new UnsupportedOperationException("No data is available for encoding " + codePage + ". For "
                        + "information on defining a custom encoding, see the documentation for the "
                        + "Encoding.RegisterProvider method.");
            }
        };
    }

    public UInt8[] GetBytes(String text) {
        return ByteArrays.toDotNet(encode(ArgumentExceptions.notNull(text, "s")));
    }

    public UInt8[] GetBytes(Character[] chars) {
        ArgumentExceptions.notNull(chars, "chars");
        StringBuilder text = new StringBuilder(chars.length);
        for (Character c : chars) {
            text.append(c.charValue());
        }
        return GetBytes(text.toString());
    }

    public int GetByteCount(String text) {
        return encode(ArgumentExceptions.notNull(text, "s")).length;
    }

    public String GetString(Object bytes) {
        return decode(ByteArrays.toJava(bytes, "bytes"));
    }

    /** {@code count} bytes from {@code index} as text. */
    public String GetString(Object bytes, int index, int count) {
        byte[] all = ByteArrays.toJava(bytes, "bytes");
        ArgumentExceptions.notNegative(index, "index");
        ArgumentExceptions.notNegative(count, "count");
        if (all.length - index < count) {
            throw new ArgumentExceptions.ArgumentOutOfRangeException("bytes",
                    "Index and count must refer to a location within the buffer.");
        }
        return decode(Arrays.copyOfRange(all, index, index + count));
    }

    public int GetCharCount(Object bytes) {
        return GetString(bytes).length();
    }

    public UInt8[] GetPreamble() {
        return ByteArrays.toDotNet(preamble);
    }

    /** Text as bytes; a character the encoding lacks becomes {@code ?}, as in .NET's replacement fallback. */
    byte[] encode(String text) {
        return text.getBytes(charset);
    }

    /** Bytes as text; a byte sequence the encoding lacks becomes U+FFFD, or {@code ?} for the single-byte ones. */
    String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** {@code count} bytes from {@code offset} as text, as {@link #decode(byte[])}. */
    String decode(byte[] bytes, int offset, int count) {
        if (charset != StandardCharsets.US_ASCII) {
            return new String(bytes, offset, count, charset);
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith("?");
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, count)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public int getCodePage() {
        return codePage;
    }

    public int getWindowsCodePage() {
        return codePage == 65001 || codePage == 20127 || codePage == 28591 ? 1252 : codePage;
    }

    public String getWebName() {
        return webName;
    }

    public String getBodyName() {
        return webName;
    }

    public String getHeaderName() {
        return webName;
    }

    public String getEncodingName() {
        return encodingName;
    }

    public boolean getIsSingleByte() {
        return codePage == 20127 || codePage == 28591;
    }

    /** Encodings are equal when they encode alike and write the same byte order mark. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Encoding e && e.charset.equals(charset) && Arrays.equals(e.preamble, preamble);
    }

    @Override
    public int hashCode() {
        return charset.hashCode();
    }

    @Override
    public String toString() {
        return dev.jpwsh.runtime.object.TypeNames.of(getClass());
    }

    /** System.Text.UTF8Encoding: {@code new($true)} writes a byte order mark, {@code new()} does not. */
    @DotNetName("System.Text.UTF8Encoding")
    public static final class UTF8Encoding extends Encoding {
        public UTF8Encoding() {
            this(false);
        }

        public UTF8Encoding(boolean emitIdentifier) {
            super(StandardCharsets.UTF_8, emitIdentifier ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                    : NO_PREAMBLE, 65001, "utf-8", "Unicode (UTF-8)");
        }
    }

    /** System.Text.UnicodeEncoding: UTF-16, little-endian unless asked. */
    @DotNetName("System.Text.UnicodeEncoding")
    public static final class UnicodeEncoding extends Encoding {
        public UnicodeEncoding() {
            this(false, true);
        }

        public UnicodeEncoding(boolean bigEndian, boolean byteOrderMark) {
            super(bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE,
                    !byteOrderMark ? NO_PREAMBLE : bigEndian ? new byte[] {(byte) 0xFE, (byte) 0xFF}
                            : new byte[] {(byte) 0xFF, (byte) 0xFE},
                    bigEndian ? 1201 : 1200, bigEndian ? "utf-16BE" : "utf-16",
                    bigEndian ? "Unicode (Big-Endian)" : "Unicode");
        }
    }

    /** System.Text.UTF32Encoding: UTF-32, little-endian unless asked. */
    @DotNetName("System.Text.UTF32Encoding")
    public static final class UTF32Encoding extends Encoding {
        public UTF32Encoding() {
            this(false, true);
        }

        public UTF32Encoding(boolean bigEndian, boolean byteOrderMark) {
            super(Charset.forName(bigEndian ? "UTF-32BE" : "UTF-32LE"),
                    !byteOrderMark ? NO_PREAMBLE : bigEndian ? new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}
                            : new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
                    bigEndian ? 12001 : 12000, bigEndian ? "utf-32BE" : "utf-32",
                    bigEndian ? "Unicode (UTF-32 Big-Endian)" : "Unicode (UTF-32)");
        }
    }

    /** System.Text.ASCIIEncoding: seven-bit ASCII; anything else becomes {@code ?}. */
    @DotNetName("System.Text.ASCIIEncoding")
    public static final class ASCIIEncoding extends Encoding {
        public ASCIIEncoding() {
            super(StandardCharsets.US_ASCII, NO_PREAMBLE, 20127, "us-ascii", "US-ASCII");
        }
    }

    /**
     * The encoding a byte order mark at the start of {@code bytes} announces, or null: UTF-8, UTF-32LE (before
     * UTF-16LE, whose mark starts it), UTF-16LE, UTF-16BE, UTF-32BE, as .NET's readers detect them.
     */
    static Encoding detect(byte[] bytes, int length) {
        for (Encoding e : new Encoding[] {getUTF8(), getUTF32(), getUnicode(), getBigEndianUnicode(),
            new UTF32Encoding(true, true)}) {
            byte[] mark = e.preamble;
            if (length >= mark.length && Arrays.equals(bytes, 0, mark.length, mark, 0, mark.length)) {
                return e;
            }
        }
        return null;
    }
}
