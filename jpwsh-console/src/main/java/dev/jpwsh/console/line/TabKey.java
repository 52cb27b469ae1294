package dev.jpwsh.console.line;

import java.util.List;
import org.jline.keymap.KeyMap;
import org.jline.reader.Buffer;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;

/**
 * Tab as PSReadLine's {@code Complete} does it: the one match replaces what it completes; several put in their common
 * beginning (compared without case, so {@code get-c} becomes {@code Get-C}); a second Tab with nothing changed in
 * between shows them as a menu to pick from (JLine's menu completion, with the same matches).
 */
final class TabKey {
    private static final String WIDGET = "jpwsh-complete";

    private final LineReader reader;
    private final ConsoleLineParser parser;
    /** The buffer and cursor the last Tab left, to know a second Tab from a first. */
    private String lastText;
    private int lastCursor = -1;

    private TabKey(LineReader reader, ConsoleLineParser parser) {
        this.reader = reader;
        this.parser = parser;
    }

    static void bind(LineReader reader, ConsoleLineParser parser) {
        TabKey key = new TabKey(reader, parser);
        reader.getWidgets().put(WIDGET, key::complete);
        reader.getKeyMaps().get(LineReader.EMACS).bind(new Reference(WIDGET), KeyMap.ctrl('I'));
    }

    private boolean complete() {
        if (parser.plainInput()) {
            return true;
        }
        Buffer buffer = reader.getBuffer();
        String text = buffer.toString();
        int cursor = buffer.cursor();
        if (text.equals(lastText) && cursor == lastCursor) {
            reader.callWidget(LineReader.MENU_COMPLETE);
            return true;
        }
        CompletionSource.Completions found = parser.completions().complete(text, cursor);
        List<CompletionSource.Match> matches = found.matches();
        if (matches.isEmpty()) {
            reader.callWidget(LineReader.BEEP);
            return true;
        }
        String replacement = matches.size() == 1 ? matches.getFirst().completionText()
                : SessionCompleter.commonPrefix(matches.stream().map(CompletionSource.Match::completionText).toList());
        int start = Math.min(found.start(), cursor);
        int end = Math.min(text.length(), Math.max(cursor, found.start() + found.length()));
        if (replacement.length() >= end - start) {
            buffer.cursor(start);
            buffer.delete(end - start);
            buffer.write(replacement);
        }
        lastText = buffer.toString();
        lastCursor = buffer.cursor();
        return true;
    }
}
