package dev.jpwsh.commands.security;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.DotNetProperties;

/** Get-FileHash's result: the algorithm, the hash in upper-case hex, and the file's path (empty for a stream). */
@DotNetName("Microsoft.PowerShell.Commands.FileHashInfo")
@DotNetProperties({"Algorithm", "Hash", "Path"})
public final class FileHashInfo {
    private String algorithm;
    private String hash;
    private String path;

    FileHashInfo(String algorithm, String hash, String path) {
        this.algorithm = algorithm;
        this.hash = hash;
        this.path = path;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public void setAlgorithm(String algorithm) {
        this.algorithm = algorithm;
    }

    public String getHash() {
        return hash;
    }

    public void setHash(String hash) {
        this.hash = hash;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    @Override
    public String toString() {
        return "Microsoft.PowerShell.Commands.FileHashInfo";
    }
}
