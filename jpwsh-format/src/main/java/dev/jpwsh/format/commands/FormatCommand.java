package dev.jpwsh.format.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.format.view.FormatParameters;
import dev.jpwsh.format.view.PropertySpec;
import dev.jpwsh.format.view.Shaper;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.util.List;

/**
 * What the Format- cmdlets share: -InputObject, -GroupBy, -View, -Force, -ExcludeProperty, and writing the formatting objects of
 * their shape for the input, as they come. A bad -Property or -GroupBy entry or an unknown -View stops the
 * command with pwsh's error.
 */
@dev.jpwsh.engine.command.OutputType({
        "Microsoft.PowerShell.Commands.Internal.Format.FormatStartData",
        "Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData",
        "Microsoft.PowerShell.Commands.Internal.Format.FormatEndData",
        "Microsoft.PowerShell.Commands.Internal.Format.GroupStartData",
        "Microsoft.PowerShell.Commands.Internal.Format.GroupEndData"})
abstract class FormatCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter
    private Object groupBy;

    @Parameter
    private String view;

    @Parameter
    private boolean force;

    @Parameter
    private boolean showError;

    @Parameter
    private boolean displayError;

    @Parameter
    private String expand;

    @Parameter
    private String[] excludeProperty;

    private Shaper shaper;

    /** The shape this cmdlet makes. */
    abstract Shaper.Kind kind();

    /** This cmdlet's parameters, given what every Format- cmdlet has. */
    abstract FormatParameters parameters(PropertySpec groupBy, String view, boolean force);

    /**
     * The -Property entries as {@code keys} allow them; with -ExcludeProperty and no -Property, {@code *}, as
     * pwsh implies.
     */
    final List<PropertySpec> properties(Object[] property, List<String> keys) {
        Object[] given = property == null && excludeProperty != null ? new Object[] {"*"} : property;
        return CalculatedProperties.parse(given, keys);
    }

    /** The -ExcludeProperty patterns, none when not given. */
    final List<String> excluded() {
        return excludeProperty == null ? List.of() : List.of(excludeProperty);
    }

    @Override
    protected final void beginProcessing() {
        try {
            PropertySpec group = groupBy == null ? null
                    : CalculatedProperties.parse(groupBy, CalculatedProperties.LIST_KEYS);
            FormatParameters parameters = parameters(group, view, force);
            if (view != null && !parameters.properties().isEmpty()) {
                throw new PSRuntimeException("FormatCannotSpecifyViewAndProperty", "InvalidArgument",
                        "Cmdlet parameters View and Property are mutually exclusive.", null,
                        "System.IO.InvalidDataException");
            }
            shaper = new Shaper(kind(), parameters, new FrameEvaluator(frame()), null, this::writeObject);
        } catch (PSRuntimeException e) {
            throw fail(e);
        }
    }

    @Override
    protected final void processRecord() {
        try {
            shaper.write(inputObject);
        } catch (PSRuntimeException e) {
            throw fail(e);
        }
    }

    @Override
    protected final void endProcessing() {
        shaper.end();
    }

    private RuntimeException fail(PSRuntimeException e) {
        return terminatingError(new ErrorRecord(e, e.errorId(), e.category(), null));
    }
}
