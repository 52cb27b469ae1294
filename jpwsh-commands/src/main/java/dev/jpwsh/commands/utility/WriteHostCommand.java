package dev.jpwsh.commands.utility;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.HostInformationMessage;
import dev.jpwsh.engine.exec.InformationRecord;
import dev.jpwsh.engine.exec.MessageStreams;
import dev.jpwsh.engine.host.HostUserInterface.Color;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Write-Host: text for the host, items joined by -Separator, in colours when asked. It travels on the information
 * stream, so {@code 6>&1} captures it as an InformationRecord tagged PSHOST and {@code *>$null} silences it.
 */
@DotNetName("Microsoft.PowerShell.Commands.WriteHostCommand")
public final class WriteHostCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromRemainingArguments = true)
    private Object object;

    @Parameter
    private boolean noNewline;

    @Parameter
    private Object separator = " ";

    @Parameter
    private String foregroundColor;

    @Parameter
    private String backgroundColor;

    @Override
    protected void processRecord() {
        List<String> parts = new ArrayList<>();
        if (object != null) {
            for (Object item : Enumeration.toList(object)) {
                parts.add(LanguagePrimitives.toString(item));
            }
        }
        String message = String.join(LanguagePrimitives.toString(separator), parts);
        HostInformationMessage shown = new HostInformationMessage(message, color(foregroundColor),
                color(backgroundColor), noNewline);
        InformationRecord record = new InformationRecord(shown, "Write-Host", List.of("PSHOST"));
        MessageStreams.writeInformation(frame(), record, true, () -> shown.showOn(ui()));
    }

    private static Color color(String name) {
        if (name == null) {
            return null;
        }
        for (Color c : Color.values()) {
            if (c.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }
}
