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
}
