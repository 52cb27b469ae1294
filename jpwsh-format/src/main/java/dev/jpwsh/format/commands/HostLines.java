package dev.jpwsh.format.commands;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.format.render.LineRenderer;
import dev.jpwsh.format.render.Style;
import dev.jpwsh.format.view.FormatParameters;
import dev.jpwsh.format.view.Shaper;
import java.util.function.Consumer;

/**
 * The objects of Out-Default and Out-Host formatted as the host's own Out-Default shows them, each line given to
 * {@code lines} as it is rendered.
 */
final class HostLines {
    private final Shaper shaper;
    private final LineRenderer renderer;

    HostLines(Frame frame, Consumer<String> lines) {
        renderer = new LineRenderer(lines, LineRenderer.DEFAULT_CONSOLE_WIDTH, LineRenderer.DEFAULT_CONSOLE_WIDTH,
                () -> Style.current(false));
        shaper = new Shaper(Shaper.Kind.DEFAULT, FormatParameters.NONE, new FrameEvaluator(frame), null,
                renderer::accept);
    }

    void write(Object value) {
        shaper.write(value);
    }

    /** Writes what is held back (a table's last rows) and ends the output. */
    void end() {
        shaper.end();
        renderer.close();
    }
}
