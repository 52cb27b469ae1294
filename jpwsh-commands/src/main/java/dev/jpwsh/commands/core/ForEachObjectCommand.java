package dev.jpwsh.commands.core;

import dev.jpwsh.commands.core.parallel.PSTaskJob;
import dev.jpwsh.commands.core.parallel.ParallelErrors;
import dev.jpwsh.commands.core.parallel.ParallelInvocation;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.engine.exec.ConfirmImpact;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.job.JobRepository;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.engine.languagemode.MemberNameMethods;
import dev.jpwsh.engine.runspaces.ChildSessions;
import dev.jpwsh.engine.runspaces.InitialSessionState;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.List;

/**
 * ForEach-Object: runs its script block for each input object with {@code $_} set, in the caller's scope;
 * or, with a member name, outputs that property of each object (or calls that method, which the language mode may
 * refuse). With -Parallel, each input runs the block's text in a runspace of its own ({@link ParallelInvocation});
 * with -AsJob as well, each input is a child of one {@link PSTaskJob}, which is started and written at the end.
 */
@DefaultParameterSet(ForEachObjectCommand.SCRIPT_BLOCK_SET)
@DotNetName("Microsoft.PowerShell.Commands.ForEachObjectCommand")
@SupportsShouldProcess(ConfirmImpact.Low)
public final class ForEachObjectCommand extends Cmdlet {
    static final String SCRIPT_BLOCK_SET = "ScriptBlockSet";
    private static final String PARALLEL_SET = "ParallelParameterSet";

    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(parameterSetName = SCRIPT_BLOCK_SET, position = 0, valueFromRemainingArguments = true)
    private Object[] process;

    @Parameter(parameterSetName = SCRIPT_BLOCK_SET)
    private ScriptBlock begin;

    @Parameter(parameterSetName = SCRIPT_BLOCK_SET)
    private ScriptBlock end;

    @Parameter(parameterSetName = SCRIPT_BLOCK_SET)
    private String memberName;

    @Parameter(parameterSetName = SCRIPT_BLOCK_SET)
    private Object[] argumentList;

    @Parameter(parameterSetName = PARALLEL_SET, mandatory = true)
    private ScriptBlock parallel;

    @Parameter(parameterSetName = PARALLEL_SET)
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int throttleLimit = 5;

    /** At most {@code Int32.MaxValue / 1000}, as pwsh allows: the deadline in milliseconds fits an int there. */
    @Parameter(parameterSetName = PARALLEL_SET)
    @ValidateRange(min = 0, max = Integer.MAX_VALUE / 1000)
    private int timeoutSeconds;

    @Parameter(parameterSetName = PARALLEL_SET)
    private boolean useNewRunspace;

    @Parameter(parameterSetName = PARALLEL_SET)
    private boolean asJob;

    /** -AsJob: the job that gets a child per input, started, listed and written at the end. */
    private PSTaskJob taskJob;

    private ParallelInvocation parallelInvocation;

    private List<Object> memberArguments = List.of();

    @Override
    protected void beginProcessing() {
        if (parallel != null) {
            beginParallel();
            return;
        }
        if (process != null && process.length > 1 && !(process[0] instanceof String)) {
            requireScriptBlocks(process);
        }
        if (begin != null) {
            begin.invokeInScope(frame(), null, this::writeObject);
        }
        if (process != null && process.length >= 1 && process[0] instanceof String name) {
            memberName = name;
            memberArguments = java.util.Arrays.asList(process).subList(1, process.length);
            process = null;
        }
        if (process != null && process.length > 1 && begin == null && end == null) {
            begin = (ScriptBlock) process[0];
            if (process.length > 2) {
                end = (ScriptBlock) process[process.length - 1];
                process = java.util.Arrays.copyOfRange(process, 1, process.length - 1);
            } else {
                process = new Object[] {process[1]};
            }
            begin.invokeInScope(frame(), null, this::writeObject);
        }
    }

    /**
     * The blocks after the first are pwsh's -RemainingScripts, a ScriptBlock[]: anything else there fails its
     * binding, as converting it to a script block does.
     */
    private void requireScriptBlocks(Object[] blocks) {
        for (Object block : blocks) {
            if (!(block instanceof ScriptBlock)) {
                throw terminatingError(RuntimeFailures.parameterBinding("CannotConvertArgumentNoMessage",
                        "Cannot bind parameter 'RemainingScripts'. Cannot convert the \""
                                + LanguagePrimitives.toString(block) + "\" value of type \"" + TypeNames.ofValue(block)
                                + "\" to type \"System.Management.Automation.ScriptBlock\"."));
            }
        }
    }

    /** -Parallel: refuses the common parameters pwsh does not support there, and reads the $using: values. */
    private void beginParallel() {
        for (String preference : new String[] {"ErrorActionPreference", "WarningPreference", "InformationPreference"}) {
            if (frame().scope() != callerScope() && frame().scope().local(Scope.key(preference)) != null) {
                throw terminatingError(ParallelErrors.commonParametersNotSupported());
            }
        }
        if (asJob && timeoutSeconds != 0) {
            throw terminatingError(ParallelErrors.cannotUseTimeoutWithJob());
        }
        try {
            if (asJob) {
                taskJob = new PSTaskJob(parallel.toString(), frame(), taskSession(), throttleLimit, useNewRunspace);
                return;
            }
            parallelInvocation = new ParallelInvocation(parallel.toString(), frame(), taskSession(), throttleLimit,
                    timeoutSeconds, useNewRunspace, this::writeObject, this::passOnError);
        } catch (PSException e) {
            throw terminatingError(e.record());
        }
    }

    /** -Parallel: each input a task, except a script block, which is refused. */
    private void processParallel() {
        if (inputObject instanceof ScriptBlock) {
            writeError(ParallelErrors.pipedScriptBlock(inputObject));
            return;
        }
        if (taskJob != null) {
            taskJob.add(inputObject);
            return;
        }
        try {
            parallelInvocation.add(inputObject);
        } catch (RuntimeException e) {
            parallelInvocation.close();
            throw e;
        }
    }

    /** The session state of the task runspaces: the caller's and the block's language mode (ChildSessions). */
    private InitialSessionState taskSession() {
        return ChildSessions.createDefault2(frame().context(), parallel);
    }

    @Override
    protected void processRecord() {
        if (parallelInvocation != null || taskJob != null) {
            processParallel();
            return;
        }
        if (memberName != null) {
            List<Object> args = argumentList != null ? List.of(argumentList) : memberArguments;
            Object value = args.isEmpty() ? MemberGate.get(frame().context(), inputObject, memberName) : null;
            if (value == null && inputObject != null) {
                ErrorRecord refusal = MemberNameMethods.refusal(frame().context(), inputObject);
                if (refusal != null) {
                    writeError(refusal);
                    return;
                }
                value = MemberGate.invoke(frame().context(), inputObject, memberName, args);
            }
            writeEnumerated(value);
            return;
        }
        if (process == null) {
            return;
        }
        for (Object block : process) {
            if (block instanceof ScriptBlock sb) {
                sb.invokeInScope(frame(), inputObject, this::writeEnumerated);
            }
        }
    }

    @Override
    protected void endProcessing() {
        if (taskJob != null) {
            taskJob.start();
            JobRepository.of(frame().context()).add(taskJob);
            writeObject(taskJob);
            return;
        }
        if (parallelInvocation != null) {
            try {
                parallelInvocation.finish();
            } finally {
                parallelInvocation.close();
            }
            return;
        }
        if (end != null) {
            end.invokeInScope(frame(), null, this::writeObject);
        }
    }
}
