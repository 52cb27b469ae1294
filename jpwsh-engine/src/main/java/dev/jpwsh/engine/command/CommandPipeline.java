package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.FlowSignal;
import dev.jpwsh.engine.exec.Pipe;
import java.util.List;
import java.util.function.Consumer;

/**
 * Drives the commands of one pipeline: begin on each, input into the first, end on each, cleanup always. A command
 * that stops its upstream commands ({@link FlowSignal.StopUpstream}) ends the input; only it and the commands after
 * it end.
 */
public final class CommandPipeline {
    private CommandPipeline() {
    }

    /**
     * Runs {@code processors} with their output going to {@code out}. {@code input} writes the pipeline's input
     * into the pipe it is given (the first command, or {@code out} when there is none); when it is null, the
     * first command runs once without input.
     */
    public static void run(List<CommandProcessor> processors, Consumer<Pipe> input, Pipe out) {
        Stepping pipeline = new Stepping(processors);
        try {
            pipeline.begin(out);
            if (input == null) {
                pipeline.processWithoutInput();
            } else if (processors.isEmpty()) {
                input.accept(out);
            } else {
                pipeline.feed(input);
            }
            pipeline.end();
        } finally {
            pipeline.cleanup();
        }
    }

    /**
     * A pipeline driven one step at a time ({@link #run} in parts, and a steppable pipeline): begun, then given its
     * input, then ended, then cleaned up whatever happened. Used by one thread.
     */
    public static final class Stepping {
        private final List<CommandProcessor> processors;
        /** The first command still to end; above 0 once a command stopped its upstream commands. */
        private int next;

        public Stepping(List<CommandProcessor> processors) {
            this.processors = processors;
        }

        /** Begins every command, first to last, the last writing to {@code out}. */
        public void begin(Pipe out) {
            ExternalProcessor.connectBytePipes(processors);
            UntilBegun waiting = null;
            for (int i = 0; i < processors.size(); i++) {
                UntilBegun upstreamOutput = waiting;
                waiting = i + 1 < processors.size() ? new UntilBegun(processors.get(i + 1)) : null;
                processors.get(i).begin(waiting == null ? out : waiting);
                try {
                    if (upstreamOutput != null) {
                        upstreamOutput.begun();
                    }
                } catch (FlowSignal.StopUpstream stop) {
                    next = Math.max(next, requester(processors, stop));
                }
            }
        }

        /** One input object into the first command, unless a command has stopped the input. */
        public void process(Object input) {
            feed(first -> first.write(input));
        }

        /**
         * Runs {@code input}, which writes into the first command, unless a command has stopped the input; a command
         * that stops it ends the run of {@code input} there.
         */
        public void feed(Consumer<Pipe> input) {
            if (next > 0) {
                return;
            }
            try {
                input.accept(processors.getFirst()::process);
            } catch (FlowSignal.StopUpstream stop) {
                next = requester(processors, stop);
            }
        }

        /** The first command's run without input. */
        public void processWithoutInput() {
            if (next > 0) {
                return;
            }
            try {
                processors.getFirst().processWithoutInput();
            } catch (FlowSignal.StopUpstream stop) {
                next = requester(processors, stop);
            }
        }

        /** Ends the commands not yet ended, in order. */
        public void end() {
            while (next < processors.size()) {
                try {
                    processors.get(next++).end();
                } catch (FlowSignal.StopUpstream stop) {
                    next = Math.max(next, requester(processors, stop));
                }
            }
        }

        /** Every command's clean block. */
        public void cleanup() {
            for (CommandProcessor p : processors) {
                p.cleanup();
            }
        }
    }

    /**
     * The pipe into a command that holds what the command before it writes in its begin block until this command
     * has begun too (pwsh begins commands first to last and processes such output after), then passes values
     * straight on.
     */
    private static final class UntilBegun implements Pipe {
        private final CommandProcessor target;
        private java.util.ArrayList<Object> held = new java.util.ArrayList<>();

        UntilBegun(CommandProcessor target) {
            this.target = target;
        }

        @Override
        public void write(Object value) {
            if (held != null) {
                held.add(value);
            } else {
                target.process(value);
            }
        }

        /** The target has begun: what was held goes to it, in order. */
        void begun() {
            java.util.List<Object> values = held;
            held = null;
            for (Object value : values) {
                target.process(value);
            }
        }
    }

    /** {@link #run} for a pipeline of one command without input, as most command calls are. */
    public static void runAlone(CommandProcessor processor, Pipe out) {
        if (processor instanceof FunctionProcessor function && function.runsAsEndBlock()) {
            function.runAlone(out);
            return;
        }
        try {
            processor.begin(out);
            try {
                processor.processWithoutInput();
            } catch (FlowSignal.StopUpstream stop) {
                requester(List.of(processor), stop);
            }
            try {
                processor.end();
            } catch (FlowSignal.StopUpstream stop) {
                requester(List.of(processor), stop);
            }
        } finally {
            processor.cleanup();
        }
    }

    /** The position of the command that asked to stop its upstream commands; a signal for another pipeline goes on. */
    private static int requester(List<CommandProcessor> processors, FlowSignal.StopUpstream stop) {
        for (int i = 0; i < processors.size(); i++) {
            if (processors.get(i).requested(stop)) {
                return i;
            }
        }
        throw stop;
    }
}
