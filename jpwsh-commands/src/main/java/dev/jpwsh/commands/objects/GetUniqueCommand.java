package dev.jpwsh.commands.objects;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.TypeNames;
import dev.jpwsh.runtime.ops.Comparison;

/**
 * Get-Unique (gu): drops each input equal to the one before it (so sorted input leaves one of each), comparing the
 * objects, their text (-AsString) or their type names (-OnType); case-sensitive unless -CaseInsensitive.
 */
@DotNetName("Microsoft.PowerShell.Commands.GetUniqueCommand")
public final class GetUniqueCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(parameterSetName = "AsString")
    private boolean asString;

    @Parameter(parameterSetName = "UniqueByType")
    private boolean onType;

    @Parameter
    private boolean caseInsensitive;

    private boolean any;
    private Object previous;

    @Override
    protected void processRecord() {
        Object key = onType ? TypeNames.ofValue(inputObject)
                : asString ? LanguagePrimitives.toString(inputObject) : inputObject;
        if (any && same(previous, key)) {
            return;
        }
        any = true;
        previous = key;
        writeObject(inputObject);
    }

    private boolean same(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return caseInsensitive ? x.equalsIgnoreCase(y) : x.equals(y);
        }
        return a == null ? b == null : b != null && Comparison.equal(a, b, !caseInsensitive);
    }
}
