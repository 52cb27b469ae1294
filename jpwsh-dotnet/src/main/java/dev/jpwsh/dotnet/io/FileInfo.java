package dev.jpwsh.dotnet.io;

import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** System.IO.FileInfo: a file by its path, with .NET's properties and the file operations of File. */
@DotNetName("System.IO.FileInfo")
public class FileInfo extends FileSystemInfo {
    public FileInfo(String fileName) {
        super(fileName, "fileName");
    }

    /** The file at a full, normalized path; the FileSystem provider's items extend this. */
    protected FileInfo(Path full) {
        super(full);
    }

    @Override
    public boolean getExists() {
        return Files.isRegularFile(path);
    }

    /** The size in bytes; FileNotFoundException for a missing file or a folder. */
    public long getLength() throws IOException {
        if (!getExists()) {
            throw new IOExceptions.FileNotFoundException(path.toString());
        }
        return Files.size(path);
    }

    public String getDirectoryName() {
        Path parent = path.getParent();
        return parent == null ? null : parent.toString();
    }

    public DirectoryInfo getDirectory() {
        Path parent = path.getParent();
        return parent == null ? null : new DirectoryInfo(parent.toString());
    }

    public boolean getIsReadOnly() throws IOException {
        return FileTimes.readOnly(path);
    }

    public void setIsReadOnly(boolean value) throws IOException {
        FileTimes.setAttributes(path, value ? FileAttributes.ReadOnly : FileAttributes.Normal);
    }

    @Override
    public void Delete() throws IOException {
        IOFile.Delete(getFullName());
    }

    public FileInfo CopyTo(String destFileName) throws IOException {
        return CopyTo(destFileName, false);
    }

    public FileInfo CopyTo(String destFileName, boolean overwrite) throws IOException {
        IOFile.Copy(getFullName(), destFileName, overwrite);
        return new FileInfo(ProcessPaths.resolve(destFileName, "destFileName"));
    }

    /** Moves the file; this object then names its new place, as in .NET. */
    public void MoveTo(String destFileName) throws IOException {
        MoveTo(destFileName, false);
    }

    public void MoveTo(String destFileName, boolean overwrite) throws IOException {
        IOFile.Move(getFullName(), destFileName, overwrite);
        movedTo(ProcessPaths.resolve(destFileName, "destFileName"), destFileName);
    }

    public FileStream Create() throws IOException {
        return IOFile.Create(getFullName());
    }

    public FileStream Open(IOEnums.FileMode mode) throws IOException {
        return new FileStream(getFullName(), mode);
    }

    public FileStream Open(IOEnums.FileMode mode, IOEnums.FileAccess access) throws IOException {
        return new FileStream(getFullName(), mode, access);
    }

    public FileStream OpenRead() throws IOException {
        return IOFile.OpenRead(getFullName());
    }

    public FileStream OpenWrite() throws IOException {
        return IOFile.OpenWrite(getFullName());
    }

    public StreamReader OpenText() throws IOException {
        return IOFile.OpenText(getFullName());
    }

    public StreamWriter CreateText() throws IOException {
        return IOFile.CreateText(getFullName());
    }

    public StreamWriter AppendText() throws IOException {
        return IOFile.AppendText(getFullName());
    }
}
