package dev.jpwsh.dotnet.io;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.text.Encoding;
import dev.jpwsh.dotnet.text.TextCodec;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;

/**
 * System.IO.StreamReader: text read from a stream a block at a time (a line loop holds one line, never the whole
 * file), in the encoding a byte order mark announces, else the one given, else UTF-8.
 */
@DotNetName("System.IO.StreamReader")
public final class StreamReader implements AutoCloseable {
    private static final int MARK_LENGTH = 4;

    private final Stream stream;
    private final boolean detect;
    private Encoding encoding;
    private BufferedReader reader;
    private boolean closed;

    public StreamReader(Stream stream) {
        this(stream, Encoding.getDefault(), true);
    }

    public StreamReader(Stream stream, boolean detectEncodingFromByteOrderMarks) {
        this(stream, Encoding.getDefault(), detectEncodingFromByteOrderMarks);
    }

    public StreamReader(Stream stream, Encoding encoding) {
        this(stream, encoding, true);
    }

    public StreamReader(Stream stream, Encoding encoding, boolean detectEncodingFromByteOrderMarks) {
        this.stream = ArgumentExceptions.notNull(stream, "stream");
        this.encoding = ArgumentExceptions.notNull(encoding, "encoding");
        this.detect = detectEncodingFromByteOrderMarks;
        if (!stream.getCanRead()) {
            throw new IllegalArgumentException("Stream was not readable.");
        }
    }

    public StreamReader(String path) throws IOException {
        this(path, Encoding.getDefault(), true);
    }

    public StreamReader(String path, boolean detectEncodingFromByteOrderMarks) throws IOException {
        this(path, Encoding.getDefault(), detectEncodingFromByteOrderMarks);
    }

    public StreamReader(String path, Encoding encoding) throws IOException {
        this(path, encoding, true);
    }

    public StreamReader(String path, Encoding encoding, boolean detectEncodingFromByteOrderMarks)
            throws IOException {
        this(openRead(path), encoding, detectEncodingFromByteOrderMarks);
    }

    private static Stream openRead(String path) throws IOException {
        ProcessPaths.existingFile(path);
        return new FileStream(path, IOEnums.FileMode.Open, IOEnums.FileAccess.Read);
    }

    /**
     * The reader, made on first use (so that a reader over a pipe does not wait for data before it is read): the
     * first bytes decide the encoding when they are a byte order mark, which is skipped.
     */
    private BufferedReader reader() throws IOException {
        if (closed) {
            throw new IOExceptions.ObjectDisposedException("Cannot read from a closed TextReader.");
        }
        if (reader == null) {
            PushbackInputStream in = new PushbackInputStream(stream.input(), MARK_LENGTH);
            byte[] start = new byte[MARK_LENGTH];
            int n = 0;
            for (int r = 0; n < MARK_LENGTH && r >= 0; n += Math.max(r, 0)) {
                r = in.read(start, n, MARK_LENGTH - n);
            }
            Encoding found = TextCodec.detect(start, n);
            Encoding marked = detect || encoding.equals(found) ? found : null;
            int skip = marked == null ? 0 : TextCodec.preamble(marked).length;
            in.unread(start, skip, n - skip);
            if (marked != null) {
                encoding = marked;
            }
            reader = new BufferedReader(new InputStreamReader(in, TextCodec.charset(encoding)), 8192);
        }
        return reader;
    }

    /** The next line without its end (\n, \r\n or \r); null at the end. */
    public String ReadLine() throws IOException {
        return reader().readLine();
    }

    public String ReadToEnd() throws IOException {
        StringBuilder text = new StringBuilder();
        char[] block = new char[8192];
        for (int n = reader().read(block); n > 0; n = reader.read(block)) {
            text.append(block, 0, n);
        }
        return text.toString();
    }

    /** The next character's code, or -1 at the end. */
    public int Read() throws IOException {
        return reader().read();
    }

    /** The next character's code without reading it, or -1 at the end. */
    public int Peek() throws IOException {
        BufferedReader r = reader();
        r.mark(1);
        int c = r.read();
        r.reset();
        return c;
    }

    public boolean getEndOfStream() throws IOException {
        return Peek() < 0;
    }

    public Encoding getCurrentEncoding() {
        return encoding;
    }

    public Stream getBaseStream() {
        return closed ? null : stream;
    }

    public void Close() throws IOException {
        if (!closed) {
            closed = true;
            stream.Close();
        }
    }

    public void Dispose() throws IOException {
        Close();
    }

    @Override
    public void close() throws IOException {
        Close();
    }

    @Override
    public String toString() {
        return "System.IO.StreamReader";
    }
}
