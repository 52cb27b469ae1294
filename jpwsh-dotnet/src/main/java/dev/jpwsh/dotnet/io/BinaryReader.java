package dev.jpwsh.dotnet.io;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.ByteArrays;
import dev.jpwsh.dotnet.text.Encoding;
import dev.jpwsh.dotnet.text.TextCodec;
import dev.jpwsh.runtime.number.UInt16;
import dev.jpwsh.runtime.number.UInt32;
import dev.jpwsh.runtime.number.UInt64;
import dev.jpwsh.runtime.number.UInt8;
import dev.jpwsh.runtime.number.UnsignedInteger;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** System.IO.BinaryReader: little-endian numbers and length-prefixed strings, as BinaryWriter writes them. */
@DotNetName("System.IO.BinaryReader")
public final class BinaryReader implements AutoCloseable {
    private final Stream stream;
    private final Encoding encoding;
    private boolean closed;

    public BinaryReader(Stream input) {
        this(input, Encoding.getDefault());
    }

    public BinaryReader(Stream input, Encoding encoding) {
        this.stream = ArgumentExceptions.notNull(input, "input");
        this.encoding = ArgumentExceptions.notNull(encoding, "encoding");
        if (!input.getCanRead()) {
            throw new IllegalArgumentException("Stream was not readable.");
        }
    }

    /** Exactly {@code count} bytes, little-endian; EndOfStreamException when the stream ends first. */
    private ByteBuffer next(int count) throws IOException {
        if (closed) {
            throw new IOExceptions.ObjectDisposedException("Cannot access a closed file.");
        }
        byte[] bytes = new byte[count];
        if (stream.readFully(bytes, 0, count) < count) {
            throw new IOExceptions.EndOfStreamException();
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    public UInt8 ReadByte() throws IOException {
        return ByteArrays.of(next(1).get());
    }

    public byte ReadSByte() throws IOException {
        return next(1).get();
    }

    /** Up to {@code count} bytes: fewer at the end of the stream. */
    public UInt8[] ReadBytes(int count) throws IOException {
        ArgumentExceptions.notNegative(count, "count");
        byte[] bytes = new byte[count];
        int n = stream.readFully(bytes, 0, count);
        return ByteArrays.toDotNet(bytes, 0, n);
    }

    public boolean ReadBoolean() throws IOException {
        return next(1).get() != 0;
    }

    public short ReadInt16() throws IOException {
        return next(2).getShort();
    }

    public int ReadInt32() throws IOException {
        return next(4).getInt();
    }

    public long ReadInt64() throws IOException {
        return next(8).getLong();
    }

    public UInt16 ReadUInt16() throws IOException {
        return (UInt16) unsigned(UInt16.class, next(2).getShort() & 0xFFFFL);
    }

    public UInt32 ReadUInt32() throws IOException {
        return (UInt32) unsigned(UInt32.class, next(4).getInt() & 0xFFFFFFFFL);
    }

    public UInt64 ReadUInt64() throws IOException {
        long bits = next(8).getLong();
        return (UInt64) UnsignedInteger.exact(UInt64.class, new BigInteger(Long.toUnsignedString(bits)));
    }

    private static UnsignedInteger unsigned(Class<?> type, long value) {
        return UnsignedInteger.exact(type, BigInteger.valueOf(value));
    }

    public float ReadSingle() throws IOException {
        return next(4).getFloat();
    }

    public double ReadDouble() throws IOException {
        return next(8).getDouble();
    }

    public char ReadChar() throws IOException {
        return ReadString(1).charAt(0);
    }

    /** A string after its length in bytes, written seven bits at a time. */
    public String ReadString() throws IOException {
        int length = 0;
        for (int shift = 0;; shift += 7) {
            if (shift > 28) {
                throw new java.io.IOException("Too many bytes in what should have been a 7-bit encoded integer.");
            }
            int b = next(1).get() & 0xFF;
            length |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
        }
        if (length < 0) {
            throw new IOException("BinaryReader encountered an invalid string length.");
        }
        ByteBuffer bytes = next(length);
        return TextCodec.decode(encoding, bytes.array());
    }

    private String ReadString(int chars) throws IOException {
        ByteBuffer first = next(1);
        int lead = first.get(0) & 0xFF;
        int more = TextCodec.charset(encoding) != java.nio.charset.StandardCharsets.UTF_8 || lead < 0x80 ? 0
                : lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
        byte[] all = new byte[1 + more];
        all[0] = (byte) lead;
        if (more > 0) {
            next(more).get(all, 1, more);
        }
        return TextCodec.decode(encoding, all).substring(0, chars);
    }

    public Stream getBaseStream() {
        return stream;
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
}
