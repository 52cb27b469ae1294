package dev.jpwsh.commands.data.json;

import dev.jpwsh.engine.command.AllowNull;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.engine.exec.InformationalRecord;
import dev.jpwsh.engine.exec.MessageStreams;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;

/**
 * ConvertTo-Json: one JSON text for all its input (an array when more than one object came, or with -AsArray),
 * nested -Depth levels deep (2 unless given, at most 100), indented as pwsh indents it unless -Compress.
 */
@DotNetName("Microsoft.PowerShell.Commands.ConvertToJsonCommand")
@dev.jpwsh.engine.command.OutputType({"System.String"})
public final class ConvertToJsonCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    @AllowNull
    private Object inputObject;

    @Parameter
    @ValidateRange(min = 0, max = 100)
    private int depth = 2;

    @Parameter
    private boolean compress;

    @Parameter
    private boolean enumsAsStrings;

    @Parameter
    private boolean asArray;

    @Parameter
    private StringEscapeHandling escapeHandling = StringEscapeHandling.Default;

    private final List<Object> inputs = new ArrayList<>();

    @Override
    protected void processRecord() {
        inputs.add(inputObject);
    }

    @Override
    protected void endProcessing() {
        if (inputs.isEmpty()) {
            return;
        }
        Object value = inputs.size() > 1 || asArray ? inputs.toArray() : inputs.getFirst();
        JsonObjectWriter writer = new JsonObjectWriter(frame(),
                new JsonObjectWriter.Options(depth, enumsAsStrings, compress, escapeHandling),
                message -> MessageStreams.write(frame(), new InformationalRecord.WarningRecord(message)));
        try {
            writeObject(writer.write(value));
        } catch (dev.jpwsh.engine.exec.PSException e) {
            throw terminatingError(e);
        }
    }
}
