package dev.jpwsh.engine.exec;

/**
 * {@code $PWD} and what Get-Location and Resolve-Path return: a location, with its drive and provider (objects of the
 * provider service, or null when none is installed), the path as the session shows it ({@code Env:/PATH},
 * {@code /tmp}) and as the provider knows it. Printed as its path.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.PathInfo")
public record PathInfo(Object drive, Object provider, String path, String providerPath) {
    /** A FileSystem location without drive or provider objects. */
    public PathInfo(String path) {
        this(null, null, path, path);
    }

    public Object getDrive() {
        return drive;
    }

    public Object getProvider() {
        return provider;
    }

    public String getPath() {
        return path;
    }

    public String getProviderPath() {
        return providerPath;
    }

    @Override
    public String toString() {
        return path;
    }
}
