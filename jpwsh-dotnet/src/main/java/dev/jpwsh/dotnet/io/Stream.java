package dev.jpwsh.dotnet.io;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.ByteArrays;
import dev.jpwsh.runtime.number.UInt8;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * System.IO.Stream: the .NET members every stream has (Read, Write, Seek, Position, Length, CopyTo, Dispose) over
 * the few operations each kind implements. Not safe for concurrent use, as in .NET.
 */
@DotNetName("System.IO.Stream")
public abstract class Stream implements AutoCloseable {
    private boolean closed;

    /** Reads up to {@code count} bytes: how many it read, 0 at the end. */
    protected abstract int readBytes(byte[] buffer, int offset, int count) throws IOException;

    protected abstract void writeBytes(byte[] buffer, int offset, int count) throws IOException;

    protected abstract long length() throws IOException;

    protected abstract long position() throws IOException;

    protected abstract void moveTo(long position) throws IOException;

    protected abstract void resize(long length) throws IOException;

    protected abstract boolean readable();

    protected abstract boolean writable();

    protected abstract void release() throws IOException;

    protected void flushBuffers() throws IOException {
    }

    /** What a member used after Close says. */
    protected String closedMessage() {
        return "Cannot access a closed Stream.";
    }

    protected final void checkOpen() {
        if (closed) {
            throw new IOExceptions.ObjectDisposedException(closedMessage());
        }
    }

    private void checkReadable() {
        checkOpen();
        if (!readable()) {
            throw new UnsupportedOperationException("Stream does not support reading.");
        }
    }

    private void checkWritable() {
        checkOpen();
        if (!writable()) {
            throw new UnsupportedOperationException("Stream does not support writing.");
        }
    }

    public boolean getCanRead() {
        return !closed && readable();
    }

    public boolean getCanWrite() {
        return !closed && writable();
    }

    public boolean getCanSeek() {
        return !closed;
    }

    public long getLength() throws IOException {
        checkOpen();
        return length();
    }

    public long getPosition() throws IOException {
        checkOpen();
        return position();
    }

    public void setPosition(long value) throws IOException {
        checkOpen();
        if (value < 0) {
            throw new ArgumentExceptions.ArgumentOutOfRangeException("value", "Non-negative number required.");
        }
        moveTo(value);
    }

    /** Reads into a script's byte array; the number of bytes read, 0 at the end. */
    public int Read(UInt8[] buffer, int offset, int count) throws IOException {
        ByteArrays.checkRange(buffer, offset, count);
        checkReadable();
        byte[] bytes = new byte[count];
        int read = readFully(bytes, 0, count);
        ByteArrays.copyInto(bytes, read, buffer, offset);
        return read;
    }

    /** The next byte, or -1 at the end. */
    public int ReadByte() throws IOException {
        checkReadable();
        byte[] one = new byte[1];
        return readBytes(one, 0, 1) == 1 ? one[0] & 0xFF : -1;
    }

    public void Write(Object buffer, int offset, int count) throws IOException {
        byte[] bytes = ByteArrays.toJava(buffer, "buffer");
        ByteArrays.checkRange(bytes.length, offset, count);
        checkWritable();
        writeBytes(bytes, offset, count);
    }

    public void WriteByte(UInt8 value) throws IOException {
        checkWritable();
        writeBytes(new byte[] {(byte) value.intValue()}, 0, 1);
    }

    /** Moves the position; the new position. */
    public long Seek(long offset, IOEnums.SeekOrigin origin) throws IOException {
        checkOpen();
        long base = switch (origin) {
            case Begin -> 0;
            case Current -> position();
            case End -> length();
        };
        if (base + offset < 0) {
            throw new IOException("An attempt was made to move the position before the beginning of the stream.");
        }
        moveTo(base + offset);
        return base + offset;
    }

    public void SetLength(long value) throws IOException {
        checkWritable();
        if (value < 0) {
            throw new ArgumentExceptions.ArgumentOutOfRangeException("value", "Non-negative number required.");
        }
        resize(value);
    }

    public void Flush() throws IOException {
        checkOpen();
        flushBuffers();
    }

    /** Copies the rest of this stream to {@code destination}, a block at a time. */
    public void CopyTo(Stream destination) throws IOException {
        ArgumentExceptions.notNull(destination, "destination");
        checkReadable();
        destination.checkWritable();
        byte[] block = new byte[81920];
        for (int n = readBytes(block, 0, block.length); n > 0; n = readBytes(block, 0, block.length)) {
            destination.writeBytes(block, 0, n);
        }
    }

    /** Closes the stream; a second call does nothing. */
    public void Close() throws IOException {
        if (!closed) {
            flushBuffers();
            closed = true;
            release();
        }
    }

    public void Dispose() throws IOException {
        Close();
    }

    @Override
    public void close() throws IOException {
        Close();
    }

    /** Fills {@code count} bytes unless the end comes first; how many were read. */
    final int readFully(byte[] bytes, int offset, int count) throws IOException {
        int total = 0;
        while (total < count) {
            int n = readBytes(bytes, offset + total, count - total);
            if (n <= 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    /** This stream for Java's readers, which the text and binary readers read through. */
    final InputStream input() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                return ReadByte();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                checkReadable();
                int n = readBytes(b, off, len);
                return n <= 0 ? -1 : n;
            }
        };
    }

    /** This stream for Java's writers, which the text and binary writers write through. */
    final OutputStream output() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                checkWritable();
                writeBytes(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                Flush();
            }
        };
    }
}
