package dev.jpwsh.engine.node;

import dev.jpwsh.engine.command.CommandProcessor;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.FileRedirection;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.StreamRedirects;
import dev.jpwsh.language.ast.RedirectionAst.Stream;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.Set;

/** Statements and commands whose streams go elsewhere: to a file, to {@code $null}, or into their output. */
public final class Redirections {
    private Redirections() {
    }

    /**
     * {@code > target}, {@code 3>> target}, {@code *> $null}: the named streams (output among them, or not) go to
     * a file or, for a null target expression ({@code $null}), nowhere.
     */
    public record ToFile(Stmt inner, Expr target, boolean append, Set<Stream> streams) implements Stmt {
        private static final Set<Stream> OUTPUT_ONLY = Set.of(Stream.OUTPUT);

        @Override
        public void exec(Frame frame, Pipe out) {
            Object path = target == null ? null : target.eval(frame);
            FileRedirection file = path == null ? null : new FileRedirection(frame.context().location()
                    .resolveFileSystemPath(LanguagePrimitives.toString(path)), append, streams.equals(OUTPUT_ONLY));
            Pipe sink = file == null ? Pipe.NULL : file;
            StreamRedirects redirects = frame.context().redirects();
            for (Stream stream : streams) {
                redirects = stream == Stream.OUTPUT ? redirects : redirects.with(stream, sink);
            }
            StreamRedirects previous = frame.context().swapRedirects(redirects);
            try {
                inner.exec(frame, streams.contains(Stream.OUTPUT) ? sink : out);
            } finally {
                frame.context().swapRedirects(previous);
            }
            if (file != null) {
                file.finish();
            }
        }
    }

    /**
     * A pipeline command with {@code 2>&1}, {@code 3>&1}, {@code *>&1} and the like: while it runs, the merged
     * streams go into its own output, so the next command receives the records. Every other command of such a
     * pipeline runs under the redirects outside it ({@code merged} empty), so a command downstream, called from
     * inside this one's output, does not inherit them.
     */
    public static final class MergingProcessor implements CommandProcessor {
        private final CommandProcessor inner;
        private final Set<Stream> merged;
        private final StreamRedirects outside;
        private final ExecutionContext context;
        private StreamRedirects redirects;

        public MergingProcessor(CommandProcessor inner, Set<Stream> merged, Frame frame) {
            this.inner = inner;
            this.merged = merged;
            this.context = frame.context();
            this.outside = context.redirects();
        }

        /** The redirects in force outside, with the merged streams sent to {@code output}. */
        public static StreamRedirects merging(StreamRedirects outside, Set<Stream> merged, Pipe output) {
            StreamRedirects result = outside;
            for (Stream stream : merged) {
                result = result.with(stream, output);
            }
            return result;
        }

        @Override
        public boolean requested(dev.jpwsh.engine.exec.FlowSignal.StopUpstream stop) {
            return inner.requested(stop);
        }

        @Override
        public void begin(Pipe downstream) {
            redirects = merging(outside, merged, downstream);
            run(() -> inner.begin(downstream));
        }

        @Override
        public void process(Object input) {
            run(() -> inner.process(input));
        }

        @Override
        public void processWithoutInput() {
            run(inner::processWithoutInput);
        }

        @Override
        public void end() {
            run(inner::end);
        }

        @Override
        public void cleanup() {
            run(inner::cleanup);
        }

        private void run(Runnable step) {
            StreamRedirects previous = context.swapRedirects(redirects == null ? outside : redirects);
            try {
                step.run();
            } finally {
                context.swapRedirects(previous);
            }
        }
    }
}
