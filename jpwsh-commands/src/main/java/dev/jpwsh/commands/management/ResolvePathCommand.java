package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;
import java.nio.file.Path;

/**
 * Resolve-Path (rvpa): the PathInfo of each existing item a path names (wildcards expanded), or with
 * {@code -Relative} its path relative to the current location ({@code ./x}, {@code ../y}); relative paths start
 * from {@code -RelativeBasePath} when given. A path that names nothing is PathNotFound.
 */
@DefaultParameterSet("Path")
@DotNetName("Microsoft.PowerShell.Commands.ResolvePathCommand")
public final class ResolvePathCommand extends ProviderCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            parameterSetName = "Path")
    private String[] path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "LiteralPath",
            aliases = {"PSPath", "LP"})
    private String[] literalPath;

    /** Lets wildcards match hidden items. */
    @Parameter
    private boolean force;

    @Parameter
    private boolean relative;

    @Parameter
    private String relativeBasePath;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        ProviderContext context = providerContext(force);
        ProviderPath base;
        try {
            base = relativeBasePath == null ? providers().current() : providers().paths().parse(relativeBasePath);
        } catch (PSException e) {
            reportError(e);
            return;
        }
        String[] given = literal ? literalPath : path;
        String[] anchored = given == null ? null : new String[given.length];
        for (int i = 0; given != null && i < given.length; i++) {
            anchored[i] = relativeBasePath == null ? given[i] : anchor(base, given[i]);
        }
        for (ProviderPath p : resolve(anchored, literal, false, context)) {
            writeObject(relative ? relativeTo(base, p) : providers().pathInfo(p));
        }
    }

    /** {@return a relative path taken from {@code base}; an absolute or qualified one as it is} */
    private static String anchor(ProviderPath base, String given) {
        if (given == null || given.startsWith("/") || given.startsWith("\\") || given.startsWith("~")
                || given.contains(":")) {
            return given;
        }
        return JoinPathCommand.join(base.displayPath(), given);
    }

    private static String relativeTo(ProviderPath base, ProviderPath p) {
        if (base.provider() != p.provider()) {
            return p.displayPath();
        }
        String relativePath = Path.of(base.path().isEmpty() ? "/" : base.path())
                .relativize(Path.of(p.path().isEmpty() ? "/" : p.path())).toString();
        if (relativePath.isEmpty()) {
            return ".";
        }
        return relativePath.startsWith("..") ? relativePath : "./" + relativePath;
    }
}
