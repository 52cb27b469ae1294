package dev.jpwsh.format.commands;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.format.view.FormatParameters;
import dev.jpwsh.format.view.PropertySpec;
import dev.jpwsh.format.view.Shaper;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/**
 * Format-Wide: one value per object (-Property, the view's, or the object's name), several per line: -Column of
 * them, as many as fit with -AutoSize, else two.
 */
@DotNetName("Microsoft.PowerShell.Commands.FormatWideCommand")
public final class FormatWideCommand extends FormatCommand {
    @Parameter(position = 0)
    private Object property;

    @Parameter
    private boolean autoSize;

    @Parameter
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private Integer column;

    @Override
    Shaper.Kind kind() {
        return Shaper.Kind.WIDE;
    }

    @Override
    FormatParameters parameters(PropertySpec groupBy, String view, boolean force) {
        if (autoSize && column != null) {
            throw new PSRuntimeException("FormatCannotSpecifyAutosizeAndColumns", "InvalidArgument",
                    "Cmdlet parameters AutoSize and Column are mutually exclusive.", null,
                    "System.IO.InvalidDataException");
        }
        List<PropertySpec> properties = properties(property == null ? null : new Object[] {property},
                CalculatedProperties.WIDE_KEYS);
        return new FormatParameters(properties, groupBy, view, autoSize, false, false, false, force,
                column == null ? 0 : column, excluded(), FormatParameters.DEFAULT_DEPTH);
    }
}
