package dev.jpwsh.dotnet.text;

import java.nio.charset.Charset;

/**
 * What the readers and writers of other packages need from an {@link Encoding} (its charset, byte order mark,
 * encoding and decoding, and detecting a byte order mark), kept off Encoding's own members so that scripts see
 * only .NET's.
 */
public final class TextCodec {
    private TextCodec() {
    }

    public static Charset charset(Encoding encoding) {
        return encoding.charset();
    }

    /** The byte order mark the encoding writes first; empty for none. */
    public static byte[] preamble(Encoding encoding) {
        return encoding.preamble();
    }

    /** Text as bytes; a character the encoding lacks becomes {@code ?}. */
    public static byte[] encode(Encoding encoding, String text) {
        return encoding.encode(text);
    }

    /** Bytes as text, as {@link Encoding#GetString(Object)} decodes them. */
    public static String decode(Encoding encoding, byte[] bytes) {
        return encoding.decode(bytes);
    }

    public static String decode(Encoding encoding, byte[] bytes, int offset, int count) {
        return encoding.decode(bytes, offset, count);
    }

    /** The encoding a byte order mark at the start of {@code bytes} announces, or null. */
    public static Encoding detect(byte[] bytes, int length) {
        return Encoding.detect(bytes, length);
    }
}
