package dev.jpwsh.dotnet.io;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.FlagNames;
import dev.jpwsh.runtime.object.FlagsEnum;

/**
 * System.IO.FileAttributes, a flags enum with .NET's numbers. On Linux .NET reports ReadOnly (no write permission),
 * Hidden (a name starting with a dot), Directory and ReparsePoint (a symbolic link) together, and Normal when none
 * applies; only ReadOnly can be changed.
 */
@DotNetName("System.IO.FileAttributes")
public record FileAttributes(int flags) implements FlagsEnum {
    private static final FlagNames NAMES = new FlagNames("ReadOnly", 1, "Hidden", 2, "System", 4, "Directory", 16,
            "Archive", 32, "Device", 64, "Normal", 128, "Temporary", 256, "SparseFile", 512, "ReparsePoint", 1024,
            "Compressed", 2048, "Offline", 4096, "NotContentIndexed", 8192, "Encrypted", 16384, "IntegrityStream",
            32768, "NoScrubData", 131072);

    public static final FileAttributes ReadOnly = new FileAttributes(1);
    public static final FileAttributes Hidden = new FileAttributes(2);
    public static final FileAttributes System = new FileAttributes(4);
    public static final FileAttributes Directory = new FileAttributes(16);
    public static final FileAttributes Archive = new FileAttributes(32);
    public static final FileAttributes Device = new FileAttributes(64);
    public static final FileAttributes Normal = new FileAttributes(128);
    public static final FileAttributes Temporary = new FileAttributes(256);
    public static final FileAttributes SparseFile = new FileAttributes(512);
    public static final FileAttributes ReparsePoint = new FileAttributes(1024);
    public static final FileAttributes Compressed = new FileAttributes(2048);
    public static final FileAttributes Offline = new FileAttributes(4096);
    public static final FileAttributes NotContentIndexed = new FileAttributes(8192);
    public static final FileAttributes Encrypted = new FileAttributes(16384);
    public static final FileAttributes IntegrityStream = new FileAttributes(32768);
    public static final FileAttributes NoScrubData = new FileAttributes(131072);

    /** A conversion from text, as {@code [IO.FileAttributes]'ReadOnly, Hidden'} makes it. */
    public static FileAttributes Parse(String text) {
        return new FileAttributes((int) NAMES.parse(text));
    }

    /** {@return whether every flag of {@code flag} is set}, as Enum.HasFlag. */
    public boolean HasFlag(FileAttributes flag) {
        return (flags & flag.flags) == flag.flags;
    }

    boolean has(FileAttributes flag) {
        return HasFlag(flag);
    }

    @Override
    public long value() {
        return flags;
    }

    @Override
    public FileAttributes withValue(long value) {
        return new FileAttributes((int) value);
    }

    @Override
    public String toString() {
        return NAMES.format(flags);
    }
}
