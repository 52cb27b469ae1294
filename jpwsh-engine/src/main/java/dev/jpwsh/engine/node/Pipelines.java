package dev.jpwsh.engine.node;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.command.ArgumentSpelling;
import dev.jpwsh.engine.command.CommandArgument;
import dev.jpwsh.engine.command.CommandName;
import dev.jpwsh.engine.command.CommandPipeline;
import dev.jpwsh.engine.command.CommandProcessor;
import dev.jpwsh.engine.command.CommandResolver;
import dev.jpwsh.engine.command.DirectCall;
import dev.jpwsh.engine.command.ParameterToken;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.StreamRedirects;
import dev.jpwsh.language.ast.RedirectionAst.Stream;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Pipelines of commands, and the arguments on a command line. */
public final class Pipelines {
    private Pipelines() {
    }

    /** An argument of a command line as compiled. */
    public sealed interface Argument {
        void evaluate(Frame frame, List<CommandArgument> into);
    }

    /** {@code -Name} or {@code -Name:value}, written at {@code position}. */
    public record NamedArgument(String name, Expr value, ErrorRecord.ScriptPosition position) implements Argument {
        @Override
        public void evaluate(Frame frame, List<CommandArgument> into) {
            into.add((value == null ? CommandArgument.parameter(name)
                    : CommandArgument.parameterWithValue(name, value.eval(frame))).at(position));
        }
    }

    /** A plain argument value, written as {@code spelling} describes. */
    public record ValueArgument(Expr value, ArgumentSpelling spelling) implements Argument {
        public ValueArgument(Expr value) {
            this(value, ArgumentSpelling.UNQUOTED);
        }

        @Override
        public void evaluate(Frame frame, List<CommandArgument> into) {
            add(value.eval(frame), into);
        }

        /** Adds the argument, its value already evaluated. */
        public void add(Object evaluated, List<CommandArgument> into) {
            into.add(CommandArgument.value(evaluated, spelling));
        }
    }

    /** {@code @name}: a hashtable's entries as named arguments, an array's elements as positional ones. */
    public record SplatArgument(Expr variable) implements Argument {
        @Override
        public void evaluate(Frame frame, List<CommandArgument> into) {
            Object value = variable.eval(frame);
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> into.add(v instanceof Boolean b && b
                        ? CommandArgument.parameterWithValue(LanguagePrimitives.toString(k), true)
                        : CommandArgument.parameterWithValue(LanguagePrimitives.toString(k), v)));
            } else {
                for (Object item : Enumeration.toList(value)) {
                    into.add(item instanceof ParameterToken p ? CommandArgument.parameter(p.name())
                            : CommandArgument.value(item));
                }
            }
        }
    }

    /** A pipeline element: where its objects come from. */
    public sealed interface Element {
    }

    /** An expression producing the first element's objects. */
    public record ExpressionElement(Expr expression) implements Element {
    }

    /**
     * A command: its name (or what {@code &}/{@code .} invoke), its arguments, whether dot-sourced, and whether
     * it is written like a method call ({@code f(1, 2)}), which strict mode 2 and later refuse. {@code written} is
     * the name when the script writes it as a constant, else null.
     */
    public record CommandElement(Expr command, List<Argument> arguments, boolean dotSource, boolean likeMethodCall,
            CommandName written) implements Element {
        CommandProcessor processor(Frame frame, boolean takesInput) {
            if (likeMethodCall && StrictMode.of(frame) >= 2) {
                throw RuntimeFailures.functionCalledLikeMethod();
            }
            List<CommandArgument> args = new ArrayList<>(arguments.size());
            // statements inside the arguments ($(...), @(...)) move the position; the command stays where it is
            ErrorRecord.ScriptPosition at = frame.context().currentPosition();
            for (int i = 0; i < arguments.size(); i++) {
                arguments.get(i).evaluate(frame, args);
            }
            return processor(frame, args, at, takesInput);
        }

        /** The command's processor for its arguments evaluated, the position {@code at} the statement's again. */
        CommandProcessor processor(Frame frame, List<CommandArgument> args, ErrorRecord.ScriptPosition at,
                boolean takesInput) {
            frame.context().setCurrentPosition(at);
            return CommandResolver.resolve(frame, command.eval(frame), written, dotSource, args, takesInput);
        }
    }

    /**
     * {@code a | b | c}: every command is resolved and begun, objects stream from each to the next, then every
     * command ends in order. {@code merged} holds, per element, the streams its redirections such as
     * {@code 2>&1} send into its output; null when no element has any.
     */
    public record Pipeline(List<Element> elements, List<Set<Stream>> merged) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            run(frame, out);
        }

        private void run(Frame frame, Pipe out) {
            if (elements.size() == 1 && merged == null && elements.getFirst() instanceof CommandElement command) {
                runAlone(frame, command.processor(frame, false), out);
                return;
            }
            boolean expressionFirst = elements.getFirst() instanceof ExpressionElement;
            List<CommandProcessor> processors = processors(frame, expressionFirst ? 1 : 0);
            frame.context().enterCall();
            try {
                CommandPipeline.run(processors, expressionFirst
                        ? first -> Enumerables.write(evaluateFirst(frame, first), first) : null, out);
            } finally {
                frame.context().leaveCall();
            }
        }

        /**
         * The commands of a pipeline that starts with one, resolved with their arguments evaluated in {@code frame},
         * ready to begin: what a steppable pipeline drives ({@code $block.GetSteppablePipeline()}).
         */
        public List<CommandProcessor> processors(Frame frame) {
            return processors(frame, 0);
        }

        private List<CommandProcessor> processors(Frame frame, int firstCommand) {
            List<CommandProcessor> processors = new ArrayList<>(elements.size());
            for (int i = firstCommand; i < elements.size(); i++) {
                frame.context().setPipelinePlace(i - firstCommand + 1, elements.size() - firstCommand);
                CommandProcessor processor = ((CommandElement) elements.get(i)).processor(frame, i > 0);
                processors.add(merged == null ? processor
                        : new Redirections.MergingProcessor(processor, merged.get(i), frame));
            }
            frame.context().setPipelinePlace(0, 0);
            return processors;
        }

        /**
         * Runs a pipeline of one command (no redirection) whose arguments are all plain values, already evaluated
         * into {@code values} while the statement's position was {@code at}: how compiled code runs it. A function
         * that binds them by position alone is called directly ({@link DirectCall}).
         */
        public void runAlone(Frame frame, Object[] values, ErrorRecord.ScriptPosition at, Pipe out) {
            CommandElement command = (CommandElement) elements.getFirst();
            if (command.written() != null && !command.dotSource()) {
                frame.context().setCurrentPosition(at);
                if (DirectCall.run(frame, command.written(), values, out)) {
                    return;
                }
            }
            List<CommandArgument> args = new ArrayList<>(values.length);
            for (int i = 0; i < values.length; i++) {
                ((ValueArgument) command.arguments().get(i)).add(values[i], args);
            }
            runAlone(frame, command.processor(frame, args, at, false), out);
        }

        private static void runAlone(Frame frame, CommandProcessor processor, Pipe out) {
            frame.context().enterCall();
            try {
                CommandPipeline.runAlone(processor, out);
            } finally {
                frame.context().leaveCall();
            }
        }

        /** The first element's value when it is an expression, its merged streams going where its output goes. */
        private Object evaluateFirst(Frame frame, Pipe output) {
            Expr expression = ((ExpressionElement) elements.getFirst()).expression();
            if (merged == null || merged.getFirst().isEmpty()) {
                return expression instanceof Operators.Range range ? range.enumerate(frame)
                        : expression.evalKeepingNothing(frame);
            }
            StreamRedirects previous = frame.context().swapRedirects(Redirections.MergingProcessor.merging(
                    frame.context().redirects(), merged.getFirst(), output));
            try {
                return expression.evalKeepingNothing(frame);
            } finally {
                frame.context().swapRedirects(previous);
            }
        }
    }
}
