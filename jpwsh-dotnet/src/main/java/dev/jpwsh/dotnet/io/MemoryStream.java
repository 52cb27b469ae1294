package dev.jpwsh.dotnet.io;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.ByteArrays;
import dev.jpwsh.runtime.number.UInt8;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.Arrays;

/** System.IO.MemoryStream: a stream over bytes in memory, growing as it is written unless made over given bytes. */
@DotNetName("System.IO.MemoryStream")
public final class MemoryStream extends Stream {
    /** .NET's limit for a MemoryStream's length. */
    private static final int MAX_LENGTH = Integer.MAX_VALUE - 64;

    private byte[] bytes;
    private int length;
    private int position;
    private final boolean expandable;
    private final boolean writable;

    public MemoryStream() {
        this(0);
    }

    public MemoryStream(int capacity) {
        bytes = new byte[ArgumentExceptions.notNegative(capacity, "capacity")];
        expandable = true;
        writable = true;
    }

    /** A stream over a copy of {@code buffer} that can be overwritten but not grown. */
    public MemoryStream(Object buffer) {
        this(buffer, true);
    }

    public MemoryStream(Object buffer, boolean writable) {
        bytes = ByteArrays.toJava(buffer, "buffer").clone();
        length = bytes.length;
        expandable = false;
        this.writable = writable;
    }

    /** The bytes written, from the start whatever the position. */
    public UInt8[] ToArray() {
        return ByteArrays.toDotNet(bytes, 0, length);
    }

    public int getCapacity() {
        checkOpen();
        return bytes.length;
    }

    @Override
    protected int readBytes(byte[] buffer, int offset, int count) {
        int n = Math.max(0, Math.min(count, length - position));
        System.arraycopy(bytes, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    protected void writeBytes(byte[] buffer, int offset, int count) throws java.io.IOException {
        long end = (long) position + count;
        ensure(end);
        if (position > length) {
            Arrays.fill(bytes, length, position, (byte) 0);
        }
        System.arraycopy(buffer, offset, bytes, position, count);
        position = (int) end;
        length = Math.max(length, position);
    }

    private void ensure(long size) throws java.io.IOException {
        if (size <= bytes.length) {
            return;
        }
        if (!expandable) {
            throw new UnsupportedOperationException("Memory stream is not expandable.");
        }
        if (size > MAX_LENGTH) {
            throw new java.io.IOException("Stream was too long.");
        }
        bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_LENGTH, Math.max(size, Math.max(256L, bytes.length * 2L))));
    }

    @Override
    protected long length() {
        return length;
    }

    @Override
    protected long position() {
        return position;
    }

    @Override
    protected void moveTo(long target) throws java.io.IOException {
        if (target > MAX_LENGTH) {
            throw new java.io.IOException("Stream was too long.");
        }
        position = (int) target;
    }

    @Override
    protected void resize(long target) throws java.io.IOException {
        ensure(target);
        if (target > length) {
            Arrays.fill(bytes, length, (int) target, (byte) 0);
        }
        length = (int) target;
        position = Math.min(position, length);
    }

    @Override
    protected boolean readable() {
        return true;
    }

    @Override
    protected boolean writable() {
        return writable;
    }

    @Override
    protected void release() {
        // the bytes stay readable through ToArray, as in .NET
    }

    @Override
    public String toString() {
        return "System.IO.MemoryStream";
    }
}
