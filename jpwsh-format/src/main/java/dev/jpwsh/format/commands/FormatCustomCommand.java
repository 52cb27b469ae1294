package dev.jpwsh.format.commands;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.format.view.FormatParameters;
import dev.jpwsh.format.view.PropertySpec;
import dev.jpwsh.format.view.Shaper;
import dev.jpwsh.runtime.object.DotNetName;

/** Format-Custom: each object through its custom view, or as its class name and properties between braces. */
@DotNetName("Microsoft.PowerShell.Commands.FormatCustomCommand")
public final class FormatCustomCommand extends FormatCommand {
    @Parameter(position = 0)
    private Object[] property;

    @Parameter
    private Integer depth;

    @Override
    Shaper.Kind kind() {
        return Shaper.Kind.CUSTOM;
    }

    @Override
    FormatParameters parameters(PropertySpec groupBy, String view, boolean force) {
        return new FormatParameters(properties(property, CalculatedProperties.CUSTOM_KEYS), groupBy, view, false,
                false, false, false, force, 0, excluded(), depth == null ? FormatParameters.DEFAULT_DEPTH : depth);
    }
}
