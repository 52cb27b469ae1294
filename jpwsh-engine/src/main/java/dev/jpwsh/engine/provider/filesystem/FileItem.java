package dev.jpwsh.engine.provider.filesystem;

import dev.jpwsh.dotnet.io.FileInfo;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;
import java.nio.file.Path;

/** A file as the FileSystem provider writes it: System.IO.FileInfo with the members pwsh adds to provider items. */
@DotNetName("System.IO.FileInfo")
public final class FileItem extends FileInfo implements FileSystemItem {
    final ItemDetails details;

    FileItem(ProviderPath location) {
        super(Path.of(location.path()));
        this.details = new ItemDetails(location, path);
    }

    @Override
    public String getBaseName() {
        String name = getName();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    @Override
    public DirectoryItem getDirectory() {
        Path parent = path.getParent();
        return parent == null ? null : new DirectoryItem(details.location().withPath(parent.toString()));
    }
}
