package dev.jpwsh.console.psreadline;

import dev.jpwsh.console.line.ReadLineOptions;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSObject;
import java.util.Map;

/**
 * Get-PSReadLineOption: the options jpwsh's line editor honours, as a PSConsoleReadLineOptions with PSReadLine's
 * property names (each colour as {@code <Kind>Color}, its escape sequence).
 */
@DotNetName("Microsoft.PowerShell.GetPSReadLineOption")
public final class GetPSReadLineOptionCommand extends Cmdlet {
    @Override
    protected void endProcessing() {
        ReadLineOptions options = ReadLineOptions.process();
        PSObject view = new PSObject();
        view.typeNamesForUpdate().addFirst("Microsoft.PowerShell.PSConsoleReadLineOptions");
        view.set("EditMode", options.editMode());
        view.set("ContinuationPrompt", options.continuationPrompt());
        view.set("HistoryNoDuplicates", options.historyNoDuplicates());
        view.set("HistorySavePath", options.historySavePath());
        view.set("MaximumHistoryCount", options.maximumHistoryCount());
        view.set("BellStyle", options.bellStyle());
        view.set("PredictionSource", options.predictionSource());
        view.set("PredictionViewStyle", "InlineView");
        for (Map.Entry<String, String> color : options.colors().entrySet()) {
            view.set(color.getKey() + "Color", color.getValue());
        }
        writeObject(view);
    }
}
