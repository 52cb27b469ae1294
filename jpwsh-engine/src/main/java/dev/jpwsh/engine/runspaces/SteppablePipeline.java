package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.command.CommandArgument;
import dev.jpwsh.engine.command.CommandPipeline;
import dev.jpwsh.engine.command.ScriptParameterBinder;
import dev.jpwsh.engine.compile.bytecode.Tiered;
import dev.jpwsh.engine.exec.CmdletContext;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.node.Pipelines;
import dev.jpwsh.engine.node.Statements;
import dev.jpwsh.engine.node.Stmt;
import dev.jpwsh.engine.types.MethodInvoker;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code $block.GetSteppablePipeline()} returns: the block's one pipeline, its commands resolved and their
 * arguments evaluated where the block was asked for it, driven a step at a time as a proxy function drives the
 * command it wraps: {@code Begin}, {@code Process} for each input object, {@code End}. Output goes down the pipeline
 * of the command given to {@code Begin} (a function's {@code $PSCmdlet}), or, when Begin was given a flag, is
 * returned by each step. Used by the one thread of the session that made it.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.SteppablePipeline")
public final class SteppablePipeline implements AutoCloseable {
    private final CommandPipeline.Stepping steps;
    /** The output of the step under way when Begin was given no command; null when output goes to a command. */
    private List<Object> collected;
    private boolean expectInput;
    /** Whether the first command has run once without input (a step, or End for a pipeline expecting none). */
    private boolean steppedWithoutInput;
    private boolean ended;

    private SteppablePipeline(CommandPipeline.Stepping steps) {
        this.steps = steps;
    }

    /**
     * The steppable pipeline of {@code block}, its arguments evaluated in {@code caller}'s scope, or in a new scope
     * with the block's parameters bound to {@code args} when both are given, as pwsh does.
     */
    static SteppablePipeline of(ScriptBlock block, Frame caller, List<Object> args) {
        Pipelines.Pipeline pipeline = onlyPipeline(block.body());
        Frame frame = caller;
        if (!args.isEmpty() && !block.body().parameters().isEmpty()) {
            frame = block.callFrame(caller);
            List<CommandArgument> arguments = new ArrayList<>();
            args.forEach(a -> arguments.add(CommandArgument.value(a)));
            ScriptParameterBinder.bind(block, frame, arguments, List.of());
        }
        return new SteppablePipeline(new CommandPipeline.Stepping(pipeline.processors(frame)));
    }

    /** The block's one pipeline of commands, or pwsh's refusal. */
    private static Pipelines.Pipeline onlyPipeline(ScriptBlock.Compiled body) {
        if (body.begin() != null || body.process() != null || body.clean() != null) {
            throw refusal(ScriptBlockToPowerShell.ONE_CLAUSE_ONLY);
        }
        Stmt end = body.end();
        while (end instanceof Tiered || end instanceof Statements.ReturnTarget) {
            end = end instanceof Tiered tiered ? tiered.body() : ((Statements.ReturnTarget) end).body();
        }
        if (!(end instanceof Statements.StatementList list) || list.statements().isEmpty()) {
            throw refusal(ScriptBlockToPowerShell.EMPTY_PIPELINE);
        }
        if (!list.traps().isEmpty()) {
            throw refusal(ScriptBlockToPowerShell.WITH_TRAP);
        }
        Stmt only = list.statements().size() == 1 ? list.statements().getFirst() : null;
        if (only instanceof Statements.Located located) {
            only = located.inner();
        }
        if (only instanceof Statements.ExpressionStatement || only instanceof Statements.MethodCall) {
            throw refusal(ScriptBlockToPowerShell.EMPTY_PIPELINE); // a pipeline that starts with an expression, as pwsh words it
        }
        if (!(only instanceof Pipelines.Pipeline pipeline)) {
            throw refusal(ScriptBlockToPowerShell.ONE_PIPELINE_ONLY);
        }
        if (pipeline.elements().getFirst() instanceof Pipelines.ExpressionElement) {
            throw refusal(ScriptBlockToPowerShell.EMPTY_PIPELINE);
        }
        return pipeline;
    }

    private static RuntimeException refusal(String message) {
        return MethodInvoker.methodInvocation("GetSteppablePipeline", 0, new PSRuntimeException(
                "PSInvalidOperationException", "InvalidOperation", message, null,
                "System.Management.Automation.PSInvalidOperationException"));
    }

    /** Begins every command; {@code expectInput} says whether Process will give input, and output is returned. */
    public void Begin(boolean expectInput) {
        collected = new ArrayList<>();
        begin(expectInput, collected::add);
    }

    /** Begins every command, output going down {@code command}'s pipeline, input expected if it gets input. */
    public void Begin(CmdletContext command) {
        begin(command.getMyInvocation().getExpectingInput(), command::WriteObject);
    }

    private void begin(boolean expectInput, dev.jpwsh.engine.exec.Pipe out) {
        this.expectInput = expectInput;
        steps.begin(out);
    }

    /** One input object through the pipeline; what came out, when Begin was given no command. */
    public Object[] Process(Object input) {
        if (expectInput) {
            steps.process(input);
            return drained();
        }
        return Process();
    }

    /** A step without input. */
    public Object[] Process() {
        steppedWithoutInput = true;
        steps.processWithoutInput();
        return drained();
    }

    /** Ends every command and runs their clean blocks; what came out, when Begin was given no command. */
    public Object[] End() {
        try {
            if (!expectInput && !steppedWithoutInput) {
                steps.processWithoutInput();
            }
            steps.end();
        } finally {
            Clean();
        }
        return drained();
    }

    /** The commands' clean blocks, once. */
    public void Clean() {
        if (!ended) {
            ended = true;
            steps.cleanup();
        }
    }

    public void Dispose() {
        Clean();
    }

    @Override
    public void close() {
        Dispose();
    }

    private Object[] drained() {
        if (collected == null) {
            return new Object[0];
        }
        Object[] items = collected.toArray();
        collected.clear();
        return items;
    }
}
