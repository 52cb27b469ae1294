package dev.jpwsh.console.psreadline;

import dev.jpwsh.console.line.ReadLineOptions;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.Locale;
import java.util.Map;

/**
 * Set-PSReadLineOption for the options jpwsh's line editor honours: -EditMode (Emacs or Vi; Windows keeps Emacs's
 * keys), -ContinuationPrompt, -HistorySavePath, -HistoryNoDuplicates, -MaximumHistoryCount, -BellStyle and -Colors
 * (a hashtable of token kinds to a ConsoleColor or an escape sequence). An unknown colour name is PSReadLine's error.
 */
@DotNetName("Microsoft.PowerShell.SetPSReadLineOption")
public final class SetPSReadLineOptionCommand extends Cmdlet {
    @Parameter
    private ReadLineOptions.EditMode editMode;

    @Parameter
    private String continuationPrompt;

    @Parameter
    private String historySavePath;

    @Parameter
    private Boolean historyNoDuplicates;

    @Parameter
    private Integer maximumHistoryCount;

    @Parameter
    private ReadLineOptions.BellStyle bellStyle;

    @Parameter
    private ReadLineOptions.PredictionSource predictionSource;

    @Parameter
    private Map<?, ?> colors;

    @Override
    protected void endProcessing() {
        ReadLineOptions options = ReadLineOptions.process();
        if (colors != null) {
            for (Map.Entry<?, ?> entry : colors.entrySet()) {
                String kind = LanguagePrimitives.toString(entry.getKey());
                String name = kind.toLowerCase(Locale.ROOT).endsWith("color") ? kind.substring(0, kind.length() - 5)
                        : kind;
                if (!options.color(name, escape(entry.getValue()))) {
                    throw terminatingError(RuntimeFailures.create("System.ArgumentException", "InvalidArgument",
                            "Invalid color property: " + kind, kind, "System.ArgumentException"));
                }
            }
        }
        if (editMode != null) {
            options.editMode(editMode);
        }
        if (continuationPrompt != null) {
            options.continuationPrompt(continuationPrompt);
        }
        if (historySavePath != null) {
            options.historySavePath(historySavePath);
        }
        if (historyNoDuplicates != null) {
            options.historyNoDuplicates(historyNoDuplicates);
        }
        if (maximumHistoryCount != null) {
            options.maximumHistoryCount(maximumHistoryCount);
        }
        if (bellStyle != null) {
            options.bellStyle(bellStyle);
        }
        if (predictionSource != null) {
            options.predictionSource(predictionSource);
        }
    }

    /**
     * A ConsoleColor (by value or name) or an RGB colour ({@code #RRGGBB}) as the escape sequence PSReadLine makes of
     * it; any other text (an escape sequence) as it is.
     */
    private static String escape(Object value) {
        String text = LanguagePrimitives.toString(value);
        HostUserInterface.Color color = HostUserInterface.Color.named(text);
        if (color != null) {
            return "\u001b[" + color.ansiForeground() + "m";
        }
        String hex = text.startsWith("#") ? text.substring(1) : text;
        if (hex.matches("[0-9A-Fa-f]{6}")) {
            int rgb = Integer.parseInt(hex, 16);
            return rgb < 256 ? "\u001b[38;5;" + rgb + "m"
                    : "\u001b[38;2;" + (rgb >> 16 & 0xff) + ";" + (rgb >> 8 & 0xff) + ";" + (rgb & 0xff) + "m";
        }
        return text;
    }
}
