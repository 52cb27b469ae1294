package dev.jpwsh.console.psreadline;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * PSReadLine's groups of key handler functions, in the order Get-PSReadLineKeyHandler lists them, each with the
 * heading its table shows.
 */
@DotNetName("Microsoft.PowerShell.KeyHandlerGroup")
public enum KeyHandlerGroup {
    Basic("Basic editing functions"),
    CursorMovement("Cursor movement functions"),
    History("History functions"),
    Completion("Completion functions"),
    Prediction("Prediction functions"),
    Miscellaneous("Miscellaneous functions"),
    Selection("Selection functions"),
    Search("Search functions"),
    Custom("User defined functions");

    private final String heading;

    KeyHandlerGroup(String heading) {
        this.heading = heading;
    }

    String heading() {
        return heading;
    }
}
