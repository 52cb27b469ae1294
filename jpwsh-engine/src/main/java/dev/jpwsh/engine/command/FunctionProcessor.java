package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.FlowSignal;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.CmdletContext;
import dev.jpwsh.engine.exec.InputEnumerator;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.node.Stmt;
import dev.jpwsh.engine.languagemode.PSLanguageMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A function or script block in a pipeline. Its begin block runs at begin; its process block runs per input
 * object with {@code $_} set and pipeline parameters bound; input to a function without a process block is
 * gathered into {@code $input} for its end block. Each block, and the binding before the begin block, runs in the
 * script block's language mode, dot-sourced or not (pwsh refuses to dot-source across modes when it builds the
 * processor).
 */
public final class FunctionProcessor implements CommandProcessor {
    private final ScriptBlock block;
    private final Frame frame;
    private final List<CommandArgument> args;
    /** The input gathered for the end block of a function without a process block; null until some arrives. */
    private List<Object> input;
    private Pipe out;
    /** The call's variables besides its parameters, made when first read; set by {@link #begin}. */
    private CallVariables call;

    private final boolean takesInput;
    private final String name;
    /** The position of the statement that called this command. */
    private final dev.jpwsh.runtime.error.ErrorRecord.ScriptPosition callSite;
    /** Where the call is in its pipeline, as {@link dev.jpwsh.engine.exec.ExecutionContext#pipelinePlace} says. */
    private final int pipelinePlace;

    /** {@code takesInput} is false for the first command of a pipeline; {@code name} is null for a block. */
    public FunctionProcessor(ScriptBlock block, Frame frame, List<CommandArgument> args, boolean takesInput,
            String name) {
        this.block = block;
        this.frame = frame;
        this.args = args;
        this.takesInput = takesInput;
        this.name = name;
        this.callSite = frame.context().currentPosition();
        this.pipelinePlace = frame.context().pipelinePlace();
    }

    @Override
    public void begin(Pipe downstream) {
        this.out = downstream;
        PSLanguageMode previous = frame.context().enterLanguageMode(block.languageMode(), true);
        try {
            bind(takesInput ? ScriptParameterBinder.pipelineParameters(block) : List.of());
        } finally {
            frame.context().restoreLanguageMode(previous);
        }
        run(block.body().begin());
    }

    /**
     * Whether this is a call that {@link #runAlone} can run: the block has an end block only (no begin, process or
     * clean block) and is no advanced function, so begin, process and cleanup would do nothing but bind.
     */
    boolean runsAsEndBlock() {
        ScriptBlock.Compiled body = block.body();
        return !takesInput && body.begin() == null && body.process() == null && body.clean() == null
                && !body.cmdletBinding();
    }

    /**
     * Runs a call that {@link #runsAsEndBlock} as the only command of its pipeline: what begin, end and cleanup
     * do for it, in one switch to the block's language mode.
     */
    void runAlone(Pipe downstream) {
        this.out = downstream;
        PSLanguageMode previous = frame.context().enterLanguageMode(block.languageMode(), true);
        try {
            bind(List.of());
            setInput(List.of());
            execute(block.body().end());
        } finally {
            frame.context().restoreLanguageMode(previous);
        }
    }

    /**
     * Runs a call of the function {@code name} (no script file) whose shape is
     * {@linkplain PositionalShape#direct direct}, given the values {@code args} only, as the only command of its
     * pipeline, in {@code frame} (the call's new frame): what {@link #runAlone} does, without a processor or an
     * argument list. {@code args} is the call's own.
     */
    static void runDirect(ScriptBlock block, Frame frame, String name, Object[] args, Pipe out) {
        dev.jpwsh.engine.exec.ExecutionContext context = frame.context();
        PSLanguageMode previous = context.enterLanguageMode(block.languageMode(), true);
        try {
            if (!ScriptParameterBinder.bindAsGiven(block, frame, args)) {
                try {
                    ScriptParameterBinder.bindValues(block, frame, args, List.of());
                } catch (PSException e) {
                    throw e.withRecord(e.record().reportedBy(name, name));
                }
            }
            frame.scope().defer(new DirectCallVariables(block, args, name, context.currentPosition(),
                    context.pipelinePlace()));
            execute(block.body().end(), frame, out, false);
        } finally {
            context.restoreLanguageMode(previous);
        }
    }

    /**
     * Binds the arguments and defines the call's variables in the call's frame, {@code fromPipeline} naming the
     * parameters pipeline input will bind; an advanced function gets {@code $PSCmdlet} and its output variables.
     * Runs in the block's language mode.
     */
    private void bind(List<String> fromPipeline) {
        try {
            List<CommandArgument> withDefaults = block.body().cmdletBinding() && name != null
                    ? DefaultParameterValues.forFunction(frame, CallVariables.displayName(name), block, args) : args;
            call = ScriptParameterBinder.binding(block, frame, withDefaults, fromPipeline);
            boolean scriptFile = isScriptFile();
            String type = name == null ? "Script" : scriptFile ? "ExternalScript" : "Function";
            String path = scriptFile ? String.valueOf(frame.variable(ScriptFileCommand.COMMAND_PATH_KEY)) : null;
            call.invokedAs(type, path, name, callSite, pipelinePlace, takesInput);
            frame.scope().defer(call);
            if (block.body().cmdletBinding()) {
                // only an advanced function takes -OutVariable and -PipelineVariable
                out = CommonParameters.withOutputVariables(frame, out);
                frame.setLocal("PSCmdlet", new CmdletContext(frame, call.invocation(), out, block.body().options()));
            }
        } catch (PSException e) {
            if (name == null) {
                throw e;
            }
            throw e.withRecord(e.record().reportedBy(name, name));
        }
    }

    @Override
    public void process(Object item) {
        Stmt process = block.body().process();
        if (process == null) {
            if (input == null) {
                input = new ArrayList<>();
            }
            input.add(item);
            return;
        }
        frame.setPipelineItem(item);
        setInput(java.util.Collections.singletonList(item));
        try {
            ScriptParameterBinder.bindPipelineInput(block, frame, item);
        } catch (PSException e) {
            // an input that cannot be bound is skipped with a non-terminating error, as pwsh does
            frame.context().errorStream().write(frame, name == null ? e.record() : e.record().reportedBy(name, name));
            return;
        }
        run(process);
    }

    @Override
    public void processWithoutInput() {
        Stmt process = block.body().process();
        if (process == null) {
            return; // nothing runs before end(), which defines $input itself
        }
        setInput(List.of());
        run(process);
    }

    @Override
    public void end() {
        setInput(input == null ? List.of() : input);
        run(block.body().end());
    }

    /** {@code $input} for the block about to run: {@code items}, made into the variable when first read. */
    private void setInput(List<Object> items) {
        if (!call.offerInput(frame.scope(), items)) {
            frame.setLocal(CallVariables.INPUT, CallVariables.INPUT, new InputEnumerator(items));
        }
    }

    @Override
    public void cleanup() {
        if (block.body().cmdletBinding()) {
            CommonParameters.endPipelineVariable(frame);
        }
        if (block.body().clean() == null) {
            return;
        }
        PSLanguageMode previous = frame.context().enterLanguageMode(block.languageMode(), true);
        try {
            block.body().clean().exec(frame, Pipe.NULL);
        } finally {
            frame.context().restoreLanguageMode(previous);
        }
    }

    /** Runs one named block in the block's language mode; {@code return} ends just that block, as in PowerShell. */
    private void run(Stmt body) {
        if (body == null) {
            return;
        }
        PSLanguageMode previous = frame.context().enterLanguageMode(block.languageMode(), true);
        try {
            execute(body);
        } finally {
            frame.context().restoreLanguageMode(previous);
        }
    }

    /** Runs one named block, if there is one, in the language mode set already. */
    private void execute(Stmt body) {
        execute(body, frame, out, isScriptFile());
    }

    /**
     * Runs {@code body}, if there is one, in {@code frame}; {@code return} ends it, and so does {@code exit} in a
     * {@code scriptFile}.
     */
    private static void execute(Stmt body, Frame frame, Pipe out, boolean scriptFile) {
        if (body == null) {
            return;
        }
        try {
            body.exec(frame, out);
        } catch (FlowSignal.Return done) {
            // the rest of this block is skipped; the next input is processed normally
            done.writeCarried(out);
        } catch (FlowSignal.Exit exit) {
            if (!scriptFile) {
                throw exit;
            }
            // exit in a called script ends only that script, and tells its caller the code.
            frame.context().global().set("LASTEXITCODE", exit.code());
        }
    }

    private boolean isScriptFile() {
        return name != null && namesScriptFile(name);
    }

    /** Whether a command called by this name is a script file's: it ends in {@code .ps1}. */
    static boolean namesScriptFile(String name) {
        return name.regionMatches(true, name.length() - 4, ".ps1", 0, 4);
    }
}
