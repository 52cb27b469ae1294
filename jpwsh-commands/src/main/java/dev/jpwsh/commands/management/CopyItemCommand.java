package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.provider.ContainerCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.SessionItemCopier;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Copy-Item (copy, cpi): copies each item to {@code -Destination} (into it when it is an existing container,
 * else to that name); a container alone, or with {@code -Recurse} all it holds. Items that fail are reported and the
 * others copied; {@code -PassThru} writes the copies. {@code -Container} is accepted as pwsh's (on by default).
 */
@DotNetName("Microsoft.PowerShell.Commands.CopyItemCommand")
@SupportsShouldProcess
public final class CopyItemCommand extends ItemTransferCmdlet {
    @Parameter
    private boolean recurse;

    @Parameter
    private boolean container = true;

    @Parameter
    private Object toSession;

    @Parameter
    private Object fromSession;

    @Override
    String verb() {
        return "Copy";
    }

    /**
     * -ToSession: each local item goes to -Destination on the session; -FromSession: each -Path on the session comes
     * to the local -Destination; either through the remoting module's {@link SessionItemCopier}.
     */
    @Override
    boolean transferredWithSession(String[] paths, String[] literalPaths, String destinationPath) {
        Object session = toSession != null ? toSession : fromSession;
        if (session == null) {
            return false;
        }
        SessionItemCopier copier = SessionItemCopier.forSession(session);
        if (copier == null) {
            throw terminatingError(ProviderErrors.invalidArgument("CopyItemSessionNotValid",
                    "The session is not a PowerShell remote session.", session));
        }
        String destination = destinationPath == null ? "." : destinationPath;
        if (toSession != null) {
            for (ProviderPath p : resolve(paths, literalPaths, false, providerContext(false))) {
                copying(() -> copier.copyTo(session, java.nio.file.Path.of(p.path()), destination, recurse));
            }
        } else {
            java.nio.file.Path target = frame().context().location().resolveFileSystemPath(destination);
            for (String p : paths != null ? paths : literalPaths) {
                copying(() -> copier.copyFrom(session, p, target, recurse));
            }
        }
        return true;
    }

    private void copying(Runnable copy) {
        try {
            copy.run();
        } catch (dev.jpwsh.engine.exec.PSException e) {
            reportError(e);
        }
    }

    @Override
    Object transfer(ProviderContext context, ProviderPath source, String destination) {
        return source.require(ContainerCmdletProvider.class, "Copy-Item").copyItem(context, source, destination,
                recurse);
    }
}
