package dev.jpwsh.engine.exec;

/** {@code $PWD}: a location in the file system, printed as its path. */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.PathInfo")
public record PathInfo(String path) {
    public String getPath() {
        return path;
    }

    public String getProviderPath() {
        return path;
    }

    @Override
    public String toString() {
        return path;
    }
}
