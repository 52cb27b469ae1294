package dev.jpwsh.engine.provider;

import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A drive: its name, its provider, its root (a path of that provider) and its current location, relative to the
 * root as Get-PSDrive shows it. One session's; the current location changes as the session moves on the drive.
 */
@DotNetName("System.Management.Automation.PSDriveInfo")
public final class PSDriveInfo {
    private final String name;
    private final CmdletProvider provider;
    private final String root;
    private final String description;
    /** The provider path of the drive's current location. Pipeline thread only. */
    private String location;

    public PSDriveInfo(String name, CmdletProvider provider, String root, String description) {
        this.name = name;
        this.provider = provider;
        this.root = root;
        this.description = description;
        this.location = root;
    }

    public String getName() {
        return name;
    }

    public ProviderInfo getProvider() {
        return provider.info();
    }

    public String getRoot() {
        return root;
    }

    public String getDescription() {
        return description;
    }

    /** {@return the current location relative to the root, without a leading separator} */
    public String getCurrentLocation() {
        String relative = relative(location);
        return relative == null ? location : relative;
    }

    /**
     * {@return {@code providerPath} relative to the root, without a leading separator ("" for the root itself), or
     * null when it is outside the root}
     */
    String relative(String providerPath) {
        String bare = root.endsWith("/") && root.length() > 1 ? root.substring(0, root.length() - 1) : root;
        if (providerPath.equals(bare) || providerPath.equals(root)) {
            return "";
        }
        if (bare.isEmpty() || bare.equals("/")) {
            return providerPath.startsWith("/") ? providerPath.substring(1) : providerPath;
        }
        return providerPath.startsWith(bare + "/") ? providerPath.substring(bare.length() + 1) : null;
    }

    /** {@return the bytes used on a FileSystem drive's volume, or null for other drives} */
    public Long getUsed() {
        FileStore store = store();
        try {
            return store == null ? null : store.getTotalSpace() - store.getUnallocatedSpace();
        } catch (IOException e) {
            return null;
        }
    }

    /** {@return the bytes free on a FileSystem drive's volume, or null for other drives} */
    public Long getFree() {
        FileStore store = store();
        try {
            return store == null ? null : store.getUsableSpace();
        } catch (IOException e) {
            return null;
        }
    }

    private FileStore store() {
        if (!(provider instanceof NavigationCmdletProvider)) {
            return null;
        }
        try {
            return Files.getFileStore(Path.of(root));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    CmdletProvider provider() {
        return provider;
    }

    String location() {
        return location;
    }

    void setLocation(String providerPath) {
        location = providerPath;
    }

    @Override
    public String toString() {
        return name;
    }
}
