package dev.jpwsh.dotnet.io;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.ByteArrays;
import dev.jpwsh.dotnet.text.Encoding;
import dev.jpwsh.dotnet.text.TextCodec;
import dev.jpwsh.runtime.number.UInt16;
import dev.jpwsh.runtime.number.UInt32;
import dev.jpwsh.runtime.number.UInt64;
import dev.jpwsh.runtime.number.UInt8;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** System.IO.BinaryWriter: numbers little-endian, strings after their byte length in seven-bit groups. */
@DotNetName("System.IO.BinaryWriter")
public final class BinaryWriter implements AutoCloseable {
    private final Stream stream;
    private final Encoding encoding;
    private boolean closed;

    public BinaryWriter(Stream output) {
        this(output, Encoding.getDefault());
    }

    public BinaryWriter(Stream output, Encoding encoding) {
        this.stream = ArgumentExceptions.notNull(output, "output");
        this.encoding = ArgumentExceptions.notNull(encoding, "encoding");
        if (!output.getCanWrite()) {
            throw new IllegalArgumentException("Stream was not writable.");
        }
    }

    private ByteBuffer buffer(int size) {
        if (closed) {
            throw new IOExceptions.ObjectDisposedException("Cannot write to a closed file.");
        }
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private void put(ByteBuffer filled) throws IOException {
        stream.writeBytes(filled.array(), 0, filled.position());
    }

    public void Write(UInt8 value) throws IOException {
        put(buffer(1).put((byte) value.intValue()));
    }

    public void Write(Byte value) throws IOException {
        put(buffer(1).put(value));
    }

    public void Write(Boolean value) throws IOException {
        put(buffer(1).put((byte) (value ? 1 : 0)));
    }

    public void Write(Short value) throws IOException {
        put(buffer(2).putShort(value));
    }

    public void Write(UInt16 value) throws IOException {
        put(buffer(2).putShort((short) value.intValue()));
    }

    public void Write(Integer value) throws IOException {
        put(buffer(4).putInt(value));
    }

    public void Write(UInt32 value) throws IOException {
        put(buffer(4).putInt((int) value.longValue()));
    }

    public void Write(Long value) throws IOException {
        put(buffer(8).putLong(value));
    }

    public void Write(UInt64 value) throws IOException {
        put(buffer(8).putLong(value.longValue()));
    }

    public void Write(Float value) throws IOException {
        put(buffer(4).putFloat(value));
    }

    public void Write(Double value) throws IOException {
        put(buffer(8).putDouble(value));
    }

    public void Write(Character value) throws IOException {
        byte[] bytes = TextCodec.encode(encoding, String.valueOf(value));
        put(buffer(bytes.length).put(bytes));
    }

    /** The string's length in bytes, seven bits a byte, then its bytes. */
    public void Write(String value) throws IOException {
        byte[] bytes = TextCodec.encode(encoding, ArgumentExceptions.notNull(value, "value"));
        ByteBuffer out = buffer(bytes.length + 5);
        int length = bytes.length;
        while (length >= 0x80) {
            out.put((byte) (length | 0x80));
            length >>>= 7;
        }
        out.put((byte) length).put(bytes);
        put(out);
    }

    public void Write(UInt8[] buffer) throws IOException {
        byte[] bytes = ByteArrays.toJava(buffer, "buffer");
        put(buffer(bytes.length).put(bytes));
    }

    public void Write(UInt8[] buffer, int index, int count) throws IOException {
        ByteArrays.checkRange(buffer, index, count);
        byte[] bytes = ByteArrays.toJava(buffer, "buffer");
        put(buffer(count).put(bytes, index, count));
    }

    public long Seek(int offset, IOEnums.SeekOrigin origin) throws IOException {
        return stream.Seek(offset, origin);
    }

    public void Flush() throws IOException {
        stream.Flush();
    }

    public Stream getBaseStream() throws IOException {
        stream.Flush();
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
