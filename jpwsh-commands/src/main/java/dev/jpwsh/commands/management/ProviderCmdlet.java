package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.ContainerCmdletProvider;
import dev.jpwsh.engine.provider.ContentEncoding;
import dev.jpwsh.engine.provider.ItemCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.SessionProviders;
import dev.jpwsh.runtime.ops.Wildcard;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the provider cmdlets share: the session's providers, the context a provider call gets, and {@link
 * #resolve}, which turns {@code -Path} (wildcards expanded) or {@code -LiteralPath} values into provider paths,
 * reporting each one that fails (a missing path, an unknown drive) as a non-terminating error and going on.
 */
abstract class ProviderCmdlet extends Cmdlet {
    final SessionProviders providers() {
        return SessionProviders.of(frame().context());
    }

    final ProviderContext providerContext(boolean force) {
        return new ProviderContext(frame(), force, this::reportError);
    }

    final void reportError(PSException error) {
        writeError(error.record());
    }

    /** {@link #resolve(String[], boolean, boolean, ProviderContext)} of -LiteralPath when given, else of -Path. */
    final List<ProviderPath> resolve(String[] paths, String[] literalPaths, boolean mayBeMissing,
            ProviderContext context) {
        return literalPaths != null ? resolve(literalPaths, true, mayBeMissing, context)
                : resolve(paths, false, mayBeMissing, context);
    }

    /**
     * {@return the provider paths of {@code paths} (the current location when null), those that do not exist
     * reported as PathNotFound unless {@code mayBeMissing}}
     */
    final List<ProviderPath> resolve(String[] paths, boolean literal, boolean mayBeMissing, ProviderContext context) {
        List<ProviderPath> resolved = new ArrayList<>();
        for (String path : paths == null ? new String[] {null} : paths) {
            try {
                if (path == null) {
                    resolved.add(providers().current());
                    continue;
                }
                boolean wildcard = !literal && Wildcard.containsWildcardCharacters(path);
                for (ProviderPath p : providers().paths().expand(context, path, literal)) {
                    if (mayBeMissing || wildcard || exists(context, p)) {
                        resolved.add(p);
                    } else {
                        reportError(ProviderErrors.pathNotFound(p.displayPath()));
                    }
                }
            } catch (PSException e) {
                reportError(e);
            }
        }
        return resolved;
    }

    /**
     * {@return the one location -LiteralPath or -Path names (the first match of a wildcard), or null when neither is
     * given}, for Set-Location and Push-Location
     * @throws PSException PathNotFound when -Path matches nothing
     */
    final ProviderPath locationTarget(ProviderContext context, String path, String literalPath) {
        if (literalPath != null) {
            return providers().paths().parse(literalPath);
        }
        if (path == null) {
            return null;
        }
        List<ProviderPath> found = providers().paths().expand(context, path, false);
        if (found.isEmpty()) {
            throw ProviderErrors.pathNotFound(path);
        }
        return found.getFirst();
    }

    /** The content options of the content cmdlets; an unknown -Encoding is a terminating error of the cmdlet. */
    final dev.jpwsh.engine.provider.ContentOptions encodingOptions(Object encoding, String delimiter,
            boolean asBytes, boolean raw, boolean noNewline) {
        try {
            return ContentEncoding.options(encoding, delimiter, asBytes, raw, noNewline);
        } catch (PSException e) {
            throw terminatingError(e);
        }
    }

    /** {@return "File" or "Directory" (pwsh's words in -WhatIf messages) for the item at {@code path}} */
    static String kind(ProviderContext context, ProviderPath path) {
        return isContainer(context, path) ? "Directory" : "File";
    }

    static boolean exists(ProviderContext context, ProviderPath path) {
        return path.provider() instanceof ItemCmdletProvider items && items.itemExists(context, path.path());
    }

    static boolean isContainer(ProviderContext context, ProviderPath path) {
        return path.provider() instanceof ContainerCmdletProvider c && c.isContainer(context, path.path());
    }

    /** {@link #perPath}, once -WhatIf and -Confirm let {@code action} on {@code target} through. */
    final void processPath(ProviderPath path, String target, String action, String operation, Runnable body) {
        if (shouldProcess(target, action)) {
            perPath(path, operation, body);
        }
    }

    /**
     * Runs one provider operation on one path, reporting its failure (a provider error, or an I/O failure as pwsh
     * words it) as a non-terminating error so the cmdlet goes on with the next path; a stop (the thread interrupted)
     * is never the path's error: it ends the cmdlet.
     */
    final void perPath(ProviderPath path, String operation, Runnable action) {
        try {
            action.run();
        } catch (PSException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            reportError(e);
        } catch (UncheckedIOException e) {
            reportError(ProviderErrors.io(e.getCause(), path.path(), operation));
        }
    }
}
