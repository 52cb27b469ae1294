package dev.jpwsh.commands.data.csv;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/** ConvertTo-Csv: each input object as a CSV line, after the header line (and the #TYPE line, if asked for). */
@DotNetName("Microsoft.PowerShell.Commands.ConvertToCsvCommand")
@dev.jpwsh.engine.command.OutputType({"System.String"})
public final class ConvertToCsvCommand extends CsvWritingCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    private Object inputObject;

    @Override
    protected void processRecord() {
        if (inputObject == null) {
            return;
        }
        if (columns() == null) {
            fixColumns(inputObject, null, null, this::writeObject);
        }
        String line = row(inputObject);
        if (!line.isEmpty()) {
            writeObject(line);
        }
    }
}
