package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * How objects become the lines {@code >} and {@code >>} write to a file, the text Out-File writes: the formatting
 * module provides it (listed in {@code META-INF/services/dev.jpwsh.engine.exec.TextFormatting}); without one each
 * object is its string.
 */
public interface TextFormatting {
    /** A pipe that formats what it is given into {@code lines}; {@link Formatter#close()} ends the output. */
    Formatter open(Consumer<String> lines);

    /** An open formatted output. */
    interface Formatter extends Pipe, AutoCloseable {
        @Override
        void close();
    }

    /** The formatting on the class path, or each object's string when there is none. */
    static TextFormatting installed() {
        return Installed.FORMATTING;
    }

    /** Finds the installed formatting once per process. */
    final class Installed {
        private static final TextFormatting FORMATTING = ServiceLoader.load(TextFormatting.class).findFirst()
                .orElse(lines -> new Formatter() {
                    @Override
                    public void write(Object value) {
                        lines.accept(LanguagePrimitives.toString(value));
                    }

                    @Override
                    public void close() {
                    }
                });

        private Installed() {
        }
    }
}
