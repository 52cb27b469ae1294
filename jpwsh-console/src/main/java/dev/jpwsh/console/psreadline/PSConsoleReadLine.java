package dev.jpwsh.console.psreadline;

import dev.jpwsh.console.line.EditBuffer;
import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * {@code [Microsoft.PowerShell.PSConsoleReadLine]}'s methods that key handler script blocks use on the line being typed:
 * Insert, GetBufferState, SetCursorPosition, RevertLine and AcceptLine.
 */
@DotNetName("Microsoft.PowerShell.PSConsoleReadLine")
public final class PSConsoleReadLine {
    private PSConsoleReadLine() {
    }

    public static void Insert(String text) {
        EditBuffer.insert(text);
    }

    public static void GetBufferState(Ref input, Ref cursor) {
        input.setValue(EditBuffer.text());
        cursor.setValue(EditBuffer.cursor());
    }

    public static void SetCursorPosition(int cursor) {
        EditBuffer.cursor(cursor);
    }

    public static void RevertLine() {
        EditBuffer.revert();
    }

    public static void AcceptLine() {
        EditBuffer.accept();
    }
}
