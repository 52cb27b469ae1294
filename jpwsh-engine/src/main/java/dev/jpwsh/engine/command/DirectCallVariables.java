package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.scope.DeferredNames;
import dev.jpwsh.engine.scope.DeferredVariables;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.runtime.error.ErrorRecord;

/**
 * The call variables of a {@link DirectCall}: what its {@link CallVariables} would be made from, kept until one of
 * them is first reached, when they are made (once, so {@code $MyInvocation.BoundParameters} stays
 * {@code $PSBoundParameters}). Most calls reach none, and this is all they make of them. Used by the call's pipeline
 * thread only.
 */
final class DirectCallVariables implements DeferredVariables {
    private final ScriptBlock block;
    /** The call's values, the bound ones converted, as binding left them. */
    private final Object[] values;
    private final String name;
    private final ErrorRecord.ScriptPosition callSite;
    private final int pipelinePlace;
    /** The variables themselves, once one has been reached; null before. */
    private CallVariables made;

    DirectCallVariables(ScriptBlock block, Object[] values, String name, ErrorRecord.ScriptPosition callSite,
            int pipelinePlace) {
        this.block = block;
        this.values = values;
        this.name = name;
        this.callSite = callSite;
        this.pipelinePlace = pipelinePlace;
    }

    @Override
    public DeferredNames names() {
        return CallVariables.INVOKED_WITH_INPUT;
    }

    @Override
    public PSVariable make(String key) {
        if (made == null) {
            made = ScriptParameterBinder.positionalVariables(block, values);
            made.invokedAs("Function", null, name, callSite, pipelinePlace, false);
            made.expectNoInput();
        }
        return made.make(key);
    }
}
