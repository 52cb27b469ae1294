package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.InstanceIds;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.exec.StateInfo;
import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.command.CommandArgument;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.dotnet.threading.AsyncCallback;
import dev.jpwsh.dotnet.collections.PSCollection;
import dev.jpwsh.dotnet.SystemStatics.Guid;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * {@code [powershell]}: commands to run in a runspace or a pool, run synchronously ({@link #invoke}) or not
 * ({@link #beginInvoke}), with output and streams gathered for the caller.
 *
 * <p>An invocation goes from Running to Completed, Failed or (through Stopping) Stopped; {@code InvocationLifecycle}
 * lists every state and transition. Each invocation is an {@code Invocation} (where it runs and how it ends) that runs
 * a {@code StatementBatch} (the statements and their streams) on the runspace's thread.
 *
 * <p>Thread safety: the builder methods and the runspace/pool setters are for the owning thread while the
 * instance is not running. The invocation state is shared safely with the pipeline thread and stopping threads
 * ({@code InvocationLifecycle}); the runspace and pool fields are guarded by this instance's monitor.
 */
@DotNetName("System.Management.Automation.PowerShell")
public final class PowerShell extends PowerShellTasks implements AutoCloseable {
    private final Guid instanceId = InstanceIds.next();
    private final InvocationLifecycle lifecycle = new InvocationLifecycle();
    private final PSDataStreams streams = new PSDataStreams();
    private PSCommand commands = new PSCommand();
    private Runspace runspace;
    private RunspacePool pool;
    private boolean ownsRunspace;
    /** Made with RunspaceMode.CurrentRunspace: invoked from that runspace's pipeline, it runs there, nested. */
    private boolean nested;
    private boolean disposed;

    private PowerShell() {
    }

    /**
     * {@return a new instance with no runspace yet: the first invocation, or the first read of {@link #getRunspace()},
     * creates and opens one that the instance owns and disposes with itself}
     */
    public static PowerShell create() {
        return new PowerShell();
    }

    /**
     * A new instance for {@code mode}: NewRunspace as {@link #create()}; CurrentRunspace runs in this thread's
     * {@code [runspace]::DefaultRunspace}, which it does not own, as a nested pipeline when invoked from that
     * runspace's running pipeline, and refuses BeginInvoke. CurrentRunspace on a thread without a default runspace
     * throws InvalidOperationException (NoDefaultRunspaceForPSCreate).
     *
     * @param mode where the instance runs
     * @return the new instance
     */
    public static PowerShell create(RunspaceMode mode) {
        PowerShell shell = new PowerShell();
        if (mode == RunspaceMode.CurrentRunspace) {
            Runspace current = Runspace.getDefaultRunspace();
            if (current == null) {
                throw RunspaceErrors.noDefaultRunspace();
            }
            shell.runspace = current;
            shell.nested = true;
        }
        return shell;
    }

    /**
     * A new instance on a new runspace built from {@code initialSessionState} and opened at once, so an open that fails
     * throws here. The instance does not own that runspace: disposing the instance leaves it open.
     *
     * @param initialSessionState copied by the new runspace; null throws PSArgumentNullException (ArgumentNull)
     * @return the new instance
     */
    public static PowerShell create(InitialSessionState initialSessionState) {
        PowerShell shell = new PowerShell();
        Runspace created = RunspaceFactory.createRunspace(initialSessionState);
        created.open();
        shell.runspace = created;
        return shell;
    }

    /**
     * {@return a new instance that runs in {@code runspace}, which it does not own}
     *
     * @param runspace the runspace, which must be Opened when an invocation starts; null throws PSArgumentNullException
     */
    public static PowerShell create(Runspace runspace) {
        if (runspace == null) {
            throw RunspaceErrors.argumentNull("runspace");
        }
        PowerShell shell = new PowerShell();
        shell.runspace = runspace;
        return shell;
    }

    // ---- building commands ----

    /**
     * Adds {@code script} as the next element of the current pipeline, dot-sourced into the global scope, so what it
     * defines stays in the runspace for later invocations; as {@link #addScript(String, boolean)} with false.
     *
     * @param script the script text
     * @return this instance
     */
    public PowerShell addScript(String script) {
        return addScript(script, false);
    }

    /**
     * Adds {@code script} as the next element of the current pipeline: it gets the previous element's output as its
     * input ({@code $input}), and the parameters and arguments added next bind to its {@code param()} block or go to
     * {@code $args}. Refused while the instance is Running or Stopping (InvalidPowerShellStateException,
     * InvalidPowerShellStateGeneral) and after Dispose (ObjectDisposedException).
     *
     * @param script the script text, parsed when the invocation runs (a parse error fails it; in NoLanguage it fails
     *     with ScriptsNotAllowed); null throws PSArgumentNullException
     * @param useLocalScope true to run it in a new child scope; false dot-sources it into the global scope
     * @return this instance
     */
    public PowerShell addScript(String script, boolean useLocalScope) {
        checkBuildable();
        if (script == null) {
            throw RunspaceErrors.argumentNull("script");
        }
        commands.add(new PSCommand.Element(script, true, useLocalScope, new ArrayList<>()));
        return this;
    }

    /**
     * Adds the command {@code command} (a cmdlet, function, alias or script path) as the next element of the current
     * pipeline, run in its usual scope. Refused while running and after Dispose, as {@link #addScript(String, boolean)}
     * is.
     *
     * @param command the command's name or path, resolved when the invocation runs (an unknown one fails it with
     *     CommandNotFoundException); null throws PSArgumentNullException
     * @return this instance
     */
    public PowerShell addCommand(String command) {
        checkBuildable();
        if (command == null) {
            throw RunspaceErrors.argumentNull("command");
        }
        commands.add(new PSCommand.Element(command, false, null, new ArrayList<>()));
        return this;
    }

    /**
     * Adds the command {@code command} as the next element of the current pipeline, as {@link #addCommand(String)}
     * does, with an explicit scope. Refused while running and after Dispose, as {@link #addScript(String, boolean)} is.
     *
     * @param command the command's name or path, resolved when the invocation runs; null throws
     *     PSArgumentNullException
     * @param useLocalScope true for a new scope; false dot-sources a script or function into the global scope, which
     *     RestrictedLanguage and NoLanguage refuse when the invocation runs
     * @return this instance
     */
    public PowerShell addCommand(String command, boolean useLocalScope) {
        checkBuildable();
        if (command == null) {
            throw RunspaceErrors.argumentNull("cmdlet");
        }
        commands.add(new PSCommand.Element(command, false, useLocalScope, new ArrayList<>()));
        return this;
    }

    /**
     * Adds the named parameter {@code name} with {@code value} to the element added last; with no element in the
     * current statement, InvalidOperationException (ParameterRequiresCommand). Refused while running and after Dispose,
     * as {@link #addScript(String, boolean)} is.
     *
     * @param name the parameter's name; null adds {@code value} as a positional argument, as .NET's
     *     CommandParameter does, and a blank one throws PSArgumentException
     * @param value the value, passed as it is (no copy)
     * @return this instance
     */
    public PowerShell addParameter(String name, Object value) {
        List<CommandArgument> arguments = currentArguments();
        if (name != null && name.isBlank()) {
            throw RunspaceErrors.argumentInvalid("name");
        }
        arguments.add(CommandArgument.parameterWithValue(name, value));
        return this;
    }

    /**
     * A switch parameter.
     *
     * @param name the switch's name; it is added with the value true
     * @return this instance
     */
    public PowerShell addParameter(String name) {
        return addParameter(name, true);
    }

    /**
     * Adds {@code value} as the next positional argument of the element added last; with no element in the current
     * statement, InvalidOperationException (ParameterRequiresCommand). Refused while running and after Dispose, as
     * {@link #addScript(String, boolean)} is.
     *
     * @param value the argument, passed as it is (no copy)
     * @return this instance
     */
    public PowerShell addArgument(Object value) {
        currentArguments().add(CommandArgument.value(value));
        return this;
    }

    /**
     * A dictionary's entries as named parameters, or a list's items as positional arguments, for the last command
     * added (else InvalidOperationException, ParameterRequiresCommand).
     *
     * @param parameters a map whose keys are strings (else ArgumentException, KeyMustBeString) or anything
     *     enumerable; null throws PSArgumentNullException
     * @return this instance
     */
    public PowerShell addParameters(Object parameters) {
        if (parameters == null) {
            throw RunspaceErrors.argumentNull("parameters");
        }
        List<CommandArgument> arguments = currentArguments();
        if (parameters instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String name)) {
                    throw RunspaceErrors.keyMustBeString();
                }
                arguments.add(CommandArgument.parameterWithValue(name, entry.getValue()));
            }
        } else {
            for (Object item : Enumeration.toList(parameters)) {
                addArgument(item);
            }
        }
        return this;
    }

    /**
     * Ends the current statement: the next element starts a new pipeline, run after this one in the same runspace and
     * invocation (batch mode). In a batch a statement's terminating error is recorded in the Error stream and the next
     * statement runs, unless an ErrorAction of Stop made the error or
     * {@link PSInvocationSettings#getErrorActionPreference()} is Stop (Ignore drops the record and goes on). With no
     * element added since the last statement ended, it changes nothing. Refused while running and after Dispose, as
     * {@link #addScript(String, boolean)} is.
     *
     * @return this instance
     */
    public PowerShell addStatement() {
        checkBuildable();
        commands.addStatement();
        return this;
    }

    /** {@return the commands to run: the object the Add methods extend, kept for every later invocation} */
    public PSCommand getCommands() {
        return commands;
    }

    /**
     * Replaces the commands with a copy of {@code commands}. Refused while running and after Dispose, as
     * {@link #addScript(String, boolean)} is.
     *
     * @param commands the commands; copied, so later changes to it do not reach this instance; null throws
     *     PSArgumentNullException
     */
    public void setCommands(PSCommand commands) {
        checkBuildable();
        if (commands == null) {
            throw RunspaceErrors.argumentNull("Command");
        }
        this.commands = commands.Clone();
    }

    private List<CommandArgument> currentArguments() {
        checkBuildable();
        PSCommand.Element element = commands.current();
        if (element == null) {
            throw RunspaceErrors.parameterRequiresCommand();
        }
        return element.arguments();
    }

    private void checkBuildable() {
        if (disposed) {
            throw RunspaceErrors.disposed("PowerShell");
        }
        if (lifecycle.isRunning()) {
            throw RunspaceErrors.powerShellRunning();
        }
    }

    // ---- where it runs ----

    /**
     * The runspace it runs in; a PowerShell made by {@link #create()} makes and opens its own on first use.
     *
     * @return the runspace; with a pool, the member an invocation has borrowed while it runs, else null
     */
    public synchronized Runspace getRunspace() {
        if (runspace == null && pool == null) {
            runspace = RunspaceFactory.createRunspace();
            runspace.open();
            ownsRunspace = true;
        }
        return runspace;
    }

    /**
     * Makes the instance run in {@code value}, which it does not own, and drops its pool; a runspace the instance
     * created itself is disposed first. Refused while running and after Dispose, as {@link #addScript(String, boolean)}
     * is.
     *
     * @param value the runspace; null makes the next invocation create one of its own
     */
    public synchronized void setRunspace(Runspace value) {
        checkBuildable();
        disposeOwnedRunspace();
        runspace = value;
        pool = null;
    }

    /** {@return the pool that invocations borrow a runspace from, or null} */
    public synchronized RunspacePool getRunspacePool() {
        return pool;
    }

    /**
     * Makes invocations borrow a runspace from {@code value}; a runspace the instance created itself is disposed, and
     * {@link #getRunspace()} reads null outside invocations. Refused while running and after Dispose, as
     * {@link #addScript(String, boolean)} is.
     *
     * @param value the pool; null is ignored
     */
    public synchronized void setRunspacePool(RunspacePool value) {
        checkBuildable();
        if (value == null) {
            return;
        }
        disposeOwnedRunspace();
        runspace = null;
        pool = value;
    }

    /**
     * {@return whether the instance was made with RunspaceMode.CurrentRunspace, so that it runs nested in the calling
     * pipeline and refuses BeginInvoke}
     */
    public boolean getIsNested() {
        return nested;
    }

    /**
     * {@return whether the instance created its runspace itself (see {@link #create()}) and so disposes it with itself}
     */
    public synchronized boolean getIsRunspaceOwner() {
        return ownsRunspace;
    }

    private void disposeOwnedRunspace() {
        if (ownsRunspace && runspace != null) {
            runspace.dispose();
        }
        ownsRunspace = false;
    }

    /** An invocation runs on {@code member}, borrowed from the pool: {@link #getRunspace()} reads it meanwhile. */
    synchronized void borrow(Runspace member) {
        runspace = member;
    }

    /** The invocation on {@code member} has ended: it goes back to {@code from}, if it came from a pool. */
    synchronized void giveBack(RunspacePool from, Runspace member) {
        if (from != null) {
            runspace = null;
            from.release(member);
        }
    }

    // ---- state ----

    /** {@return a Guid that identifies this instance, the same for each of its invocations} */
    public Guid getInstanceId() {
        return instanceId;
    }

    /**
     * {@return the invocation's state and Reason: the exception for Failed, a PipelineStoppedException for Stopped
     * (null if it never ran)} The value is a snapshot: later transitions do not change it.
     */
    public StateInfo<PSInvocationState> getInvocationStateInfo() {
        return lifecycle.info();
    }

    /**
     * Java listeners for InvocationStateChanged; scripts subscribe with Register-ObjectEvent.
     *
     * @param listener called with each new state on the thread that made the transition: Running on the invoking
     *     thread, the end usually on the pipeline's thread, before EndInvoke returns and the AsyncCallback runs; what
     *     it throws is ignored
     */
    public void addInvocationStateChangedListener(Consumer<StateInfo<PSInvocationState>> listener) {
        lifecycle.addListener(listener);
    }

    /**
     * Removes a listener added with {@link #addInvocationStateChangedListener}; one never added is ignored.
     *
     * @param listener the listener to remove
     */
    public void removeInvocationStateChangedListener(Consumer<StateInfo<PSInvocationState>> listener) {
        lifecycle.removeListener(listener);
    }

    /**
     * {@return the Error, Warning, Verbose, Debug, Information and Progress records of the invocations so far; they are
     * never cleared automatically (ClearStreams does)}
     */
    public PSDataStreams getStreams() {
        return streams;
    }

    /**
     * {@return whether the last invocation wrote an error record or ended with a terminating error; reset when an
     * invocation starts}
     */
    public boolean getHadErrors() {
        return lifecycle.hadErrors();
    }

    // ---- invoking ----

    /**
     * Runs the commands and returns their output; a terminating error is thrown, a stop returns what came.
     *
     * @return the output, empty when there is none
     */
    public PSCollection invoke() {
        return invoke((Object) null);
    }

    /**
     * Returns a System.Collections.ObjectModel.Collection, as .NET's Invoke does.
     *
     * @param input enumerated into the first command's pipeline input; null for none
     * @return the output, empty when there is none
     */
    public PSCollection invoke(Object input) {
        return invoke(input, (PSInvocationSettings) null);
    }

    /**
     * With {@code settings} for this invocation only; null means the defaults.
     *
     * <p>The invocation runs on the instance's runspace, or on a runspace borrowed from its pool (waiting for one
     * when all are busy), and this thread waits for it. No commands throws InvalidOperationException
     * (NoCommandToInvoke), an invocation still running ExecutionAlreadyStarted or ExecutionStopping, a disposed
     * instance ObjectDisposedException. The instance goes Failed and the exception is thrown when the runspace is
     * not Opened (InvalidRunspaceStateException, InvalidRunspaceState), is busy (PSInvalidOperationException,
     * ConcurrentInvokeNotAllowed), or the pool is not Opened (InvalidRunspacePoolStateException). A terminating
     * error of the commands is thrown as it is, or as ActionPreferenceStopException when an ErrorAction of Stop made
     * it; non-terminating errors go to the Error stream only.
     *
     * @param input enumerated into the first command's pipeline input; null for none
     * @param settings the settings, or null for the defaults
     * @return the output, empty when there is none
     */
    public PSCollection invoke(Object input, PSInvocationSettings settings) {
        PSDataCollection<Object> output = new PSDataCollection<>();
        invokeInto(input, output, settings);
        return new PSCollection(output.readAll());
    }

    /**
     * {@code Invoke<T>()}: each output item converted to {@code type} as PowerShell converts values. A script
     * calls it as {@code $ps.Invoke[string]()}.
     *
     * @param <T> the type of the items returned
     * @param type what each output item is converted to
     * @return the converted output; an item that does not convert throws
     */
    public <T> List<T> invoke(Class<T> type) {
        return invoke(null, type);
    }

    /**
     * {@code Invoke<T>(input)}: as {@link #invoke(Class)}, with {@code input} as pipeline input.
     *
     * @param <T> the type of the items returned
     * @param input enumerated into the first command's pipeline input; null for none
     * @param type what each output item is converted to
     * @return the converted output; an item that does not convert throws
     */
    public <T> List<T> invoke(Object input, Class<T> type) {
        List<T> converted = new ArrayList<>();
        for (Object item : invoke(input)) {
            try {
                converted.add(type.cast(Conversions.convert(item, type)));
            } catch (PSException e) {
                throw RunspaceErrors.forCaller(e);
            }
        }
        return converted;
    }

    /**
     * The output appended to {@code output} as it comes, so a failure or a stop keeps what came before it.
     *
     * @param input enumerated into the first command's pipeline input; null for none
     * @param output receives each output item, on the pipeline's thread, as it is written; a
     *     {@link PSDataCollection} is written to directly and completed when the invocation ends
     */
    public void invoke(Object input, List<Object> output) {
        invoke(input, output, (PSInvocationSettings) null);
    }

    /**
     * As {@link #invoke(Object, List)}, with {@code settings} for this invocation only.
     *
     * @param input enumerated into the first command's pipeline input; null for none
     * @param output receives each output item as it is written; null throws PSArgumentNullException
     * @param settings the settings, or null for the defaults
     */
    public void invoke(Object input, List<Object> output, PSInvocationSettings settings) {
        if (output == null) {
            throw RunspaceErrors.argumentNull("output");
        }
        if (output instanceof PSDataCollection<Object> collection) {
            invokeInto(input, collection, settings);
            return;
        }
        PSDataCollection<Object> forwarding = new PSDataCollection<>();
        forwarding.addDataAddedListener(output::add);
        invokeInto(input, forwarding, settings);
    }

    /** Runs synchronously, writing to {@code output}; a terminating error is thrown, a stop returns. */
    private void invokeInto(Object input, PSDataCollection<Object> output, PSInvocationSettings settings) {
        Iterator<?> items = input == null ? null : Enumeration.toList(input).iterator();
        try {
            start(items, output, settings, true).join();
        } catch (CompletionException e) {
            if (lifecycle.state() != PSInvocationState.Stopped) {
                throw RunspaceErrors.forCaller(e.getCause());
            }
        }
    }

    /**
     * Starts the commands with no input and returns without waiting for them (unless the runspace's thread options say
     * UseCurrentThread); as
     * {@link #beginInvoke(PSDataCollection, PSDataCollection, PSInvocationSettings, AsyncCallback, Object)} with nulls.
     *
     * @return the result to pass to {@link #endInvoke}, which returns the output
     */
    public PowerShellAsyncResult beginInvoke() {
        return beginInvoke(null, null, null, null, null);
    }

    /**
     * Reads {@code input} as it fills, until it is completed.
     *
     * @param input the input; the invocation does not end before the caller completes it
     * @return the result to pass to {@link #endInvoke}, which returns the output
     */
    public PowerShellAsyncResult beginInvoke(PSDataCollection<?> input) {
        return beginInvoke(input, null, null, null, null);
    }

    /**
     * Output goes to {@code output}; EndInvoke then returns null.
     *
     * @param input read as it fills until the caller completes it; null for none
     * @param output where the output goes
     * @return the result to pass to {@link #endInvoke}
     */
    public PowerShellAsyncResult beginInvoke(PSDataCollection<?> input, PSDataCollection<Object> output) {
        return beginInvoke(input, output, null, null, null);
    }

    /**
     * With {@code settings} (null for the defaults); {@code callback} (may be null) is called when it ends.
     *
     * @param input read as it fills until the caller completes it; null for none
     * @param settings the settings for this invocation
     * @param callback called when the invocation has ended
     * @param state the result's AsyncState
     * @return the result to pass to {@link #endInvoke}, which returns the output
     */
    public PowerShellAsyncResult beginInvoke(PSDataCollection<?> input, PSInvocationSettings settings,
            AsyncCallback callback, Object state) {
        return beginInvoke(input, null, settings, callback, state);
    }

    /**
     * Starts the commands and returns without waiting for them; {@link #endInvoke} waits and returns the output or
     * throws the failure. What refuses a synchronous invocation (see {@link #invoke(Object, PSInvocationSettings)}) is
     * thrown from here too, and a nested instance throws InvalidOperationException (NestedPowerShellInvokeAsync). When
     * the invocation ends, the InvocationStateChanged listeners run, then the result completes and {@code callback}
     * runs, on the pipeline's thread.
     *
     * @param input read as it fills until the caller completes it (the invocation does not end before that); null for
     *     none
     * @param output where the output goes; null for an internal collection that EndInvoke returns
     * @param settings the settings, or null for the defaults (a batch then follows the runspace's
     *     {@code $ErrorActionPreference})
     * @param callback called when the invocation has ended; may be null
     * @param state the result's AsyncState
     * @return the result to pass to {@link #endInvoke}
     */
    public PowerShellAsyncResult beginInvoke(PSDataCollection<?> input, PSDataCollection<Object> output,
            PSInvocationSettings settings, AsyncCallback callback, Object state) {
        if (nested) {
            throw RunspaceErrors.nestedInvokeAsync();
        }
        PSDataCollection<Object> target = output == null ? new PSDataCollection<>() : output;
        PowerShellAsyncResult result = new PowerShellAsyncResult(this, true, output == null ? target : null, callback,
                state);
        start(input == null ? null : input.blockingIterator(), target,
                settings == null ? PSInvocationSettings.followingRunspacePreference() : settings, false)
                .whenComplete((ignored, failure) -> result.complete(failure));
        return result;
    }

    /**
     * Waits for the invocation {@code result} stands for; rethrows its failure, or PipelineStopped.
     *
     * @param result from this instance's BeginInvoke; null throws PSArgumentNullException, another instance's or a
     *     BeginStop result ArgumentException (AsyncResultNotOwned)
     * @return the output, or null when BeginInvoke was given an output collection
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public PSDataCollection<Object> endInvoke(PowerShellAsyncResult result) throws InterruptedException {
        if (result == null) {
            throw RunspaceErrors.argumentNull("asyncResult");
        }
        if (!result.startedBy(this, true)) {
            throw RunspaceErrors.asyncResultNotOwned();
        }
        Throwable failure = result.await();
        if (lifecycle.state() == PSInvocationState.Stopped) {
            throw RunspaceErrors.stopped();
        }
        if (failure != null) {
            throw RunspaceErrors.forCaller(failure);
        }
        return result.output();
    }

    /**
     * The output, or the failure, when the invocation ends; scripts see the Task pwsh's InvokeAsync returns.
     *
     * @return completes with the output, or exceptionally with the failure (PipelineStoppedException when stopped)
     */
    public dev.jpwsh.dotnet.threading.Task<PSDataCollection<Object>> invokeAsync() {
        PSDataCollection<Object> output = new PSDataCollection<>();
        return dev.jpwsh.dotnet.threading.Task.of(start(null, output, null, false).handle((ignored, failure) -> {
            if (lifecycle.state() == PSInvocationState.Stopped) {
                throw RunspaceErrors.stopped();
            }
            if (failure != null) {
                throw RunspaceErrors.forCaller(failure);
            }
            return output;
        }), dev.jpwsh.engine.types.DotNetType.typeOf(output));
    }

    /**
     * Stops the invocation and waits until it has ended. Called by the invocation's own script, it cannot wait for
     * itself: it throws PipelineStoppedException there and then, which ends the invocation as Stopped.
     */
    public void stop() {
        CompletableFuture<Void> stopping = requestStop();
        Runspace target = runspace;
        if (target != null && target.isRunningOnCurrentThread(this)) {
            // the invocation stops itself: it cannot wait for its own end, so it ends here
            throw RunspaceErrors.stopped();
        }
        stopping.join();
    }

    /**
     * Starts stopping the invocation, as {@link #stop()} does, without waiting.
     *
     * @return completes when the invocation has ended; at once when nothing runs
     */
    public CompletableFuture<Void> stopAsync() {
        return requestStop();
    }

    /**
     * Starts stopping the invocation, as {@link #stop()} does, without waiting.
     *
     * @param callback called once the invocation has ended; may be null
     * @param state the result's AsyncState
     * @return the result to pass to {@link #endStop}
     */
    public PowerShellAsyncResult beginStop(AsyncCallback callback, Object state) {
        PowerShellAsyncResult result = new PowerShellAsyncResult(this, false, null, callback, state);
        requestStop().whenComplete((ignored, failure) -> result.complete(null));
        return result;
    }

    /**
     * Waits until the stop that {@code result} stands for has finished.
     *
     * @param result the result of this instance's {@link #beginStop}; null throws PSArgumentNullException, any other
     *     ArgumentException (AsyncResultNotOwned)
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public void endStop(PowerShellAsyncResult result) throws InterruptedException {
        if (result == null) {
            throw RunspaceErrors.argumentNull("asyncResult");
        }
        if (!result.startedBy(this, false)) {
            throw RunspaceErrors.asyncResultNotOwned();
        }
        result.await();
    }

    private CompletableFuture<Void> requestStop() {
        if (lifecycle.stopUnstarted()) {
            return CompletableFuture.completedFuture(null);
        }
        if (lifecycle.stopRunning()) {
            CompletableFuture<Runspace> pending = lifecycle.pendingMember();
            RunspacePool from = getRunspacePool();
            if (pending != null && from != null) {
                from.cancel(pending);
            }
            Runspace target;
            synchronized (this) {
                target = runspace;
            }
            if (target != null) {
                target.interrupt(this);
            }
        }
        return lifecycle.whenEnded();
    }

    /**
     * Starts the commands on the runspace (or a pool member) and returns a future that completes, after the
     * final state is set, with the failure if there was one. {@code callerWaits}: this thread does nothing but wait
     * for that future, so the runspace may run the commands on it ({@link Runspace#execute(Object, Runnable,
     * boolean)}).
     */
    private CompletableFuture<Void> start(Iterator<?> input, PSDataCollection<Object> output,
            PSInvocationSettings requested, boolean callerWaits) {
        if (disposed) {
            throw RunspaceErrors.disposed("PowerShell");
        }
        if (commands.isEmpty()) {
            throw RunspaceErrors.noCommand();
        }
        CompletableFuture<Void> ended = lifecycle.begin();
        PSInvocationSettings settings = requested == null ? PSInvocationSettings.defaults() : requested;
        StatementBatch batch = new StatementBatch(commands, streams, lifecycle, input, output, settings);
        new Invocation(this, lifecycle, batch, output, ended).start(nested, runspace, callerWaits);
        return ended;
    }

    // ---- disposal ----

    /** Stops a running invocation and disposes the runspace it created for itself. */
    public void dispose() {
        if (disposed) {
            return;
        }
        if (lifecycle.isRunning()) {
            stop();
        }
        disposed = true;
        synchronized (this) {
            disposeOwnedRunspace();
        }
    }

    @Override
    public void close() {
        dispose();
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PowerShell";
    }
}
