package dev.jpwsh.dotnet.io;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.EngineServices;
import dev.jpwsh.dotnet.text.Encoding;
import dev.jpwsh.dotnet.text.TextCodec;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;

/**
 * System.IO.StreamWriter: text written to a stream in an encoding (UTF-8 without a byte order mark unless given),
 * whose byte order mark goes first when the stream starts empty. Values are written as PowerShell turns them into
 * text.
 */
@DotNetName("System.IO.StreamWriter")
public final class StreamWriter implements AutoCloseable {
    private final Stream stream;
    private final Encoding encoding;
    private final Writer writer;
    private String newLine = "\n";
    private boolean autoFlush;
    private boolean closed;

    public StreamWriter(Stream stream) throws IOException {
        this(stream, Encoding.getDefault());
    }

    public StreamWriter(Stream stream, Encoding encoding) throws IOException {
        this.stream = ArgumentExceptions.notNull(stream, "stream");
        this.encoding = ArgumentExceptions.notNull(encoding, "encoding");
        if (!stream.getCanWrite()) {
            throw new IllegalArgumentException("Stream was not writable.");
        }
        writer = new BufferedWriter(new OutputStreamWriter(stream.output(), TextCodec.charset(encoding)), 8192);
        byte[] mark = TextCodec.preamble(encoding);
        if (mark.length > 0 && (!stream.getCanSeek() || stream.getPosition() == 0)) {
            stream.writeBytes(mark, 0, mark.length);
        }
    }

    public StreamWriter(String path) throws IOException {
        this(path, false);
    }

    public StreamWriter(String path, boolean append) throws IOException {
        this(path, append, Encoding.getDefault());
    }

    public StreamWriter(String path, boolean append, Encoding encoding) throws IOException {
        this(new FileStream(path, append ? IOEnums.FileMode.Append : IOEnums.FileMode.Create,
                IOEnums.FileAccess.Write), encoding);
    }

    private Writer writer() {
        if (closed) {
            throw new IOExceptions.ObjectDisposedException("Cannot write to a closed TextWriter.");
        }
        return writer;
    }

    private static String text(Object value) {
        return value instanceof String s ? s : (String) EngineServices.ENGINE.convert(value, String.class);
    }

    public void Write(Object value) throws IOException {
        writer().write(text(value));
        flushIfAuto();
    }

    public void WriteLine() throws IOException {
        writer().write(newLine);
        flushIfAuto();
    }

    public void WriteLine(Object value) throws IOException {
        writer().write(text(value));
        writer.write(newLine);
        flushIfAuto();
    }

    private void flushIfAuto() throws IOException {
        if (autoFlush) {
            Flush();
        }
    }

    public void Flush() throws IOException {
        writer().flush();
    }

    public String getNewLine() {
        return newLine;
    }

    public void setNewLine(String value) {
        newLine = value == null ? "\n" : value;
    }

    public boolean getAutoFlush() {
        return autoFlush;
    }

    public void setAutoFlush(boolean value) throws IOException {
        autoFlush = value;
        flushIfAuto();
    }

    public Encoding getEncoding() {
        return encoding;
    }

    public Stream getBaseStream() {
        return closed ? null : stream;
    }

    /** Writes what is buffered and closes the stream; a second call does nothing. */
    public void Close() throws IOException {
        if (!closed) {
            writer.flush();
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
        return "System.IO.StreamWriter";
    }
}
