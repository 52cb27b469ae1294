package dev.jpwsh.dotnet.io;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Set;

/** System.IO.FileStream: a file opened by FileMode and FileAccess, read and written through a channel. */
@DotNetName("System.IO.FileStream")
public final class FileStream extends Stream {
    private final Path path;
    private final FileChannel channel;
    private final IOEnums.FileAccess access;

    public FileStream(String path, IOEnums.FileMode mode) throws IOException {
        this(path, mode, mode == IOEnums.FileMode.Append ? IOEnums.FileAccess.Write : IOEnums.FileAccess.ReadWrite);
    }

    public FileStream(String path, IOEnums.FileMode mode, IOEnums.FileAccess access) throws IOException {
        this(path, mode, access, IOEnums.FileShare.Read);
    }

    public FileStream(String path, IOEnums.FileMode mode, IOEnums.FileAccess access, IOEnums.FileShare share)
            throws IOException {
        this(path, mode, access, share, 4096);
    }

    public FileStream(String path, IOEnums.FileMode mode, IOEnums.FileAccess access, IOEnums.FileShare share,
            int bufferSize) throws IOException {
        ArgumentExceptions.notNull(mode, "mode");
        ArgumentExceptions.notNull(access, "access");
        this.path = ProcessPaths.resolve(path);
        this.access = access;
        checkModeAndAccess(mode, access);
        if (Files.isDirectory(this.path)) {
            throw new IOExceptions.UnauthorizedAccessException(this.path.toString());
        }
        if (mode == IOEnums.FileMode.CreateNew && Files.exists(this.path)) {
            throw new IOException("The file '" + this.path + "' already exists.");
        }
        if ((mode == IOEnums.FileMode.Open || mode == IOEnums.FileMode.Truncate) && !Files.exists(this.path)) {
            throw ProcessPaths.missing(this.path);
        }
        try {
            channel = FileChannel.open(this.path, options(mode, access));
            if (mode == IOEnums.FileMode.Append) {
                channel.position(channel.size());
            }
        } catch (IOException e) {
            throw ProcessPaths.failure(e, this.path);
        }
    }

    private static void checkModeAndAccess(IOEnums.FileMode mode, IOEnums.FileAccess access) {
        boolean writes = access != IOEnums.FileAccess.Read;
        if (!writes && mode != IOEnums.FileMode.Open && mode != IOEnums.FileMode.OpenOrCreate) {
            throw ArgumentExceptions.argument("Combining FileMode: " + mode + " with FileAccess: " + access
                    + " is invalid.", "access");
        }
        if (mode == IOEnums.FileMode.Append && access != IOEnums.FileAccess.Write) {
            throw ArgumentExceptions.argument("Append access can be requested only in write-only mode.", "access");
        }
    }

    private static Set<OpenOption> options(IOEnums.FileMode mode, IOEnums.FileAccess access) {
        Set<OpenOption> options = new java.util.HashSet<>();
        if (access != IOEnums.FileAccess.Write) {
            options.add(StandardOpenOption.READ);
        }
        if (access != IOEnums.FileAccess.Read) {
            options.add(StandardOpenOption.WRITE);
        }
        options.addAll(switch (mode) {
            case CreateNew -> EnumSet.of(StandardOpenOption.CREATE_NEW);
            case Create -> EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            case Open -> EnumSet.noneOf(StandardOpenOption.class);
            case OpenOrCreate, Append -> EnumSet.of(StandardOpenOption.CREATE);
            case Truncate -> EnumSet.of(StandardOpenOption.TRUNCATE_EXISTING);
        });
        return options;
    }

    /** The file's full path. */
    public String getName() {
        return path.toString();
    }

    public boolean getIsAsync() {
        return false;
    }

    @Override
    protected String closedMessage() {
        return "Cannot access a closed file.";
    }

    @Override
    protected int readBytes(byte[] buffer, int offset, int count) throws IOException {
        int n = channel.read(ByteBuffer.wrap(buffer, offset, count));
        return Math.max(n, 0);
    }

    @Override
    protected void writeBytes(byte[] buffer, int offset, int count) throws IOException {
        ByteBuffer data = ByteBuffer.wrap(buffer, offset, count);
        while (data.hasRemaining()) {
            channel.write(data);
        }
    }

    @Override
    protected long length() throws IOException {
        return channel.size();
    }

    @Override
    protected long position() throws IOException {
        return channel.position();
    }

    @Override
    protected void moveTo(long position) throws IOException {
        channel.position(position);
    }

    @Override
    protected void resize(long length) throws IOException {
        if (length < channel.size()) {
            channel.truncate(length);
        } else if (length > channel.size()) {
            long at = channel.position();
            channel.write(ByteBuffer.wrap(new byte[1]), length - 1);
            channel.position(at);
        }
    }

    @Override
    protected boolean readable() {
        return access != IOEnums.FileAccess.Write;
    }

    @Override
    protected boolean writable() {
        return access != IOEnums.FileAccess.Read;
    }

    @Override
    protected void release() throws IOException {
        channel.close();
    }

    @Override
    public String toString() {
        return "System.IO.FileStream";
    }
}
