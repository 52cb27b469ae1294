package dev.jpwsh.format;

import dev.jpwsh.engine.exec.DefaultOutputPipe;
import dev.jpwsh.engine.exec.InformationalRecord;
import dev.jpwsh.format.render.LineRenderer;
import dev.jpwsh.format.render.Style;
import dev.jpwsh.format.view.Evaluator;
import dev.jpwsh.format.view.ExtendedErrorView;
import dev.jpwsh.format.view.FormatParameters;
import dev.jpwsh.format.view.Shaper;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Out-Default at the end of a host's pipelines: formats what a script outputs as pwsh shows it (the first object
 * decides table, list or the type's view; scalars print their text) and renders it into lines. Warning, verbose
 * and debug records merged into the output print as the host shows their stream ({@code WARNING: text}); error
 * records merged into it print in the host's error view. Call {@link #close()} at the end of the output to print
 * what is still gathered.
 */
public final class OutDefault implements DefaultOutputPipe, AutoCloseable {
    private final Shaper shaper;
    private final LineRenderer renderer;

    public OutDefault(Consumer<String> lines) {
        this(lines, null, LineRenderer.DEFAULT_CONSOLE_WIDTH, () -> Style.PLAIN, Evaluator.HOST);
    }

    /**
     * Out-Default for a host whose lines are {@code columns} wide, decorated with {@code style}; it shows error
     * records merged into the output ({@code 2>&1}) with {@code errorView}, which renders one record; it reads
     * objects with {@code evaluator}.
     */
    public OutDefault(Consumer<String> lines, Function<ErrorRecord, String> errorView, int columns,
            java.util.function.Supplier<Style> style,
            Evaluator evaluator) {
        this.renderer = new LineRenderer(lines, columns, columns, style);
        this.shaper = new Shaper(Shaper.Kind.DEFAULT, FormatParameters.NONE, evaluator, value -> switch (value) {
            case InformationalRecord record -> record.hostPrefix() + record.getMessage();
            case ErrorRecord record when errorView != null && !ExtendedErrorView.isExtended(record) -> errorView.apply(record).stripTrailing();
            default -> null;
        }, renderer::accept);
    }

    @Override
    public void write(Object value) {
        shaper.write(value);
    }

    @Override
    public void close() {
        shaper.end();
        renderer.close();
    }
}
