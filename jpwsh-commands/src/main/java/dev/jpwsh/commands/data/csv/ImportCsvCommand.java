package dev.jpwsh.commands.data.csv;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.InformationalRecord;
import dev.jpwsh.engine.exec.MessageStreams;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.ContentEncoding;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Import-Csv: custom objects from CSV files (-Path with wildcards, or -LiteralPath), read and written one record at
 * a time, so memory stays flat whatever the file's size; -Encoding (UTF-8 by default; a byte order mark is
 * skipped), -Delimiter or -UseCulture, -Header.
 */
@DotNetName("Microsoft.PowerShell.Commands.ImportCsvCommand")
@DefaultParameterSet("DelimiterPath")
public final class ImportCsvCommand extends Cmdlet {
    @Parameter(parameterSetName = "DelimiterPath", position = 1)
    @Parameter(parameterSetName = "DelimiterLiteralPath", position = 1)
    private Character delimiter;

    @Parameter(parameterSetName = "DelimiterPath", position = 0, mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "CulturePath", position = 0, mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private String[] path;

    @Parameter(parameterSetName = "DelimiterLiteralPath", mandatory = true, valueFromPipelineByPropertyName = true,
            aliases = {"PSPath", "LP"})
    @Parameter(parameterSetName = "CultureLiteralPath", mandatory = true, valueFromPipelineByPropertyName = true,
            aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(parameterSetName = "CulturePath", mandatory = true)
    @Parameter(parameterSetName = "CultureLiteralPath", mandatory = true)
    private boolean useCulture;

    @Parameter
    private String[] header;

    @Parameter
    private Object encoding;

    private boolean warned;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        char separator = CsvCulture.delimiter(useCulture, delimiter);
        for (String one : literal ? literalPath : path) {
            try {
                Path file = CsvFiles.resolve(frame(), one, literal);
                importFile(file, separator);
            } catch (PSException e) {
                throw terminatingError(e);
            } catch (IOException | UncheckedIOException e) {
                throw terminatingError(CsvFiles.openFailure(one, e));
            }
        }
    }

    private void importFile(Path file, char separator) throws IOException {
        if (Files.isDirectory(file)) {
            throw CsvErrors.openFailure(file.toString(), "Access to the path '" + file + "' is denied.",
                    "System.UnauthorizedAccessException");
        }
        ContentEncoding.Choice charset = ContentEncoding.of(encoding);
        CsvRowReader reader = new CsvRowReader(separator, header == null ? null : List.of(header), this::warn);
        try (Reader text = Files.newBufferedReader(file, charset.charset())) {
            skipByteOrderMark(text);
            reader.read(text, this::writeObject);
        } catch (CharacterCodingException e) {
            throw CsvErrors.openFailure(file.toString(), "The file '" + file + "' is not valid "
                    + charset.charset().name() + " text.", "System.IO.IOException");
        }
    }

    private static void skipByteOrderMark(Reader text) throws IOException {
        text.mark(1);
        if (text.read() != '\uFEFF') {
            text.reset();
        }
    }

    private void warn(String message) {
        if (!warned) {
            warned = true;
            MessageStreams.write(frame(), new InformationalRecord.WarningRecord(message));
        }
    }
}
