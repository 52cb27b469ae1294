package dev.jpwsh.engine.intrinsics;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.PathInfo;

/**
 * {@code $ExecutionContext.SessionState.Path}: the session's current location (in whichever provider, and in the
 * FileSystem) and a path resolved against it without looking at the file system, as scripts ask for them.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.PathIntrinsics")
public final class PathIntrinsics {
    private final ExecutionContext context;

    PathIntrinsics(ExecutionContext context) {
        this.context = context;
    }

    public PathInfo getCurrentLocation() {
        return context.location().currentPathInfo();
    }

    public PathInfo getCurrentFileSystemLocation() {
        return new PathInfo(context.location().currentFileSystemDirectory().toString());
    }

    /** A FileSystem path made absolute against the current FileSystem location; it need not exist. */
    public String GetUnresolvedProviderPathFromPSPath(String path) {
        return context.location().resolveFileSystemPath(path).toString();
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PathIntrinsics";
    }
}
