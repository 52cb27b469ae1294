package dev.jpwsh.engine.event;

import dev.jpwsh.engine.command.CommandArgument;
import dev.jpwsh.engine.command.ScriptParameterBinder;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.FlowSignal;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.exec.StreamRedirects;
import dev.jpwsh.engine.job.Job;
import dev.jpwsh.engine.job.JobState;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.language.ast.RedirectionAst;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The job behind an {@code -Action}: each event its subscription receives runs the action once, on the thread
 * that runs the session's actions (its pipeline thread, or the closing thread), in a scope of its own under the
 * global scope (the action's "module"). Output goes to the job's Output, errors to its Error.
 *
 * <p>States and transitions (JobState):
 * <pre>
 * NotStarted --first action run-----------------> Running
 * Running    --the action threw a terminating error--> Failed   (later events are skipped; Reason stays null)
 * NotStarted, Running --subscription removed----> Stopped
 * </pre>
 * A Stopped job still runs an action that was queued while it was subscribed and could not run before it stopped
 * (its subscription was ended from inside an action, where nothing nests); it stays Stopped.
 * {@code hasMoreData} is volatile: set after a run while the job is not stopped, cleared when it stops. The module
 * scope and the action's {@code $Error} (its own, as in pwsh, kept from run to run) are used by whichever thread
 * runs actions, one at a time.
 */
@DotNetName("System.Management.Automation.PSEventJob")
public final class PSEventJob extends Job {
    private final ScriptBlock action;
    private final ExecutionContext context;
    private final Scope moduleScope;
    private final List<Object> errors = new ArrayList<>();
    private volatile boolean hasMoreData;

    PSEventJob(String sourceIdentifier, ScriptBlock action, ExecutionContext context) {
        super(sourceIdentifier, action.body().text());
        this.action = action;
        this.context = context;
        this.moduleScope = new Scope(context.global());
        moduleScope.set("Error", errors);
    }

    /** {@return an empty string: pwsh's event jobs have no type name} */
    @Override
    public String getPSJobTypeName() {
        return "";
    }

    /** {@return true from the first run of the action until the job stops, whether or not the action wrote anything} */
    @Override
    public boolean getHasMoreData() {
        return hasMoreData;
    }

    /** {@return the {@code -Action} script block that runs for each event} */
    public ScriptBlock getAction() {
        return action;
    }

    /** Stop-Job and Remove-Job -Force on an event job end its subscription, which stops the job. */
    @Override
    public void StopJob() {
        PSEventManager.of(context).unsubscribeJob(this);
        stopped();
    }

    void stopped() {
        if (transition(EnumSet.of(JobState.NotStarted, JobState.Running), JobState.Stopped, null)) {
            hasMoreData = false;
        }
    }

    /**
     * Runs the action for {@code event} with {@code $Event}, {@code $EventSubscriber}, {@code $Sender},
     * {@code $EventArgs} set in its module scope and {@code $args} bound to the event's arguments. A failed job
     * skips it. The caller's {@code $?} is left as it was. When the pipeline is stopped under it,
     * the error goes on up so that the manager can run the action again later.
     */
    void run(PSEventArgs event, PSEventSubscriber subscriber) {
        transition(EnumSet.of(JobState.NotStarted), JobState.Running, null);
        if (getState() == JobState.Failed) {
            return;
        }
        moduleScope.set("Event", event);
        moduleScope.set("EventSubscriber", subscriber);
        moduleScope.set("Sender", event.getSender());
        moduleScope.set("EventArgs", event.getSourceEventArgs());
        Frame frame = new Frame(context, new Scope(moduleScope), moduleScope);
        List<CommandArgument> args = new ArrayList<>();
        for (Object arg : event.getSourceArgs()) {
            args.add(CommandArgument.value(arg));
        }
        boolean lastSucceeded = context.lastSucceeded();
        StreamRedirects previous = context.swapRedirects(StreamRedirects.NONE.with(RedirectionAst.Stream.ERROR,
                value -> getError().add((ErrorRecord) value)).asInvocation());
        List<Object> sessionErrors = context.swapErrors(errors);
        try {
            ScriptParameterBinder.bind(action, frame, args, List.of());
            action.runAll(frame, getOutput()::add);
        } catch (PSException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            getError().add(e.record());
            transition(EnumSet.of(JobState.Running), JobState.Failed, null);
        } catch (FlowSignal ignored) {
            // exit, break or continue outside a loop only ends this run of the action
        } finally {
            context.swapRedirects(previous);
            context.swapErrors(sessionErrors);
            context.setLastSucceeded(lastSucceeded);
            hasMoreData = getState() != JobState.Stopped;
        }
    }
}
