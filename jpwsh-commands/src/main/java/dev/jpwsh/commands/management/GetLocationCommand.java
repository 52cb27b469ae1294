package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.provider.PSDriveInfo;
import dev.jpwsh.engine.provider.SessionProviders;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Get-Location: the current location as a PathInfo; {@code -PSDrive} the current location on those drives,
 * {@code -PSProvider} on that provider's current drive; {@code -Stack} and {@code -StackName} the location stacks.
 */
@DotNetName("Microsoft.PowerShell.Commands.GetLocationCommand")
@dev.jpwsh.engine.command.OutputType({
        "System.Management.Automation.PathInfo",
        "System.Management.Automation.PathInfoStack"})
public final class GetLocationCommand extends ProviderCmdlet {
    @Parameter
    private String[] psDrive;

    @Parameter
    private String[] psProvider;

    @Parameter
    private boolean stack;

    @Parameter
    private String[] stackName;

    @Override
    protected void endProcessing() {
        SessionProviders session = providers();
        if (stack || stackName != null) {
            writeStacks(session);
            return;
        }
        if (psDrive != null) {
            for (String drive : psDrive) {
                try {
                    writeObject(session.pathInfo(session.currentOn(drive)));
                } catch (dev.jpwsh.engine.exec.PSException e) {
                    reportError(e);
                }
            }
            return;
        }
        if (psProvider != null) {
            for (String name : psProvider) {
                try {
                    var provider = session.provider(name);
                    PSDriveInfo drive = session.currentDrive().getProvider() == provider.info()
                            ? session.currentDrive() : provider.info().getDrives().getFirst();
                    writeObject(session.pathInfo(session.currentOn(drive.getName())));
                } catch (dev.jpwsh.engine.exec.PSException e) {
                    reportError(e);
                }
            }
            return;
        }
        writeObject(session.currentPathInfo());
    }

    private void writeStacks(SessionProviders session) {
        String[] names = stackName == null ? new String[] {session.defaultStackName()} : stackName;
        for (String name : names) {
            if (stackName != null && !session.hasStack(name)) {
                reportError(dev.jpwsh.engine.provider.ProviderErrors.invalidArgument("Argument",
                        "Cannot find location stack '" + name + "'. It does not exist or it is not a container.",
                        name));
                continue;
            }
            var entries = session.stack(name).stream().map(session::pathInfo).toList();
            writeObject(new PathInfoStack(name, entries));
        }
    }

    /** {@code Get-Location -Stack}: a named stack of locations, enumerated most recent first. */
    @DotNetName("System.Management.Automation.PathInfoStack")
    public static final class PathInfoStack extends java.util.ArrayList<Object> {
        private final String name;

        PathInfoStack(String name, java.util.List<?> entries) {
            super(entries);
            this.name = name;
        }

        public String getName() {
            return name;
        }
    }
}
