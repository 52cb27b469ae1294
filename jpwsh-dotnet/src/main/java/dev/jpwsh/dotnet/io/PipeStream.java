package dev.jpwsh.dotnet.io;

import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * System.IO.Pipes.PipeStream: one end of a pipe (a child process's standard input, output or error), read or
 * written in order, never sought.
 */
@DotNetName("System.IO.Pipes.PipeStream")
public final class PipeStream extends Stream {
    private final InputStream in;
    private final OutputStream out;

    private PipeStream(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /** The reading end of a pipe. */
    public static PipeStream reading(InputStream in) {
        return new PipeStream(in, null);
    }

    /** The writing end of a pipe. */
    public static PipeStream writing(OutputStream out) {
        return new PipeStream(null, out);
    }

    @Override
    public boolean getCanSeek() {
        return false;
    }

    private static UnsupportedOperationException noSeeking() {
        return new UnsupportedOperationException("Stream does not support seeking.");
    }

    @Override
    protected int readBytes(byte[] buffer, int offset, int count) throws IOException {
        return Math.max(0, in.read(buffer, offset, count));
    }

    @Override
    protected void writeBytes(byte[] buffer, int offset, int count) throws IOException {
        out.write(buffer, offset, count);
    }

    @Override
    protected long length() {
        throw noSeeking();
    }

    @Override
    protected long position() {
        throw noSeeking();
    }

    @Override
    protected void moveTo(long position) {
        throw noSeeking();
    }

    @Override
    protected void resize(long length) {
        throw noSeeking();
    }

    @Override
    protected boolean readable() {
        return in != null;
    }

    @Override
    protected boolean writable() {
        return out != null;
    }

    @Override
    protected void flushBuffers() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    protected void release() throws IOException {
        if (in != null) {
            in.close();
        } else {
            out.close();
        }
    }
}
