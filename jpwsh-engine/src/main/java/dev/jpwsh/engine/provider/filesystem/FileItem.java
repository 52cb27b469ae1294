package dev.jpwsh.engine.provider.filesystem;

import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.file.Files;

/** A file, as pwsh shows System.IO.FileInfo: Length, DirectoryName, Directory, IsReadOnly besides the common ones. */
@DotNetName("System.IO.FileInfo")
public final class FileItem extends FileSystemItem {
    FileItem(ProviderPath location) {
        super(location);
    }

    public long getLength() {
        try {
            return Files.size(path());
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public String getBaseName() {
        String name = getName();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    public String getDirectoryName() {
        return path().getParent() == null ? null : path().getParent().toString();
    }

    public DirectoryItem getDirectory() {
        return path().getParent() == null ? null
                : new DirectoryItem(location().withPath(path().getParent().toString()));
    }

    public boolean getIsReadOnly() {
        return getAttributes().contains("ReadOnly");
    }
}
