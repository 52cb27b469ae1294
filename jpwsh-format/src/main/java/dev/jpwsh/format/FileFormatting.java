package dev.jpwsh.format;

import dev.jpwsh.engine.exec.InformationalRecord;
import dev.jpwsh.engine.exec.TextFormatting;
import dev.jpwsh.format.render.LineRenderer;
import dev.jpwsh.format.render.Style;
import dev.jpwsh.format.view.Evaluator;
import dev.jpwsh.format.view.ExtendedErrorView;
import dev.jpwsh.format.view.FormatParameters;
import dev.jpwsh.format.view.Shaper;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The text Out-File writes, for {@code >} and {@code >>}: objects formatted as Out-Default would, lines unbounded,
 * tables in pwsh's 120 columns, no colour; error and warning records redirected with the output as their message.
 */
public final class FileFormatting implements TextFormatting {
    /** The error and stream records a file receives as their text. */
    static final Function<Object, String> RECORDS_AS_TEXT = value -> value instanceof ErrorRecord
            && !ExtendedErrorView.isExtended(value) || value instanceof InformationalRecord ? LanguagePrimitives.toString(value) : null;

    @Override
    public Formatter open(Consumer<String> lines) {
        return open(lines, Integer.MAX_VALUE, Evaluator.HOST);
    }

    /** A formatter writing lines {@code columns} wide (unbounded: {@link Integer#MAX_VALUE}). */
    public static Formatter open(Consumer<String> lines, int columns, Evaluator evaluator) {
        LineRenderer renderer = new LineRenderer(lines, columns, LineRenderer.DEFAULT_CONSOLE_WIDTH,
                () -> Style.current(false));
        Shaper shaper = new Shaper(Shaper.Kind.DEFAULT, FormatParameters.NONE, evaluator, RECORDS_AS_TEXT,
                renderer::accept);
        return new Formatter() {
            @Override
            public void write(Object value) {
                shaper.write(value);
            }

            @Override
            public void close() {
                shaper.end();
                renderer.close();
            }
        };
    }
}
