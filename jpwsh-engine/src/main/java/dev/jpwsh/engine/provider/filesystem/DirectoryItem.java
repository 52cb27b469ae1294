package dev.jpwsh.engine.provider.filesystem;

import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;

/** A folder, as pwsh shows System.IO.DirectoryInfo: Parent and Root besides the common members. */
@DotNetName("System.IO.DirectoryInfo")
public final class DirectoryItem extends FileSystemItem {
    DirectoryItem(ProviderPath location) {
        super(location);
    }

    @Override
    public String getBaseName() {
        return getName();
    }

    public DirectoryItem getParent() {
        return path().getParent() == null ? null
                : new DirectoryItem(location().withPath(path().getParent().toString()));
    }

    public DirectoryItem getRoot() {
        return new DirectoryItem(location().withPath("/"));
    }
}
