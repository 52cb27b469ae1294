package dev.jpwsh.format.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.format.view.FormatParameters;
import dev.jpwsh.format.view.Shaper;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;

/**
 * What the Format- cmdlets share: -InputObject, -GroupBy, -View, -Force, and writing the formatting objects of
 * their shape for the input, as they come. A bad -Property or -GroupBy entry or an unknown -View stops the
 * command with pwsh's error.
 */
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

    private Shaper shaper;

    /** The shape this cmdlet makes. */
    abstract Shaper.Kind kind();

    /** This cmdlet's parameters, given what every Format- cmdlet has. */
    abstract FormatParameters parameters(dev.jpwsh.format.view.PropertySpec groupBy, String view, boolean force);

    @Override
    protected final void beginProcessing() {
        try {
            dev.jpwsh.format.view.PropertySpec group = groupBy == null ? null
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
