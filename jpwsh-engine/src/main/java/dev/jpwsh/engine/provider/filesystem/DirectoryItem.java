package dev.jpwsh.engine.provider.filesystem;

import dev.jpwsh.dotnet.io.DirectoryInfo;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;
import java.nio.file.Path;

/** A folder as the FileSystem provider writes it: System.IO.DirectoryInfo with the members pwsh adds to provider items. */
@DotNetName("System.IO.DirectoryInfo")
public final class DirectoryItem extends DirectoryInfo implements FileSystemItem {
    final ItemDetails details;

    DirectoryItem(ProviderPath location) {
        super(Path.of(location.path()));
        this.details = new ItemDetails(location, path);
    }

    @Override
    public String getBaseName() {
        return getName();
    }

    @Override
    public DirectoryItem getParent() {
        Path parent = path.getParent();
        return parent == null ? null : new DirectoryItem(details.location().withPath(parent.toString()));
    }

    @Override
    public DirectoryItem getRoot() {
        return new DirectoryItem(details.location().withPath("/"));
    }
}
