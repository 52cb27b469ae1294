package dev.jpwsh.engine.node;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** A statement whose output or errors go to a file or to {@code $null} instead of the pipeline. */
public final class Redirections {
    private Redirections() {
    }

    /**
     * {@code > target} / {@code >> target} on the output, {@code 2> target} on errors; a null target expression
     * means {@code $null}, which discards.
     */
    public record ToFile(Stmt inner, Expr target, boolean append, boolean errors) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            Object path = target == null ? null : target.eval(frame);
            List<String> lines = new ArrayList<>();
            Pipe sink = path == null ? Pipe.NULL : value -> lines.add(LanguagePrimitives.toString(value));
            if (errors) {
                Pipe previous = frame.context().errorStream().redirectTo(sink);
                try {
                    inner.exec(frame, out);
                } finally {
                    frame.context().errorStream().restore(previous);
                }
            } else {
                inner.exec(frame, sink);
            }
            if (path != null) {
                write(Path.of(LanguagePrimitives.toString(path)), lines);
            }
        }

        private void write(Path file, List<String> lines) {
            try {
                Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw RuntimeFailures.create("FileOpenFailure", "OpenError", "Could not open file '" + file + "': "
                        + e.getMessage(), file.toString());
            }
        }
    }
}
