package dev.jpwsh.commands.data.csv;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import java.util.List;
import java.util.function.Consumer;

/**
 * What ConvertTo-Csv and Export-Csv share (pwsh's BaseCsvWritingCommand): -Delimiter or -UseCulture, -UseQuotes
 * or -QuoteFields, -IncludeTypeInformation (-NoTypeInformation is accepted and changes nothing, as in pwsh 7) and
 * -NoHeader; the first object fixes the columns for the whole run.
 */
@DefaultParameterSet(CsvWritingCmdlet.DELIMITER_SET)
abstract class CsvWritingCmdlet extends Cmdlet {
    static final String DELIMITER_SET = "Delimiter";
    static final String CULTURE_SET = "UseCulture";

    @Parameter(parameterSetName = DELIMITER_SET, position = 1)
    private Character delimiter;

    @Parameter(parameterSetName = CULTURE_SET)
    private boolean useCulture;

    @Parameter(aliases = "ITI")
    private boolean includeTypeInformation;

    @Parameter(aliases = "NTI")
    private boolean noTypeInformation;

    @Parameter(aliases = "QF")
    private String[] quoteFields;

    @Parameter(aliases = "UQ")
    private QuoteKind useQuotes;

    @Parameter
    private boolean noHeader;

    private CsvRowWriter writer;
    private List<String> columns;

    @Override
    protected void beginProcessing() {
        if (quoteFields != null && useQuotes != null) {
            throw terminatingError(CsvErrors.quoteFieldsAndUseQuotes());
        }
        writer = new CsvRowWriter(delimiter(), useQuotes == null ? QuoteKind.Always : useQuotes, quoteFields);
    }

    /** The field separator: -Delimiter, the culture's list separator under -UseCulture, else a comma. */
    final char delimiter() {
        return CsvCulture.delimiter(useCulture, delimiter);
    }

    final boolean noHeader() {
        return noHeader;
    }

    /** The columns fixed so far (null before the first object). */
    final List<String> columns() {
        return columns;
    }

    /**
     * Fixes the columns from the first object: {@code existing} when appending to a file that has them (after
     * {@code check} saw the object's own), else the object's, announced by the type and header lines unless -NoHeader
     * or {@code headerWritten}.
     */
    final void fixColumns(Object first, List<String> existing, Consumer<List<String>> check,
            Consumer<String> lines) {
        columns = CsvRowWriter.columns(frame(), first);
        if (existing != null) {
            check.accept(columns);
            columns = existing;
            return;
        }
        if (!noHeader) {
            if (includeTypeInformation) {
                lines.accept(CsvRowWriter.typeLine(first));
            }
            String header = writer.header(columns);
            if (!header.isEmpty()) {
                lines.accept(header);
            }
        }
    }

    /** The line of one object. */
    final String row(Object input) {
        return writer.row(input, columns);
    }
}
