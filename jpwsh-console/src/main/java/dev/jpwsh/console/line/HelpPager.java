package dev.jpwsh.console.line;

import java.util.List;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;

/**
 * Shows a text in the terminal's alternate screen, a window at a time, until q or Escape, as PSReadLine shows a
 * command's full help (F1, ShowCommandHelp): Space or PageDown for the next window, b or PageUp for the one before,
 * Down, Enter or j a line further, Up or k a line back. The screen the user typed on is back as it was afterwards.
 */
final class HelpPager {
    private enum Key { QUIT, PAGE_DOWN, PAGE_UP, LINE_DOWN, LINE_UP, OTHER }

    private static final String ALTERNATE_SCREEN = "\u001b[?1049h";
    private static final String MAIN_SCREEN = "\u001b[?1049l";
    private static final String STATUS =
            "Press q or Escape to return to the prompt, Space or b for the next or previous page";

    private final Terminal terminal;
    private final BindingReader keys;

    HelpPager(Terminal terminal, BindingReader keys) {
        this.terminal = terminal;
        this.keys = keys;
    }

    /** Shows {@code text} and returns when the user leaves it. */
    void show(String text) {
        List<String> lines = text.lines().toList();
        KeyMap<Key> map = keyMap();
        terminal.writer().write(ALTERNATE_SCREEN);
        try {
            int top = 0;
            while (true) {
                int height = Math.max(terminal.getHeight() - 1, 1);
                int last = Math.max(lines.size() - height, 0);
                top = Math.clamp(top, 0, last);
                draw(lines, top, height);
                Key key = keys.readBinding(map);
                if (key == null || key == Key.QUIT) {
                    return;
                }
                top += switch (key) {
                    case PAGE_DOWN -> height;
                    case PAGE_UP -> -height;
                    case LINE_DOWN -> 1;
                    case LINE_UP -> -1;
                    default -> 0;
                };
            }
        } finally {
            terminal.writer().write(MAIN_SCREEN);
            terminal.flush();
        }
    }

    private void draw(List<String> lines, int top, int height) {
        int width = Math.max(terminal.getWidth(), 1);
        StringBuilder screen = new StringBuilder("\u001b[H\u001b[2J");
        for (int i = top; i < Math.min(top + height, lines.size()); i++) {
            String line = lines.get(i);
            screen.append(line.length() > width ? line.substring(0, width) : line).append("\r\n");
        }
        screen.append("\u001b[").append(height + 1).append(";1H\u001b[7m")
                .append(STATUS.length() > width ? STATUS.substring(0, width) : STATUS).append("\u001b[0m");
        terminal.writer().write(screen.toString());
        terminal.flush();
    }

    private KeyMap<Key> keyMap() {
        KeyMap<Key> map = new KeyMap<>();
        map.setNomatch(Key.OTHER);
        map.setAmbiguousTimeout(100);
        map.bind(Key.QUIT, "q", "Q", KeyMap.esc());
        // the keys xterm-like terminals send, in both cursor modes
        map.bind(Key.PAGE_DOWN, " ", "\u001b[6~");
        map.bind(Key.PAGE_UP, "b", "\u001b[5~");
        map.bind(Key.LINE_DOWN, "\r", "j", "\u001b[B", "\u001bOB");
        map.bind(Key.LINE_UP, "k", "\u001b[A", "\u001bOA");
        return map;
    }
}
