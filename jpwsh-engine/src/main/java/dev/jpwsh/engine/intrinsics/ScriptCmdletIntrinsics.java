package dev.jpwsh.engine.intrinsics;

import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PathInfo;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.ScriptCmdletServices;
import dev.jpwsh.engine.provider.ItemCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.SessionProviders;
import java.util.ArrayList;
import java.util.List;

/** The session-services side of {@code $PSCmdlet}, installed in every session. Stateless. */
public final class ScriptCmdletIntrinsics implements ScriptCmdletServices {
    @Override
    public Object sessionState(Frame frame) {
        return new SessionStateView(frame);
    }

    @Override
    public Object invokeCommand(Frame frame, Pipe output) {
        return new CommandIntrinsics(frame, output);
    }

    @Override
    public Object invokeProvider(Frame frame) {
        return new ProviderIntrinsics(frame);
    }

    @Override
    public List<String> resolvedProviderPaths(Frame frame, String path, Ref provider) {
        ProviderContext context = new ProviderContext(frame, false, e -> {
        });
        List<String> found = new ArrayList<>();
        for (ProviderPath p : SessionProviders.of(frame.context()).paths().expand(context, path, false)) {
            if (p.provider() instanceof ItemCmdletProvider items && items.itemExists(context, p.path())) {
                found.add(p.path());
                if (provider != null) {
                    provider.setValue(p.provider().info());
                }
            }
        }
        if (found.isEmpty()) {
            // thrown as the .NET method's own exception, which the call wraps in a MethodInvocationException
            throw (RuntimeException) ProviderErrors.pathNotFound(path).record().getException();
        }
        return found;
    }

    @Override
    public String unresolvedProviderPath(Frame frame, String path) {
        return SessionProviders.of(frame.context()).paths().parse(path).path();
    }

    @Override
    public PathInfo currentLocation(Frame frame, String provider) {
        SessionProviders providers = SessionProviders.of(frame.context());
        if (providers.currentDrive().getProvider().getName().equalsIgnoreCase(provider)) {
            return providers.currentPathInfo();
        }
        for (var drive : providers.drives()) {
            if (drive.getProvider().getName().equalsIgnoreCase(provider)) {
                return providers.pathInfo(providers.currentOn(drive.getName()));
            }
        }
        throw ProviderErrors.providerNotFound(provider);
    }
}
