package dev.jpwsh.console.rawui;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * A key ReadKey read: its virtual key code (a letter's upper-case code, Enter 13, Escape 27, Backspace 8), its
 * character, the modifier keys (none: a terminal does not tell them apart) and whether it went down; shown as
 * {@code code,character,state,down}.
 */
@DotNetName("System.Management.Automation.Host.KeyInfo")
public final class KeyInfo {
    private static final int BACKSPACE = 8;
    private static final int ENTER = 13;
    private static final int DELETE = 127;

    private final int virtualKeyCode;
    private final char character;

    KeyInfo(char character) {
        this.character = character == '\n' ? '\r' : character;
        this.virtualKeyCode = virtualKeyCode(this.character);
    }

    private static int virtualKeyCode(char c) {
        if (c >= 'a' && c <= 'z') {
            return Character.toUpperCase(c);
        }
        if (c == '\r') {
            return ENTER;
        }
        if (c == DELETE) {
            return BACKSPACE;
        }
        return c;
    }

    public int getVirtualKeyCode() {
        return virtualKeyCode;
    }

    public char getCharacter() {
        return character;
    }

    /** System.Management.Automation.Host.ControlKeyStates: 0, no modifier known. */
    public int getControlKeyState() {
        return 0;
    }

    public boolean getKeyDown() {
        return true;
    }

    @Override
    public String toString() {
        return virtualKeyCode + "," + character + ",0,True";
    }
}
