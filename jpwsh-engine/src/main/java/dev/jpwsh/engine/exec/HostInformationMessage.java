package dev.jpwsh.engine.exec;

import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * The MessageData of Write-Host's information record: the text and how the host shows it. Prints as its text.
 * Immutable.
 */
@DotNetName("System.Management.Automation.HostInformationMessage")
public record HostInformationMessage(String message, HostUserInterface.Color foregroundColor,
        HostUserInterface.Color backgroundColor, boolean noNewLine) {

    public String getMessage() {
        return message;
    }

    public HostUserInterface.Color getForegroundColor() {
        return foregroundColor;
    }

    public HostUserInterface.Color getBackgroundColor() {
        return backgroundColor;
    }

    public boolean getNoNewLine() {
        return noNewLine;
    }

    /** Shows the message on {@code ui}, as Write-Host does. */
    public void showOn(HostUserInterface ui) {
        ui.write(foregroundColor, backgroundColor, message + (noNewLine ? "" : "\n"));
    }

    @Override
    public String toString() {
        return message;
    }
}
