package dev.jpwsh.engine.host;

import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code $PSStyle}: the ANSI escape sequences pwsh decorates output with (text attributes, colours, the
 * formatting, progress and file colours) and {@link #getOutputRendering() OutputRendering}. One instance per
 * process, as pwsh's {@code PSStyle.Instance}; its settable members are volatile so any runspace sees a change.
 */
@DotNetName("System.Management.Automation.PSStyle")
public final class PSStyle {
    private static final PSStyle INSTANCE = new PSStyle();

    private volatile OutputRendering outputRendering = OutputRendering.Host;
    private final FormattingData formatting = new FormattingData();
    private final ProgressConfiguration progress = new ProgressConfiguration();
    private final Colors foreground = new ForegroundColor();
    private final Colors background = new BackgroundColor();
    private final FileInfoFormatting fileInfo = new FileInfoFormatting();

    private PSStyle() {
    }

    public static PSStyle instance() {
        return INSTANCE;
    }

    public OutputRendering getOutputRendering() {
        return outputRendering;
    }

    public void setOutputRendering(OutputRendering value) {
        outputRendering = value;
    }

    public String getReset() {
        return "\u001b[0m";
    }

    public String getBlinkOff() {
        return "\u001b[25m";
    }

    public String getBlink() {
        return "\u001b[5m";
    }

    public String getBoldOff() {
        return "\u001b[22m";
    }

    public String getBold() {
        return "\u001b[1m";
    }

    public String getDimOff() {
        return "\u001b[22m";
    }

    public String getDim() {
        return "\u001b[2m";
    }

    public String getHidden() {
        return "\u001b[8m";
    }

    public String getHiddenOff() {
        return "\u001b[28m";
    }

    public String getReverse() {
        return "\u001b[7m";
    }

    public String getReverseOff() {
        return "\u001b[27m";
    }

    public String getItalicOff() {
        return "\u001b[23m";
    }

    public String getItalic() {
        return "\u001b[3m";
    }

    public String getUnderlineOff() {
        return "\u001b[24m";
    }

    public String getUnderline() {
        return "\u001b[4m";
    }

    public String getStrikethroughOff() {
        return "\u001b[29m";
    }

    public String getStrikethrough() {
        return "\u001b[9m";
    }

    public FormattingData getFormatting() {
        return formatting;
    }

    public ProgressConfiguration getProgress() {
        return progress;
    }

    public Colors getForeground() {
        return foreground;
    }

    public Colors getBackground() {
        return background;
    }

    public FileInfoFormatting getFileInfo() {
        return fileInfo;
    }

    /** An OSC 8 hyperlink showing {@code text}. */
    public String FormatHyperlink(String text, Object link) {
        return "\u001b]8;;" + link + "\u001b\\" + text + "\u001b]8;;\u001b\\";
    }

    /** {@code [PSStyle]::MapForegroundColorToEscapeSequence(color)}. */
    public static String MapForegroundColorToEscapeSequence(HostUserInterface.Color color) {
        return INSTANCE.foreground.FromConsoleColor(color);
    }

    /** {@code [PSStyle]::MapBackgroundColorToEscapeSequence(color)}. */
    public static String MapBackgroundColorToEscapeSequence(HostUserInterface.Color color) {
        return INSTANCE.background.FromConsoleColor(color);
    }

    /**
     * {@return {@code value} if it holds only escape sequences}
     *
     * @throws PSRuntimeException ArgumentException when it has printable text, as pwsh refuses it
     */
    static String noContent(String value) {
        if (value == null) {
            throw new PSRuntimeException("ArgumentNullException", "InvalidArgument",
                    "Value cannot be null. (Parameter 'text')", null, "System.ArgumentNullException");
        }
        String text = value.replaceAll("\u001b\\[[0-9;:?]*[ -/]*[@-~]", "").replaceAll("\u001b\\][^\u001b\u0007]*(\u0007|\u001b\\\\)", "");
        if (!text.isEmpty()) {
            throw new PSRuntimeException("ArgumentException", "InvalidArgument", "The specified string contains "
                    + "printable content when it should only contain ANSI escape sequences: " + text, null,
                    "System.ArgumentException");
        }
        return value;
    }

    /** {@code $PSStyle.Foreground}. */
    @DotNetName("System.Management.Automation.PSStyle+ForegroundColor")
    public static final class ForegroundColor extends Colors {
        ForegroundColor() {
            super(30, 90, 38);
        }
    }

    /** {@code $PSStyle.Background}. */
    @DotNetName("System.Management.Automation.PSStyle+BackgroundColor")
    public static final class BackgroundColor extends Colors {
        BackgroundColor() {
            super(40, 100, 48);
        }
    }

    /** The sixteen console colours and RGB colours, as foreground or background sequences. */
    public abstract static class Colors {
        private static final List<String> NAMES = List.of("Black", "Red", "Green", "Yellow", "Blue", "Magenta",
                "Cyan", "White");

        private final int base;
        private final int bright;
        private final int rgb;

        private Colors(int base, int bright, int rgb) {
            this.base = base;
            this.bright = bright;
            this.rgb = rgb;
        }

        private String code(int value) {
            return "\u001b[" + value + "m";
        }

        public String getBlack() {
            return code(base);
        }

        public String getRed() {
            return code(base + 1);
        }

        public String getGreen() {
            return code(base + 2);
        }

        public String getYellow() {
            return code(base + 3);
        }

        public String getBlue() {
            return code(base + 4);
        }

        public String getMagenta() {
            return code(base + 5);
        }

        public String getCyan() {
            return code(base + 6);
        }

        public String getWhite() {
            return code(base + 7);
        }

        public String getBrightBlack() {
            return code(bright);
        }

        public String getBrightRed() {
            return code(bright + 1);
        }

        public String getBrightGreen() {
            return code(bright + 2);
        }

        public String getBrightYellow() {
            return code(bright + 3);
        }

        public String getBrightBlue() {
            return code(bright + 4);
        }

        public String getBrightMagenta() {
            return code(bright + 5);
        }

        public String getBrightCyan() {
            return code(bright + 6);
        }

        public String getBrightWhite() {
            return code(bright + 7);
        }

        /** The 24-bit colour {@code red, green, blue}. */
        public String FromRgb(int red, int green, int blue) {
            return "\u001b[" + rgb + ";2;" + (red & 0xFF) + ";" + (green & 0xFF) + ";" + (blue & 0xFF) + "m";
        }

        /** The 24-bit colour {@code 0xRRGGBB}. */
        public String FromRgb(int value) {
            return FromRgb(value >> 16, value >> 8, value);
        }

        /** The sequence of a console colour: the dark ones as the base eight, the others bright. */
        public String FromConsoleColor(HostUserInterface.Color color) {
            String name = color.name();
            return switch (name) {
                case "Black" -> code(base);
                case "Gray" -> code(base + 7);
                case "DarkGray" -> code(bright);
                case "White" -> code(bright + 7);
                default -> name.startsWith("Dark") ? code(base + NAMES.indexOf(name.substring(4)))
                        : code(bright + NAMES.indexOf(name));
            };
        }
    }

    /** {@code $PSStyle.Formatting}: the decorations of table headers, list labels, errors and stream prefixes. */
    @DotNetName("System.Management.Automation.PSStyle+FormattingData")
    public static final class FormattingData {
        private volatile String formatAccent = "\u001b[32;1m";
        private volatile String tableHeader = "\u001b[32;1m";
        private volatile String customTableHeaderLabel = "\u001b[32;1;3m";
        private volatile String errorAccent = "\u001b[36;1m";
        private volatile String error = "\u001b[31;1m";
        private volatile String warning = "\u001b[33;1m";
        private volatile String verbose = "\u001b[33;1m";
        private volatile String debug = "\u001b[33;1m";
        private volatile String feedbackName = "\u001b[33m";
        private volatile String feedbackText = "\u001b[96m";
        private volatile String feedbackAction = "\u001b[97m";

        public String getFormatAccent() {
            return formatAccent;
        }

        public void setFormatAccent(String value) {
            formatAccent = noContent(value);
        }

        public String getTableHeader() {
            return tableHeader;
        }

        public void setTableHeader(String value) {
            tableHeader = noContent(value);
        }

        public String getCustomTableHeaderLabel() {
            return customTableHeaderLabel;
        }

        public void setCustomTableHeaderLabel(String value) {
            customTableHeaderLabel = noContent(value);
        }

        public String getErrorAccent() {
            return errorAccent;
        }

        public void setErrorAccent(String value) {
            errorAccent = noContent(value);
        }

        public String getError() {
            return error;
        }

        public void setError(String value) {
            error = noContent(value);
        }

        public String getWarning() {
            return warning;
        }

        public void setWarning(String value) {
            warning = noContent(value);
        }

        public String getVerbose() {
            return verbose;
        }

        public void setVerbose(String value) {
            verbose = noContent(value);
        }

        public String getDebug() {
            return debug;
        }

        public void setDebug(String value) {
            debug = noContent(value);
        }

        public String getFeedbackName() {
            return feedbackName;
        }

        public void setFeedbackName(String value) {
            feedbackName = noContent(value);
        }

        public String getFeedbackText() {
            return feedbackText;
        }

        public void setFeedbackText(String value) {
            feedbackText = noContent(value);
        }

        public String getFeedbackAction() {
            return feedbackAction;
        }

        public void setFeedbackAction(String value) {
            feedbackAction = noContent(value);
        }
    }

    /** {@code $PSStyle.Progress}: the progress bar's style, width and view. */
    @DotNetName("System.Management.Automation.PSStyle+ProgressConfiguration")
    public static final class ProgressConfiguration {
        private static final int MINIMUM_WIDTH = 18;

        private volatile String style = "\u001b[33;1m";
        private volatile int maxWidth = 120;
        private volatile String view = "Minimal";
        private volatile boolean useOSCIndicator;

        public String getStyle() {
            return style;
        }

        public void setStyle(String value) {
            style = noContent(value);
        }

        public int getMaxWidth() {
            return maxWidth;
        }

        public void setMaxWidth(int value) {
            if (value < MINIMUM_WIDTH) {
                throw new PSRuntimeException("ArgumentOutOfRangeException", "InvalidArgument", "The MaxWidth for "
                        + "the Progress rendering must be at least 18 to render correctly. (Parameter 'MaxWidth')",
                        null, "System.ArgumentOutOfRangeException");
            }
            maxWidth = value;
        }

        public String getView() {
            return view;
        }

        public void setView(String value) {
            String v = value == null ? "" : value.toLowerCase(Locale.ROOT);
            if (!v.equals("minimal") && !v.equals("classic")) {
                throw new PSRuntimeException("ArgumentException", "InvalidArgument", "Cannot convert value \""
                        + value + "\" to type \"System.Management.Automation.ProgressView\". Error: \"Unable to "
                        + "match the identifier name " + value + " to a valid enumerator name. Specify one of the "
                        + "following enumerator names and try again:\nMinimal, Classic\"", null,
                        "System.Management.Automation.PSInvalidCastException");
            }
            view = v.equals("minimal") ? "Minimal" : "Classic";
        }

        public boolean getUseOSCIndicator() {
            return useOSCIndicator;
        }

        public void setUseOSCIndicator(boolean value) {
            useOSCIndicator = value;
        }
    }

    /** {@code $PSStyle.FileInfo}: the colours of directories, links, executables and file extensions. */
    @DotNetName("System.Management.Automation.PSStyle+FileInfoFormatting")
    public static final class FileInfoFormatting {
        private volatile String directory = "\u001b[44;1m";
        private volatile String symbolicLink = "\u001b[36;1m";
        private volatile String executable = "\u001b[32;1m";
        private final Map<String, String> extension = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

        FileInfoFormatting() {
            for (String archive : List.of(".zip", ".tgz", ".gz", ".tar", ".nupkg", ".cab", ".7z")) {
                extension.put(archive, "\u001b[31;1m");
            }
            for (String script : List.of(".ps1", ".psd1", ".psm1", ".ps1xml")) {
                extension.put(script, "\u001b[33;1m");
            }
        }

        public String getDirectory() {
            return directory;
        }

        public void setDirectory(String value) {
            directory = noContent(value);
        }

        public String getSymbolicLink() {
            return symbolicLink;
        }

        public void setSymbolicLink(String value) {
            symbolicLink = noContent(value);
        }

        public String getExecutable() {
            return executable;
        }

        public void setExecutable(String value) {
            executable = noContent(value);
        }

        /** The extension colours, keyed by extension with its period ({@code .zip}). */
        public Map<String, String> getExtension() {
            return extension;
        }
    }
}
