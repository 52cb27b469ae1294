package dev.jpwsh.commands.objects;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.provider.SessionProviders;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.Enumeration;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tee-Object: passes its input on and also saves it: in a variable (-Variable, all of it once the input ends) or in
 * a file (-FilePath, -LiteralPath; -Append, -Encoding), as the formatted text Out-String makes of it.
 */
@DotNetName("Microsoft.PowerShell.Commands.TeeObjectCommand")
@DefaultParameterSet("File")
public final class TeeObjectCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(parameterSetName = "File", mandatory = true, position = 0, aliases = "Path")
    private String filePath;

    @Parameter(parameterSetName = "LiteralFile", mandatory = true, aliases = {"PSPath", "LP"})
    private String literalPath;

    @Parameter(parameterSetName = "File")
    @Parameter(parameterSetName = "LiteralFile")
    private boolean append;

    @Parameter(parameterSetName = "File")
    @Parameter(parameterSetName = "LiteralFile")
    private String encoding;

    @Parameter(parameterSetName = "Variable", mandatory = true)
    private String variable;

    private final List<Object> items = new ArrayList<>();

    @Override
    protected void processRecord() {
        items.add(inputObject);
        writeObject(inputObject);
    }

    @Override
    protected void endProcessing() {
        if (variable != null) {
            callerScope().set(variable, items.size() == 1 ? items.getFirst() : items.toArray());
            return;
        }
        Path file = SessionProviders.of(frame().context()).currentFileSystemDirectory()
                .resolve(filePath != null ? filePath : literalPath);
        ScriptBlock format = ScriptBlock.Create("param($items) $items | Out-String -Stream");
        Object lines = format.invokeMethod(frame(), "InvokeReturnAsIs", List.of((Object) items.toArray()));
        StringBuilder text = new StringBuilder();
        for (Object line : lines == null ? List.of() : Enumeration.isEnumerable(lines) ? Enumeration.toList(lines)
                : List.of(lines)) {
            text.append(line == null ? "" : line).append('\n');
        }
        try {
            Files.writeString(file, text, charset(), StandardOpenOption.CREATE, append ? StandardOpenOption.APPEND
                    : StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
            writeError(ObjectErrors.record("FileOpenFailure", "OpenError", "Could not open file '" + file + "': "
                    + e.getMessage(), file.toString(), "System.IO.IOException"));
        }
    }

    private Charset charset() {
        return switch (encoding == null ? "utf8nobom" : encoding.toLowerCase(Locale.ROOT)) {
            case "ascii" -> StandardCharsets.US_ASCII;
            case "unicode" -> StandardCharsets.UTF_16LE;
            case "bigendianunicode" -> StandardCharsets.UTF_16BE;
            case "utf32" -> Charset.forName("UTF-32LE");
            case "latin1" -> StandardCharsets.ISO_8859_1;
            default -> StandardCharsets.UTF_8;
        };
    }
}
