package dev.jpwsh.engine.provider;

import java.util.List;

/** A provider with drives: the ones a session starts with, and checks on a drive New-PSDrive asks for. */
public abstract class DriveCmdletProvider extends CmdletProvider {
    protected DriveCmdletProvider(String name, String capabilities) {
        super(name, capabilities);
    }

    /** {@return the drives a new session has for this provider} */
    public abstract List<PSDriveInfo> initialDrives();

    /**
     * Checks the root of a drive New-PSDrive makes and returns it as this provider writes paths.
     *
     * @throws dev.jpwsh.engine.exec.PSException when the root is not an item of this provider
     */
    public String newDriveRoot(String root) {
        return root;
    }
}
