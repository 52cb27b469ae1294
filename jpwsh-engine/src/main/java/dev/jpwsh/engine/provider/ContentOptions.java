package dev.jpwsh.engine.provider;

import java.nio.charset.Charset;

/**
 * How content is read or written: the encoding, the line delimiter (null: any newline), whether as bytes, as one
 * string ({@code -Raw}), and whether a newline follows what is written.
 */
public record ContentOptions(Charset encoding, boolean byteOrderMark, String delimiter, boolean asBytes,
        boolean raw, boolean noNewline) {
}
