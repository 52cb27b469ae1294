package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.provider.ContentCmdletProvider;
import dev.jpwsh.engine.provider.ContentCmdletProvider.ContentReader;
import dev.jpwsh.engine.provider.ContentOptions;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Get-Content (gc, type): the content of each item, streamed: lines (or chunks between {@code -Delimiter}s, or
 * bytes with {@code -AsByteStream}) one at a time, or in arrays of {@code -ReadCount} (0: one array of all);
 * {@code -TotalCount} stops after that many, {@code -Tail} keeps only the last ones, {@code -Raw} writes the whole
 * text as one string; {@code -Wait} then goes on writing what is appended to the file, looking every
 * {@value #WAIT_POLL_MILLIS} ms, until the pipeline stops.
 */
@DefaultParameterSet("Path")
@DotNetName("Microsoft.PowerShell.Commands.GetContentCommand")
public final class GetContentCommand extends ProviderCmdlet {
    private static final long WAIT_POLL_MILLIS = 200;

    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true,
            parameterSetName = "Path")
    private String[] path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "LiteralPath",
            aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter
    private long readCount = 1;

    @Parameter(aliases = {"First", "Head"})
    private long totalCount = -1;

    @Parameter(aliases = {"Last"})
    private Integer tail;

    @Parameter
    private boolean raw;

    @Parameter
    private String delimiter;

    @Parameter
    private Object encoding;

    @Parameter
    private boolean asByteStream;

    @Parameter
    private boolean force;

    @Parameter
    private boolean wait;

    /** How many lines (chunks, bytes) of the current item were written: -TotalCount counts them. */
    private long written;

    @Override
    protected void processRecord() {
        ProviderContext context = providerContext(force);
        ContentOptions options = encodingOptions(encoding, delimiter, asByteStream, raw, false);
        for (ProviderPath p : resolve(path, literalPath, false, context)) {
            written = 0;
            perPath(p, "GetContentReader", () -> {
                try (ContentReader reader = p.require(ContentCmdletProvider.class, "Get-Content")
                        .reader(context, p, options)) {
                    if (tail != null) {
                        writeLast(reader);
                    } else {
                        write(reader);
                    }
                    while (wait && (totalCount < 0 || written < totalCount) && reader.resume()) {
                        pause();
                        write(reader);
                    }
                }
            });
        }
    }

    private static void pause() {
        try {
            Thread.sleep(WAIT_POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RuntimeFailures.pipelineStopped();
        }
    }

    private void write(ContentReader reader) {
        List<Object> block = new ArrayList<>();
        for (; (totalCount < 0 || written < totalCount) && reader.hasNext(); written++) {
            Object item = reader.next();
            if (readCount == 1 || raw) {
                writeObject(item);
                continue;
            }
            block.add(item);
            if (readCount > 0 && block.size() == readCount) {
                writeObject(block.toArray());
                block.clear();
            }
        }
        if (!block.isEmpty()) {
            writeObject(block.toArray());
        }
    }

    private void writeLast(ContentReader reader) {
        Deque<Object> last = new ArrayDeque<>();
        while (reader.hasNext()) {
            last.addLast(reader.next());
            if (last.size() > tail) {
                last.removeFirst();
            }
        }
        if (readCount == 1 || raw) {
            last.forEach(this::writeObject);
        } else {
            writeObject(last.toArray());
        }
    }
}
