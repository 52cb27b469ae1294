package dev.jpwsh.format.commands;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.TextFormatting;
import dev.jpwsh.engine.provider.ContentEncoding;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.format.FileFormatting;
import dev.jpwsh.runtime.error.ExceptionNames;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Out-File: writes the text Out-Default would show for the input to a file, line by line as it is formatted, in
 * the -Encoding asked for (UTF-8 without a byte order mark by default), replacing the file or, with -Append,
 * adding to it; -NoClobber refuses to replace an existing file, -NoNewline joins the lines, -Width bounds them.
 */
@DotNetName("Microsoft.PowerShell.Commands.OutFileCommand")
@SupportsShouldProcess
public final class OutFileCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, parameterSetName = "ByPath", aliases = {"Path"})
    private String filePath;

    @Parameter(mandatory = true, parameterSetName = "ByLiteralPath", aliases = {"PSPath", "LP"})
    private String literalPath;

    @Parameter(position = 1)
    private Object encoding;

    @Parameter
    private boolean append;

    @Parameter
    private boolean force;

    @Parameter(aliases = {"NoOverwrite"})
    private boolean noClobber;

    @Parameter
    @ValidateRange(min = 2, max = Integer.MAX_VALUE)
    private Integer width;

    @Parameter
    private boolean noNewline;

    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    private Path file;
    private BufferedWriter writer;
    private TextFormatting.Formatter formatter;

    @Override
    protected void beginProcessing() {
        String path = filePath != null ? filePath : literalPath;
        try {
            file = OutputFile.of(frame(), path);
            ProviderErrors.refuseClobber(file, noClobber, append);
        } catch (PSException refused) {
            throw terminatingError(refused);
        }
        ContentEncoding.Choice choice = ContentEncoding.of(encoding);
        try {
            boolean bom = choice.byteOrderMark() && !(append && Files.exists(file) && Files.size(file) > 0);
            if (force && Files.exists(file) && !Files.isWritable(file)) {
                file.toFile().setWritable(true);
            }
            OutputStream stream = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
            writer = new BufferedWriter(new OutputStreamWriter(stream, choice.charset()));
            if (bom) {
                writer.write('\uFEFF');
            }
        } catch (IOException e) {
            throw terminatingError(RuntimeFailures.create("FileOpenFailure", "OpenError", message(e),
                    file.toString(), ExceptionNames.ofType(e.getClass())));
        }
        formatter = FileFormatting.open(this::line, width == null ? Integer.MAX_VALUE : width,
                new FrameEvaluator(frame()));
    }

    private void line(String text) {
        try {
            writer.write(text);
            if (!noNewline) {
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void processRecord() {
        try {
            formatter.write(inputObject);
        } catch (UncheckedIOException e) {
            throw writeFailure(e.getCause());
        }
    }

    @Override
    protected void endProcessing() {
        try {
            formatter.close();
            writer.close();
        } catch (UncheckedIOException e) {
            throw writeFailure(e.getCause());
        } catch (IOException e) {
            throw writeFailure(e);
        }
    }

    private RuntimeException writeFailure(IOException e) {
        return terminatingError(RuntimeFailures.create("FileOpenFailure", "WriteError", message(e), file.toString(),
                ExceptionNames.ofType(e.getClass())));
    }

    private String message(IOException e) {
        return switch (e) {
            case java.nio.file.NoSuchFileException missing -> "Could not find a part of the path '" + file + "'.";
            case java.nio.file.AccessDeniedException denied -> "Access to the path '" + file + "' is denied.";
            default -> ExceptionNames.message(e);
        };
    }
}
