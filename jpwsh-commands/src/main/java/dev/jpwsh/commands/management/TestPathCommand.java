package dev.jpwsh.commands.management;

import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.engine.command.AllowEmptyCollection;
import dev.jpwsh.engine.command.AllowEmptyString;
import dev.jpwsh.engine.command.AllowNull;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.ItemCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.filesystem.FileSystemItem;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;
import java.util.Locale;

/**
 * Test-Path: True or False for each path: whether an item exists there (of -PathType Container or Leaf, changed
 * before -OlderThan or after -NewerThan), or with {@code -IsValid} whether the path is well formed. An empty or null
 * path, an unknown drive or a wildcard matching nothing is False, never an error.
 */
@DefaultParameterSet("Path")
@DotNetName("Microsoft.PowerShell.Commands.TestPathCommand")
@dev.jpwsh.engine.command.OutputType({"System.Boolean"})
public final class TestPathCommand extends ProviderCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            parameterSetName = "Path")
    @AllowNull
    @AllowEmptyCollection
    @AllowEmptyString
    private String[] path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "LiteralPath",
            aliases = {"PSPath", "LP"})
    @AllowNull
    @AllowEmptyCollection
    @AllowEmptyString
    private String[] literalPath;

    @Parameter
    private String pathType;

    @Parameter
    private boolean isValid;

    @Parameter
    private DateTime olderThan;

    @Parameter
    private DateTime newerThan;

    @Parameter
    private String filter;

    @Parameter
    private String[] include;

    @Parameter
    private String[] exclude;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        String[] paths = literal ? literalPath : path;
        if (paths == null) {
            writeObject(false);
            return;
        }
        ProviderContext context = providerContext(false);
        for (String p : paths) {
            writeObject(p != null && !p.isBlank() && test(context, p, literal));
        }
    }

    private boolean test(ProviderContext context, String p, boolean literal) {
        try {
            if (isValid) {
                ProviderPath parsed = providers().paths().parse(p);
                return !(parsed.provider() instanceof ItemCmdletProvider items) || items.isValidPath(parsed.path());
            }
            List<ProviderPath> found = providers().paths().expand(context, p, literal);
            return found.stream().anyMatch(f -> exists(context, f) && ofType(context, f) && inTime(context, f));
        } catch (PSException e) {
            return false;
        }
    }

    private boolean ofType(ProviderContext context, ProviderPath p) {
        String type = pathType == null ? "any" : pathType.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "container" -> isContainer(context, p);
            case "leaf" -> !isContainer(context, p);
            default -> true;
        };
    }

    private boolean inTime(ProviderContext context, ProviderPath p) {
        if (olderThan == null && newerThan == null) {
            return true;
        }
        Object item = ((ItemCmdletProvider) p.provider()).getItem(context, p);
        if (!(item instanceof FileSystemItem file)) {
            return false;
        }
        DateTime written = file.getLastWriteTime();
        return (olderThan == null || written.compareTo(olderThan) < 0)
                && (newerThan == null || written.compareTo(newerThan) > 0);
    }
}
