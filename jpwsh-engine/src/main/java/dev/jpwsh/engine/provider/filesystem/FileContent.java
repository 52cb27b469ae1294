package dev.jpwsh.engine.provider.filesystem;

import dev.jpwsh.engine.provider.ContentCmdletProvider.ContentReader;
import dev.jpwsh.engine.provider.ContentCmdletProvider.ContentWriter;
import dev.jpwsh.engine.provider.ContentOptions;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.number.UInt8;
import dev.jpwsh.runtime.number.UnsignedInteger;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.NoSuchElementException;

/**
 * A file's content, read lazily and written through a buffer: lines (any of {@code \n}, {@code \r\n}, {@code \r}
 * ends one), chunks between delimiters (the delimiter dropped), the whole text ({@code -Raw}), or bytes. A byte
 * order mark at the start is skipped. Line, chunk and byte readers resume after the end, to follow a growing file.
 */
final class FileContent {
    private FileContent() {
    }

    static ContentReader reader(Path file, ContentOptions options) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (options.asBytes()) {
            return new ByteReader(in);
        }
        BufferedReader text = new BufferedReader(new InputStreamReader(in, options.encoding()), 1 << 16);
        text.mark(1);
        if (text.read() != '\uFEFF') {
            text.reset();
        }
        return new TextReader(text, options.raw() ? null : options.delimiter(), options.raw());
    }

    static ContentWriter writer(Path file, ContentOptions options, boolean append) throws IOException {
        boolean fresh = !append || !Files.exists(file) || Files.size(file) == 0;
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        if (fresh && options.byteOrderMark() && !options.asBytes()) {
            out.write("\uFEFF".getBytes(options.encoding()));
        }
        return new Writer(new java.io.BufferedOutputStream(out, 1 << 16), options);
    }

    /** Reads the bytes one at a time, as System.Byte values. */
    private static final class ByteReader implements ContentReader {
        private static final Object[] BYTES = new Object[256];

        static {
            for (int i = 0; i < BYTES.length; i++) {
                BYTES[i] = UnsignedInteger.exact(UInt8.class, BigInteger.valueOf(i));
            }
        }

        private final InputStream in;
        private int next = -2;

        ByteReader(InputStream in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            if (next == -2) {
                try {
                    next = in.read();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return next >= 0;
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int b = next;
            next = -2;
            return BYTES[b];
        }

        @Override
        public boolean resume() {
            next = -2;
            return true;
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // reading is over; a failed close loses nothing
            }
        }
    }

    /** Reads lines, delimited chunks, or the whole text. */
    private static final class TextReader implements ContentReader {
        private final BufferedReader in;
        private final String delimiter;
        private final boolean raw;
        private String next;
        private boolean done;

        TextReader(BufferedReader in, String delimiter, boolean raw) {
            this.in = in;
            this.delimiter = delimiter;
            this.raw = raw;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                try {
                    next = raw ? all() : delimiter == null ? in.readLine() : chunk();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                done = next == null || raw;
            }
            return next != null;
        }

        private String all() throws IOException {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.isEmpty() ? null : text.toString();
        }

        private String chunk() throws IOException {
            StringBuilder text = new StringBuilder();
            for (int c = in.read(); c >= 0; c = in.read()) {
                text.append((char) c);
                if (text.length() >= delimiter.length() && text.lastIndexOf(delimiter) == text.length()
                        - delimiter.length()) {
                    text.setLength(text.length() - delimiter.length());
                    return text.toString();
                }
            }
            return text.isEmpty() ? null : text.toString();
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String line = next;
            next = null;
            return line;
        }

        /** A file read to its end is read on from there: a stream reading a file sees what was appended since. */
        @Override
        public boolean resume() {
            done = false;
            return !raw;
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // reading is over; a failed close loses nothing
            }
        }
    }

    /** Writes each value's text and a newline (unless -NoNewline), or bytes. */
    private static final class Writer implements ContentWriter {
        private final OutputStream out;
        private final ContentOptions options;

        Writer(OutputStream out, ContentOptions options) {
            this.out = out;
            this.options = options;
        }

        @Override
        public void write(Object value) {
            try {
                if (options.asBytes()) {
                    writeBytes(value);
                    return;
                }
                String text = value == null ? "" : LanguagePrimitives.toString(value);
                out.write((options.noNewline() ? text : text + "\n").getBytes(options.encoding()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void writeBytes(Object value) throws IOException {
            if (value instanceof byte[] bytes) {
                out.write(bytes);
            } else if (value instanceof Number n) {
                out.write(n.intValue());
            } else {
                out.write(LanguagePrimitives.toString(value).getBytes(StandardCharsets.UTF_8));
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
