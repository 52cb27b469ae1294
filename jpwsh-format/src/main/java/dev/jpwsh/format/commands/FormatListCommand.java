package dev.jpwsh.format.commands;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.format.view.FormatParameters;
import dev.jpwsh.format.view.PropertySpec;
import dev.jpwsh.format.view.Shaper;
import dev.jpwsh.runtime.object.DotNetName;

/** Format-List: each input object as {@code name : value} lines, from -Property (wildcards, calculated) or the view. */
@DotNetName("Microsoft.PowerShell.Commands.FormatListCommand")
public final class FormatListCommand extends FormatCommand {
    @Parameter(position = 0)
    private Object[] property;

    @Override
    Shaper.Kind kind() {
        return Shaper.Kind.LIST;
    }

    @Override
    FormatParameters parameters(PropertySpec groupBy, String view, boolean force) {
        return new FormatParameters(properties(property, CalculatedProperties.LIST_KEYS), groupBy, view, false,
                false, false, false, force, 0, excluded(), FormatParameters.DEFAULT_DEPTH);
    }
}
