package dev.jpwsh.commands.data.clixml;

import dev.jpwsh.dotnet.text.Encoding;
import dev.jpwsh.dotnet.text.TextCodec;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.serialization.CliXmlException;
import dev.jpwsh.engine.serialization.ObjectDeserializer;
import dev.jpwsh.runtime.number.UInt64;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Import-Clixml: the objects of CLIXML files (-Path with wildcards, or -LiteralPath), each written as read, a
 * deserialized collection as one object. A first line {@code #< CLIXML} (as pwsh -OutputFormat xml writes) is
 * skipped; a byte order mark chooses the encoding. -First and -Skip page through the objects, a collection's items
 * counted one by one; -IncludeTotalCount first writes pwsh's unknown total count.
 */
@DotNetName("Microsoft.PowerShell.Commands.ImportClixmlCommand")
@DefaultParameterSet("ByPath")
public final class ImportClixmlCommand extends Cmdlet {
    private static final String DIRECTIVE = "#< CLIXML";

    @Parameter(parameterSetName = "ByPath", position = 0, mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private String[] path;

    @Parameter(parameterSetName = "ByLiteralPath", mandatory = true, valueFromPipelineByPropertyName = true,
            aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter
    private long first = Long.MAX_VALUE;

    @Parameter
    private long skip;

    @Parameter
    private boolean includeTotalCount;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        for (String one : literal ? literalPath : path) {
            Path file;
            try {
                file = ClixmlFiles.input(frame(), one, literal);
            } catch (PSException e) {
                throw terminatingError(e);
            }
            importFile(file, one);
        }
    }

    private void importFile(Path file, String given) {
        try (BufferedReader in = open(file)) {
            in.mark(DIRECTIVE.length());
            char[] start = new char[DIRECTIVE.length()];
            int read = in.read(start);
            if (read == start.length && new String(start).equals(DIRECTIVE)) {
                in.readLine();
            } else {
                in.reset();
            }
            try (ObjectDeserializer reader = new ObjectDeserializer(in)) {
                if (includeTotalCount) {
                    writeObject(unknownTotalCount());
                }
                Pager pager = new Pager();
                while (!reader.done() && pager.more()) {
                    pager.write(reader.deserialize());
                }
            }
        } catch (CliXmlException e) {
            throw terminatingError(CliXmlErrors.unreadable(e, null));
        } catch (IOException | UncheckedIOException e) {
            throw terminatingError(CliXmlErrors.ioFailure(given, e));
        }
    }

    /** The file as text: in the encoding its byte order mark names (skipped), else UTF-8, as .NET's StreamReader. */
    private static BufferedReader open(Path file) throws IOException {
        BufferedInputStream bytes = new BufferedInputStream(Files.newInputStream(file));
        bytes.mark(4);
        byte[] start = bytes.readNBytes(4);
        bytes.reset();
        Encoding marked = TextCodec.detect(start, start.length);
        Charset charset = StandardCharsets.UTF_8;
        if (marked != null) {
            bytes.skipNBytes(marked.GetPreamble().length);
            charset = Charset.forName(switch (marked.getCodePage()) {
                case 1200 -> "UTF-16LE";
                case 1201 -> "UTF-16BE";
                case 12000 -> "UTF-32LE";
                case 12001 -> "UTF-32BE";
                default -> "UTF-8";
            });
        }
        return new BufferedReader(new InputStreamReader(bytes, charset));
    }

    /** What -IncludeTotalCount writes first: a count of 0 whose Accuracy of 0 says the count is unknown. */
    private static Object unknownTotalCount() {
        return dev.jpwsh.engine.exec.PagingParameters.totalCount(UInt64.MIN_VALUE, 0.0);
    }

    /** pwsh's paging: without -First/-Skip each object as is; with them a collection's items one by one. */
    private final class Pager {
        private long skipped;
        private long written;

        boolean more() {
            return written < first;
        }

        void write(Object value) {
            if (skip == 0 && first == Long.MAX_VALUE) {
                writeObject(value);
                return;
            }
            if (value instanceof java.util.Collection<?> items && !(value instanceof java.util.Map<?, ?>)) {
                for (Object item : items) {
                    if (!more()) {
                        return;
                    }
                    one(item);
                }
            } else {
                one(value);
            }
        }

        private void one(Object value) {
            if (skipped++ >= skip) {
                written++;
                writeObject(value);
            }
        }
    }
}
