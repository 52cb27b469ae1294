package dev.jpwsh.format.commands;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.format.view.FormatParameters;
import dev.jpwsh.format.view.PropertySpec;
import dev.jpwsh.format.view.Shaper;
import dev.jpwsh.runtime.object.DotNetName;

/** Format-Table: the input as table rows, columns from -Property (names, wildcards, calculated) or the view. */
@DotNetName("Microsoft.PowerShell.Commands.FormatTableCommand")
public final class FormatTableCommand extends FormatCommand {
    @Parameter(position = 0)
    private Object[] property;

    @Parameter
    private boolean autoSize;

    @Parameter
    private boolean hideTableHeaders;

    @Parameter
    private boolean wrap;

    @Parameter
    private boolean repeatHeader;

    @Override
    Shaper.Kind kind() {
        return Shaper.Kind.TABLE;
    }

    @Override
    FormatParameters parameters(PropertySpec groupBy, String view, boolean force) {
        return new FormatParameters(properties(property, CalculatedProperties.TABLE_KEYS), groupBy, view, autoSize,
                hideTableHeaders, wrap, repeatHeader, force, 0, excluded(), FormatParameters.DEFAULT_DEPTH);
    }
}
