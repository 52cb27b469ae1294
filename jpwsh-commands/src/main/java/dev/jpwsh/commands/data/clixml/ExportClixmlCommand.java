package dev.jpwsh.commands.data.clixml;

import dev.jpwsh.engine.command.AllowNull;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.ContentEncoding;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.serialization.ObjectSerializer;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Export-Clixml: each input object serialized into one CLIXML file as it arrives (-Depth, 2 by default; -Encoding,
 * UTF-8 without a byte order mark by default; -NoClobber; -Force to replace a read-only file).
 */
@DotNetName("Microsoft.PowerShell.Commands.ExportClixmlCommand")
@SupportsShouldProcess
@DefaultParameterSet("ByPath")
public final class ExportClixmlCommand extends Cmdlet {
    @Parameter
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int depth = 2;

    @Parameter(parameterSetName = "ByPath", position = 0, mandatory = true)
    private String path;

    @Parameter(parameterSetName = "ByLiteralPath", mandatory = true, aliases = {"PSPath", "LP"})
    private String literalPath;

    @Parameter(valueFromPipeline = true, mandatory = true)
    @AllowNull
    private Object inputObject;

    @Parameter
    private boolean force;

    @Parameter(aliases = "NoOverwrite")
    private boolean noClobber;

    @Parameter
    private Object encoding;

    private Writer out;
    private ObjectSerializer serializer;

    @Override
    protected void beginProcessing() {
        String given = path != null ? path : literalPath;
        if (!shouldProcess(given, "Export-Clixml")) {
            return;
        }
        try {
            Path file = ClixmlFiles.output(frame(), given, literalPath != null);
            ProviderErrors.refuseClobber(file, noClobber, false);
            if (force && Files.exists(file) && !Files.isWritable(file)) {
                file.toFile().setWritable(true);
            }
            ContentEncoding.Choice charset = ContentEncoding.of(encoding);
            out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), charset.charset()),
                    1 << 16);
            if (charset.byteOrderMark()) {
                out.write('\uFEFF');
            }
            serializer = new ObjectSerializer(out, depth, new SessionPropertySource(frame()));
        } catch (PSException e) {
            throw terminatingError(e);
        } catch (IOException | UncheckedIOException e) {
            throw terminatingError(CliXmlErrors.ioFailure(given, e));
        }
    }

    @Override
    protected void processRecord() {
        if (serializer != null) {
            serializer.serialize(inputObject);
        }
    }

    @Override
    protected void endProcessing() {
        if (serializer == null) {
            return;
        }
        try (Writer closing = out) {
            serializer.done();
        } catch (IOException | UncheckedIOException e) {
            throw terminatingError(CliXmlErrors.ioFailure(path != null ? path : literalPath, e));
        } finally {
            serializer = null;
        }
    }
}
