package dev.jpwsh.format.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.format.render.LineRenderer;
import dev.jpwsh.format.render.Style;
import dev.jpwsh.format.view.FormatParameters;
import dev.jpwsh.format.view.Shaper;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;

/**
 * Out-String: the text Out-Default would show for the input, as one string (each line ending with a newline, or,
 * with -NoNewline, all joined) or, with -Stream, one string per line as the lines come. Without -Width the
 * lines are unbounded and tables take pwsh's 120 columns.
 */
@DotNetName("Microsoft.PowerShell.Commands.OutStringCommand")
@dev.jpwsh.engine.command.OutputType({"System.String"})
public final class OutStringCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(parameterSetName = "StreamFormatting")
    private boolean stream;

    @Parameter
    private Integer width;

    @Parameter(parameterSetName = "NoNewLineFormatting")
    private boolean noNewline;

    private final List<String> lines = new ArrayList<>();
    private Shaper shaper;
    private LineRenderer renderer;

    @Override
    protected void beginProcessing() {
        int columns = width == null ? Integer.MAX_VALUE : Math.max(width, 2);
        renderer = new LineRenderer(stream ? this::writeObject : lines::add, columns,
                LineRenderer.DEFAULT_CONSOLE_WIDTH, () -> Style.current(false));
        shaper = new Shaper(Shaper.Kind.DEFAULT, FormatParameters.NONE, new FrameEvaluator(frame()), null,
                renderer::accept);
    }

    @Override
    protected void processRecord() {
        shaper.write(inputObject);
    }

    @Override
    protected void endProcessing() {
        shaper.end();
        renderer.close();
        if (!stream) {
            writeObject(noNewline ? String.join("", lines) : lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
        }
    }
}
