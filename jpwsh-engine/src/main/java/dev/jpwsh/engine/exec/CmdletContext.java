package dev.jpwsh.engine.exec;

import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.convert.LanguagePrimitives;

/**
 * {@code $PSCmdlet} in an advanced function: its invocation, parameter set, and the cmdlet methods scripts call
 * ({@code ShouldProcess}, {@code WriteObject}, {@code WriteVerbose}, {@code ThrowTerminatingError}).
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.PSScriptCmdlet")
public final class CmdletContext {
    private final Frame frame;
    private final InvocationInfo invocation;
    private final Pipe out;

    public CmdletContext(Frame frame, InvocationInfo invocation, Pipe out) {
        this.frame = frame;
        this.invocation = invocation;
        this.out = out;
    }

    public InvocationInfo getMyInvocation() {
        return invocation;
    }

    public String getParameterSetName() {
        Object set = frame.variable(Scope.key(dev.jpwsh.engine.command.ScriptParameterBinder.PARAMETER_SET));
        return set == null ? "__AllParameterSets" : set.toString();
    }

    public boolean ShouldProcess(String target) {
        return ShouldProcess(target, invocation.myCommand().name());
    }

    /** False under -WhatIf, after printing what would have happened. */
    public boolean ShouldProcess(String target, String action) {
        if (LanguagePrimitives.isTrue(frame.variable("whatifpreference"))) {
            frame.context().host().ui().writeLine("What if: Performing the operation \"" + action + "\" on target \""
                    + target + "\".");
            return false;
        }
        return true;
    }

    public void WriteObject(Object value) {
        out.write(value);
    }

    public void WriteVerbose(String text) {
        MessageStreams.write(frame, new InformationalRecord.VerboseRecord(text));
    }

    public void WriteWarning(String text) {
        MessageStreams.write(frame, new InformationalRecord.WarningRecord(text));
    }

    public void WriteDebug(String text) {
        MessageStreams.write(frame, new InformationalRecord.DebugRecord(text));
    }

    public void WriteError(dev.jpwsh.runtime.error.ErrorRecord record) {
        frame.context().errorStream().write(frame, record);
    }

    public void ThrowTerminatingError(dev.jpwsh.runtime.error.ErrorRecord record) {
        throw new PSException(record, true);
    }
}
