package dev.jpwsh.commands.data.csv;

import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.InformationalRecord;
import dev.jpwsh.engine.exec.MessageStreams;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.StringReader;
import java.util.List;

/**
 * ConvertFrom-Csv: custom objects from CSV text. Each input string is read on its own (a quoted line break must be
 * inside one string); the first string's header (or -Header) and #TYPE serve the rest.
 */
@DotNetName("Microsoft.PowerShell.Commands.ConvertFromCsvCommand")
@DefaultParameterSet("Delimiter")
public final class ConvertFromCsvCommand extends dev.jpwsh.engine.command.Cmdlet {
    @Parameter(parameterSetName = "Delimiter", position = 1)
    private Character delimiter;

    @Parameter(parameterSetName = "UseCulture", mandatory = true)
    private boolean useCulture;

    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    private Object[] inputObject;

    @Parameter
    private String[] header;

    private CsvRowReader reader;

    @Override
    protected void beginProcessing() {
        char separator = CsvCulture.delimiter(useCulture, delimiter);
        try {
            reader = new CsvRowReader(separator, header == null ? null : List.of(header),
                    w -> MessageStreams.write(frame(), new InformationalRecord.WarningRecord(w)));
        } catch (PSException e) {
            throw terminatingError(e);
        }
    }

    @Override
    protected void processRecord() {
        for (Object text : inputObject) {
            try {
                reader.read(new StringReader(LanguagePrimitives.toString(text)), this::writeObject);
            } catch (PSException e) {
                throw terminatingError(e);
            }
        }
    }
}
