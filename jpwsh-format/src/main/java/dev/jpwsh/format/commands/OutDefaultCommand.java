package dev.jpwsh.format.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.format.render.LineRenderer;
import dev.jpwsh.format.render.Style;
import dev.jpwsh.format.view.FormatParameters;
import dev.jpwsh.format.view.Shaper;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Out-Default as a command: formats its input as the host's own Out-Default does and writes the lines to the host
 * as they are rendered. With -Transcript the output is meant for the transcript alone; jpwsh's transcripts record
 * what the host shows, so such output is not shown.
 */
@DotNetName("Microsoft.PowerShell.Commands.OutDefaultCommand")
public final class OutDefaultCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter
    private boolean transcript;

    private Shaper shaper;
    private LineRenderer renderer;

    @Override
    protected void beginProcessing() {
        renderer = new LineRenderer(transcript ? line -> { } : ui()::writeLine, LineRenderer.DEFAULT_CONSOLE_WIDTH,
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
    }
}
