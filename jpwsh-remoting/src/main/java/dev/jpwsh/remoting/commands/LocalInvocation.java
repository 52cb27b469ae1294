package dev.jpwsh.remoting.commands;

import dev.jpwsh.engine.command.CommandArgument;
import dev.jpwsh.engine.command.FunctionProcessor;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.InputEnumerator;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.language.ast.AstSearch;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.parse.Parser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Invoke-Command without a session or a host: the block runs in this runspace, in a new scope unless -NoNewScope
 * dot-sources it. With pipeline input, a block that never reads {@code $input} runs as a pipeline step (its begin
 * block at the first input, its process block per input object with {@code $_}, its end block at the end), as
 * pwsh runs it through a steppable pipeline; a block that reads {@code $input} runs once at the end with all the
 * input gathered there.
 *
 * <p>States: Waiting --first input, block without $input--> Stepping --end--> Done; Waiting --end--> Done (the block
 * runs once). Used by one pipeline thread only.
 */
final class LocalInvocation {
    private final ScriptBlock block;
    private final Frame caller;
    private final boolean noNewScope;
    private final List<CommandArgument> args;
    private final Pipe out;
    private final List<Object> input = new ArrayList<>();
    private FunctionProcessor stepping;
    private Boolean readsInput;

    LocalInvocation(ScriptBlock block, Frame caller, boolean noNewScope, Object[] arguments, Pipe out) {
        this.block = block;
        this.caller = caller;
        this.noNewScope = noNewScope;
        this.args = arguments == null ? List.of()
                : Arrays.stream(arguments).map(CommandArgument::value).toList();
        this.out = out;
    }

    /** Takes one pipeline input object. */
    void input(Object item) {
        if (stepping == null && !readsInput()) {
            stepping = new FunctionProcessor(block, frame(), args, true, null);
            stepping.begin(out);
        }
        if (stepping != null) {
            stepping.process(item);
        } else {
            input.add(item);
        }
    }

    /** Ends the input: runs the end of the step, or the whole block with the gathered {@code $input}. */
    void end() {
        if (stepping != null) {
            try {
                stepping.end();
            } finally {
                stepping.cleanup();
            }
            return;
        }
        Frame frame = frame();
        frame.setLocal("input", "input", new InputEnumerator(input));
        block.invoke(frame, args, null, true, out);
    }

    private Frame frame() {
        return noNewScope ? caller : block.callFrame(caller);
    }

    /** Whether the block reads {@code $input} anywhere, as pwsh's IsUsingDollarInput asks before stepping. */
    private boolean readsInput() {
        if (readsInput == null) {
            readsInput = AstSearch.findAll(Parser.parse(block.toString()).ast(), ExpressionAst.Variable.class)
                    .stream().anyMatch(v -> v.path().name().toLowerCase(Locale.ROOT).equals("input"));
        }
        return readsInput;
    }
}
