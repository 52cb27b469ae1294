package dev.jpwsh.dotnet;

import dev.jpwsh.dotnet.diagnostics.Process;
import dev.jpwsh.dotnet.diagnostics.ProcessStartInfo;
import dev.jpwsh.dotnet.diagnostics.Win32Exception;
import dev.jpwsh.dotnet.io.BinaryReader;
import dev.jpwsh.dotnet.io.BinaryWriter;
import dev.jpwsh.dotnet.io.DirectoryInfo;
import dev.jpwsh.dotnet.io.FileInfo;
import dev.jpwsh.dotnet.io.FileStream;
import dev.jpwsh.dotnet.io.FileSystemInfo;
import dev.jpwsh.dotnet.io.IODirectory;
import dev.jpwsh.dotnet.io.FileAttributes;
import dev.jpwsh.dotnet.io.IOEnums;
import dev.jpwsh.dotnet.io.IOExceptions;
import dev.jpwsh.dotnet.io.IOFile;
import dev.jpwsh.dotnet.io.IOPath;
import dev.jpwsh.dotnet.io.MemoryStream;
import dev.jpwsh.dotnet.io.Stream;
import dev.jpwsh.dotnet.io.StreamReader;
import dev.jpwsh.dotnet.io.StreamWriter;
import dev.jpwsh.dotnet.text.Encoding;
import dev.jpwsh.runtime.object.TypeRegistration;

/** The type names of System.IO, System.Text's encodings and System.Diagnostics.Process, with their accelerators. */
public final class IOTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(IOPath.class, "System.IO.Path");
        registrar.alias(IOFile.class, "System.IO.File");
        registrar.alias(IODirectory.class, "System.IO.Directory");
        registrar.alias(FileSystemInfo.class, "System.IO.FileSystemInfo");
        registrar.alias(FileInfo.class, "System.IO.FileInfo");
        registrar.alias(DirectoryInfo.class, "System.IO.DirectoryInfo");
        registrar.alias(Stream.class, "System.IO.Stream");
        registrar.alias(FileStream.class, "System.IO.FileStream");
        registrar.alias(MemoryStream.class, "System.IO.MemoryStream");
        registrar.alias(StreamReader.class, "System.IO.StreamReader");
        registrar.alias(StreamWriter.class, "System.IO.StreamWriter");
        registrar.alias(BinaryReader.class, "System.IO.BinaryReader");
        registrar.alias(BinaryWriter.class, "System.IO.BinaryWriter");
        registrar.alias(IOEnums.FileMode.class, "System.IO.FileMode");
        registrar.alias(IOEnums.FileAccess.class, "System.IO.FileAccess");
        registrar.alias(IOEnums.FileShare.class, "System.IO.FileShare");
        registrar.alias(IOEnums.SeekOrigin.class, "System.IO.SeekOrigin");
        registrar.alias(IOEnums.SearchOption.class, "System.IO.SearchOption");
        registrar.alias(FileAttributes.class, "System.IO.FileAttributes");
        registrar.alias(IOExceptions.DirectoryNotFoundException.class, "System.IO.DirectoryNotFoundException");
        registrar.alias(IOExceptions.EndOfStreamException.class, "System.IO.EndOfStreamException");
        registrar.alias(IOExceptions.UnauthorizedAccessException.class, "System.UnauthorizedAccessException");
        registrar.alias(IOExceptions.ObjectDisposedException.class, "System.ObjectDisposedException");
        registrar.alias(Encoding.class, "System.Text.Encoding");
        registrar.alias(Encoding.UTF8Encoding.class, "System.Text.UTF8Encoding");
        registrar.alias(Encoding.UnicodeEncoding.class, "System.Text.UnicodeEncoding");
        registrar.alias(Encoding.UTF32Encoding.class, "System.Text.UTF32Encoding");
        registrar.alias(Encoding.ASCIIEncoding.class, "System.Text.ASCIIEncoding");
        registrar.alias(Process.class, "System.Diagnostics.Process");
        registrar.alias(ProcessStartInfo.class, "System.Diagnostics.ProcessStartInfo");
        registrar.alias(Win32Exception.class, "System.ComponentModel.Win32Exception");
    }
}
