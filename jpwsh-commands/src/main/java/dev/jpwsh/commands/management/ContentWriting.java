package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.AllowEmptyCollection;
import dev.jpwsh.engine.command.AllowNull;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.provider.ContentCmdletProvider;
import dev.jpwsh.engine.provider.ContentCmdletProvider.ContentWriter;
import dev.jpwsh.engine.provider.ContentOptions;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Set-Content and Add-Content share: the writers of the paths, opened when the first value comes (made or
 * truncated, or appended to) and closed at the end, and the values written one per line (or as they are with
 * {@code -NoNewline}, or bytes with {@code -AsByteStream}).
 */
@DefaultParameterSet("Path")
abstract class ContentWriting extends ProviderCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true,
            parameterSetName = "Path")
    String[] path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "LiteralPath",
            aliases = {"PSPath", "LP"})
    String[] literalPath;

    @Parameter(position = 1, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    @AllowNull
    @AllowEmptyCollection
    Object value;

    @Parameter
    private boolean noNewline;

    @Parameter
    private Object encoding;

    @Parameter
    private boolean asByteStream;

    @Parameter
    boolean force;

    @Parameter
    private boolean passThru;

    private Map<ProviderPath, ContentWriter> writers;
    private ProviderContext context;

    abstract boolean appends();

    @Override
    protected void processRecord() {
        if (writers == null) {
            open();
        }
        if (value == null) {
            return;
        }
        for (Map.Entry<ProviderPath, ContentWriter> w : writers.entrySet()) {
            perPath(w.getKey(), "SetContentWriter", () -> Enumerables.write(value, item -> {
                w.getValue().write(item);
                if (passThru) {
                    writeObject(item);
                }
            }));
        }
    }

    private void open() {
        writers = new LinkedHashMap<>();
        context = providerContext(force);
        ContentOptions options = encodingOptions(encoding, null, asByteStream, false, noNewline);
        for (ProviderPath p : resolve(path, literalPath, true, context)) {
            processPath(p, "Path: " + p.path(), appends() ? "Add Content" : "Set Content", "GetContentWriter", () -> {
                ContentCmdletProvider content = p.require(ContentCmdletProvider.class, getClass().getSimpleName());
                writers.put(p, content.writer(context, p, options, appends()));
            });
        }
    }

    @Override
    protected void endProcessing() {
        if (writers == null) {
            open();
        }
        for (Map.Entry<ProviderPath, ContentWriter> w : writers.entrySet()) {
            perPath(w.getKey(), "SetContentWriter", () -> w.getValue().close());
        }
    }
}
