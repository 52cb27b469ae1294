package dev.jpwsh.dotnet.io;

import dev.jpwsh.runtime.object.DotNetName;

/** The System.IO enumerations scripts pass to the file, directory and stream facades, with .NET's member names. */
public final class IOEnums {
    private IOEnums() {
    }

    /** System.IO.FileMode: how a FileStream opens its file. */
    @DotNetName("System.IO.FileMode")
    public enum FileMode {
        CreateNew, Create, Open, OpenOrCreate, Truncate, Append
    }

    /** System.IO.FileAccess. */
    @DotNetName("System.IO.FileAccess")
    public enum FileAccess {
        Read, Write, ReadWrite
    }

    /** System.IO.FileShare: accepted for .NET's signatures; Linux does not lock files. */
    @DotNetName("System.IO.FileShare")
    public enum FileShare {
        None, Read, Write, ReadWrite, Delete, Inheritable
    }

    /** System.IO.SeekOrigin. */
    @DotNetName("System.IO.SeekOrigin")
    public enum SeekOrigin {
        Begin, Current, End
    }

    /** System.IO.SearchOption. */
    @DotNetName("System.IO.SearchOption")
    public enum SearchOption {
        TopDirectoryOnly, AllDirectories
    }

    /**
     * System.IO.FileAttributes, as .NET reports them on Linux: one member per item (Directory, ReparsePoint for a
     * link, Hidden for a dot name, ReadOnly, else Normal); combinations of flags are not modelled.
     */
    @DotNetName("System.IO.FileAttributes")
    public enum FileAttributes {
        ReadOnly, Hidden, System, Directory, Archive, Device, Normal, Temporary, SparseFile, ReparsePoint,
        Compressed, Offline, NotContentIndexed, Encrypted, IntegrityStream, NoScrubData
    }
}
