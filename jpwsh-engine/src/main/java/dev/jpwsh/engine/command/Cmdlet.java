package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.error.ErrorRecord;

/**
 * The base of commands written in Java. Parameters are fields marked {@link Parameter}; the engine sets them
 * before {@link #beginProcessing}, and sets the pipeline-input parameter before each {@link #processRecord}.
 * One instance serves one invocation. Scripts see it as System.Management.Automation.Cmdlet ({@code [Cmdlet].Assembly}).
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.Cmdlet")
public abstract class Cmdlet {
    private Frame frame;
    private Scope callerScope;
    private Pipe out;
    private CmdletInfo info;
    private String parameterSetName;

    final void attach(Frame frame, Scope callerScope, Pipe out, CmdletInfo info, String parameterSetName) {
        this.frame = frame;
        this.callerScope = callerScope;
        this.out = out;
        this.info = info;
        this.parameterSetName = parameterSetName;
    }

    protected void beginProcessing() {
    }

    protected void processRecord() {
    }

    protected void endProcessing() {
    }

    /** Writes one object to the pipeline, as is. */
    protected final void writeObject(Object value) {
        out.write(value);
    }

    /** Writes an object, enumerating it when it is a collection. */
    protected final void writeEnumerated(Object value) {
        Enumerables.write(value, out);
    }

    /**
     * Reports a non-terminating error, honouring the error action in force. Unless it already names a command, the
     * error names this cmdlet, and its id ends with the implementing type ({@code Id,Namespace.TypeCommand}).
     */
    protected final void writeError(ErrorRecord record) {
        passOnError(record.reportedBy(info.getName(), info.typeName()));
    }

    /**
     * Reports an error that belongs to someone else, the caller's (Write-Error) or a job's (Receive-Job), with its id
     * as it is, as pwsh's PreserveInvocationInfoOnce does; it shows this cmdlet's name if it names no command.
     */
    protected final void passOnError(ErrorRecord record) {
        frame.context().errorStream().write(frame, record.withCommandName(info.getName()));
    }

    /** A terminating error of this cmdlet, as pwsh's ThrowTerminatingError makes it: it names this cmdlet. */
    protected final PSException terminatingError(ErrorRecord record) {
        return new PSException(record.reportedBy(info.getName(), info.typeName()));
    }

    /** {@code error} as a terminating error of this cmdlet, reported as {@link #terminatingError(ErrorRecord)}. */
    protected final PSException terminatingError(PSException error) {
        return error.withRecord(error.record().reportedBy(info.getName(), info.typeName()));
    }

    /** The parameter set the arguments selected, as {@code $PSCmdlet.ParameterSetName} tells. */
    /**
     * Stops the commands before this one in the pipeline (pwsh's StopUpstreamCommandsException): no more input
     * comes, and this command and those after it end as usual. Throws; call it last.
     */
    protected final void stopUpstreamCommands() {
        throw new dev.jpwsh.engine.exec.FlowSignal.StopUpstream(this);
    }

    /** The parameter set the current pipeline object's binding chose. */
    final void parameterSet(String name) {
        this.parameterSetName = name;
    }

    protected final String parameterSetName() {
        return parameterSetName;
    }

    protected final Frame frame() {
        return frame;
    }

    /**
     * The scope the command was called from; {@link #frame()} may be a child of it holding the preference
     * variables that common parameters such as {@code -ErrorAction} set.
     */
    protected final Scope callerScope() {
        return callerScope;
    }

    protected final HostUserInterface ui() {
        return frame.context().host().ui();
    }

    /** A preference variable's value as text ({@code Continue}, {@code SilentlyContinue}, ...). */
    protected final String preference(String name) {
        Object value = frame.variable(name.toLowerCase(java.util.Locale.ROOT));
        return value == null ? "Continue" : value.toString();
    }

    /**
     * {@return false under -WhatIf, after printing what would have happened as pwsh words it, or when the user
     * declines; true otherwise} The user is asked under -Confirm, or when the cmdlet's {@link SupportsShouldProcess}
     * impact is at least {@code $ConfirmPreference}.
     */
    protected final boolean shouldProcess(String target, String action) {
        SupportsShouldProcess declared = getClass().getAnnotation(SupportsShouldProcess.class);
        return dev.jpwsh.engine.exec.Confirmations.shouldProcess(frame,
                declared == null ? dev.jpwsh.engine.exec.ConfirmImpact.None : declared.value(),
                dev.jpwsh.engine.exec.Confirmations.operation(action, target), false, null);
    }
}
