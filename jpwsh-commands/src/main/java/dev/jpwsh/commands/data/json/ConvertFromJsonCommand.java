package dev.jpwsh.commands.data.json;

import dev.jpwsh.engine.command.AllowEmptyString;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;

/**
 * ConvertFrom-Json: the objects JSON text stands for. Each piped string is read on its own when the first one is a
 * whole JSON text, else all of them joined by newlines as one text; an array's elements go down the pipeline one by
 * one unless -NoEnumerate.
 */
@DotNetName("Microsoft.PowerShell.Commands.ConvertFromJsonCommand")
public final class ConvertFromJsonCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    @AllowEmptyString
    private String inputObject;

    @Parameter
    private boolean asHashtable;

    @Parameter
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int depth = 1024;

    @Parameter
    private boolean noEnumerate;

    @Parameter
    private JsonDateKind dateKind = JsonDateKind.Default;

    private final List<String> inputs = new ArrayList<>();

    @Override
    protected void processRecord() {
        inputs.add(inputObject);
    }

    @Override
    protected void endProcessing() {
        if (inputs.isEmpty()) {
            return;
        }
        JsonObjectReader reader = new JsonObjectReader(asHashtable, depth, dateKind);
        try {
            if (inputs.size() == 1) {
                write(reader.read(inputs.getFirst()));
                return;
            }
            Object first;
            try {
                first = reader.read(inputs.getFirst());
            } catch (PSException e) {
                first = null;
            }
            if (first == null) {
                write(reader.read(String.join("\n", inputs)));
                return;
            }
            write(first);
            for (String input : inputs.subList(1, inputs.size())) {
                write(reader.read(input));
            }
        } catch (PSException e) {
            throw terminatingError(e);
        }
    }

    private void write(Object value) {
        if (noEnumerate) {
            writeObject(value);
        } else {
            writeEnumerated(value);
        }
    }
}
