package dev.jpwsh.engine.exec;

import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.engine.command.ScriptCommandOptions;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.List;

/**
 * {@code $PSCmdlet} in an advanced function or script: its invocation, parameter set and runtime, the session it
 * runs in ({@code SessionState}, {@code InvokeCommand}, {@code InvokeProvider}, provider paths, variables), and the
 * cmdlet methods scripts call: the Write* methods, {@code ThrowTerminatingError}, and {@code ShouldProcess} and
 * {@code ShouldContinue} as {@link Confirmations} decides them.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.PSScriptCmdlet")
public final class CmdletContext {
    /** The local variable holding a paging command's {@link PagingParameters}. */
    public static final String PAGING = "__PagingParameters";

    private final Frame frame;
    private final InvocationInfo invocation;
    private final Pipe out;
    private final ScriptCommandOptions options;
    /** The "to All" answer to this run's confirmation prompts. */
    private final Confirmations.Answers answers = new Confirmations.Answers();

    /** The context of a command that declares no options (the defaults: ConfirmImpact Medium). */
    public CmdletContext(Frame frame, InvocationInfo invocation, Pipe out) {
        this(frame, invocation, out, ScriptCommandOptions.PLAIN);
    }

    public CmdletContext(Frame frame, InvocationInfo invocation, Pipe out, ScriptCommandOptions options) {
        this.frame = frame;
        this.invocation = invocation;
        this.out = out;
        this.options = options;
    }

    public InvocationInfo getMyInvocation() {
        return invocation;
    }

    public String getParameterSetName() {
        Object set = frame.variable(Scope.key(dev.jpwsh.engine.command.ScriptParameterBinder.PARAMETER_SET));
        return set == null ? "__AllParameterSets" : set.toString();
    }

    public CommandRuntime getCommandRuntime() {
        return new CommandRuntime(this);
    }

    public Object getSessionState() {
        return services().sessionState(frame);
    }

    public Object getInvokeCommand() {
        return services().invokeCommand(frame, out);
    }

    public Object getInvokeProvider() {
        return services().invokeProvider(frame);
    }

    public Object getHost() {
        return frame.context().host();
    }

    public PathInfo CurrentProviderLocation(String provider) {
        return services().currentLocation(frame, provider);
    }

    /** The paging parameters of a command that supports paging; null for another. */
    public PagingParameters getPagingParameters() {
        PSVariable paging = frame.scope().local(Scope.key(PAGING));
        return paging == null ? null : (PagingParameters) paging.value();
    }

    public Object GetVariableValue(String name) {
        return frame.variable(Scope.key(name));
    }

    public Object GetVariableValue(String name, Object defaultValue) {
        PSVariable variable = frame.scope().lookup(Scope.key(name));
        return variable == null ? defaultValue : variable.value();
    }

    public List<String> GetResolvedProviderPathFromPSPath(String path, Ref provider) {
        return services().resolvedProviderPaths(frame, path, provider);
    }

    public String GetUnresolvedProviderPathFromPSPath(String path) {
        return services().unresolvedProviderPath(frame, path);
    }

    public boolean ShouldProcess(String target) {
        return ShouldProcess(target, invocation.myCommand().name());
    }

    public boolean ShouldProcess(String target, String action) {
        return Confirmations.shouldProcess(frame, impact(), Confirmations.operation(action, target), null, null,
                verbose(), null, answers);
    }

    public boolean ShouldProcess(String verboseDescription, String verboseWarning, String caption) {
        return Confirmations.shouldProcess(frame, impact(), verboseDescription, verboseWarning, caption, verbose(),
                null, answers);
    }

    public boolean ShouldProcess(String verboseDescription, String verboseWarning, String caption, Ref reason) {
        return Confirmations.shouldProcess(frame, impact(), verboseDescription, verboseWarning, caption, verbose(),
                reason, answers);
    }

    public boolean ShouldContinue(String query, String caption) {
        return Confirmations.shouldContinue(frame, query, caption, false, null, null);
    }

    public boolean ShouldContinue(String query, String caption, Ref yesToAll, Ref noToAll) {
        return Confirmations.shouldContinue(frame, query, caption, false, yesToAll, noToAll);
    }

    public boolean ShouldContinue(String query, String caption, boolean hasSecurityImpact, Ref yesToAll,
            Ref noToAll) {
        return Confirmations.shouldContinue(frame, query, caption, hasSecurityImpact, yesToAll, noToAll);
    }

    private ConfirmImpact impact() {
        return ConfirmImpact.valueOf(options.confirmImpact());
    }

    /** Whether -Verbose was given to this command, which makes an unasked ShouldProcess say what it does. */
    private boolean verbose() {
        PSVariable preference = frame.scope().local(Scope.key("VerbosePreference"));
        return preference != null && "Continue".equalsIgnoreCase(String.valueOf(preference.value()));
    }

    public void WriteObject(Object value) {
        out.write(value);
    }

    /** Writes {@code value}, one item at a time when {@code enumerateCollection} and it is a collection. */
    public void WriteObject(Object value, boolean enumerateCollection) {
        if (enumerateCollection) {
            Enumerables.write(value, out);
        } else {
            out.write(value);
        }
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

    /** An information record with {@code messageData}, its source the calling script's path or the command's name. */
    public void WriteInformation(Object messageData, String[] tags) {
        String path = invocation.getPSCommandPath();
        String source = path == null || path.isEmpty() ? invocation.myCommand().name() : path;
        WriteInformation(new InformationRecord(messageData, source, tags == null ? List.of() : List.of(tags)));
    }

    public void WriteInformation(InformationRecord record) {
        MessageStreams.writeInformation(frame, record, false,
                () -> frame.context().host().ui().writeLine(record.toString()));
    }

    public void WriteProgress(ProgressRecord record) {
        MessageStreams.writeProgress(frame, record);
    }

    /** A non-terminating error of this command: its id ends with the command's name, as pwsh's does. */
    public void WriteError(ErrorRecord record) {
        frame.context().errorStream().write(frame, ofThisCommand(record));
    }

    /** Ends the command with {@code record}, its id ending with the command's name. */
    public void ThrowTerminatingError(ErrorRecord record) {
        throw new PSException(ofThisCommand(record), true);
    }

    /** {@code record} as this command's error; a null record is .NET's ArgumentNullException, as in pwsh. */
    private ErrorRecord ofThisCommand(ErrorRecord record) {
        dev.jpwsh.dotnet.ArgumentExceptions.notNull(record, "errorRecord");
        String name = invocation == null ? null : invocation.myCommand().name();
        return name == null ? record : record.reportedBy(name, name);
    }

    private ScriptCmdletServices services() {
        return frame.context().service(ScriptCmdletServices.class);
    }

    @Override
    public String toString() {
        return invocation == null ? "" : invocation.myCommand().name();
    }

    /**
     * {@code $PSCmdlet.CommandRuntime}: the runtime the command writes through; it shows as the command's name and
     * offers the same Write and Should methods.
     */
    @dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.MshCommandRuntime")
    public static final class CommandRuntime {
        private final CmdletContext cmdlet;

        CommandRuntime(CmdletContext cmdlet) {
            this.cmdlet = cmdlet;
        }

        public void WriteObject(Object value) {
            cmdlet.WriteObject(value);
        }

        public void WriteObject(Object value, boolean enumerateCollection) {
            cmdlet.WriteObject(value, enumerateCollection);
        }

        public void WriteError(ErrorRecord record) {
            cmdlet.WriteError(record);
        }

        public boolean ShouldProcess(String target) {
            return cmdlet.ShouldProcess(target);
        }

        public boolean ShouldProcess(String target, String action) {
            return cmdlet.ShouldProcess(target, action);
        }

        @Override
        public String toString() {
            return cmdlet.toString();
        }
    }
}
