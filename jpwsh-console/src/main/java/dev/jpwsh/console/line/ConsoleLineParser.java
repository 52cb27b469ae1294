package dev.jpwsh.console.line;

import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.source.SourceText;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;

/**
 * How JLine sees a line of PowerShell: Enter on input the parser finds incomplete (an open brace, quote or here-string,
 * a pipe at the end) adds a line under the {@code >> } prompt instead of running it; for Tab, the word is the part the
 * session's completions replace, so JLine puts them in as they are.
 */
final class ConsoleLineParser implements org.jline.reader.Parser {
    private volatile CompletionSource completions = (input, cursor) -> CompletionSource.Completions.NONE;
    /** Whether the line is plain input (Read-Host's) rather than a command: Enter always ends it, Tab completes nothing. */
    private volatile boolean plainInput;

    void plainInput(boolean plain) {
        plainInput = plain;
    }

    boolean plainInput() {
        return plainInput;
    }

    void completeWith(CompletionSource source) {
        completions = source;
    }

    CompletionSource completions() {
        return completions;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (plainInput) {
            return new Line(line, cursor, "", CompletionSource.Completions.NONE);
        }
        if (context == ParseContext.ACCEPT_LINE && Parser.parse(new SourceText("", line)).isIncomplete()) {
            throw new EOFError(-1, -1, "incomplete input");
        }
        if (context == ParseContext.COMPLETE) {
            CompletionSource.Completions found = completions().complete(line, cursor);
            int start = Math.min(found.start(), cursor);
            return new Line(line, cursor, line.substring(start, cursor), found);
        }
        return new Line(line, cursor, "", CompletionSource.Completions.NONE);
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }

    /** The line; {@code word} is the text before the cursor that completion replaces. */
    record Line(String line, int cursor, String word, CompletionSource.Completions completions)
            implements CompletingParsedLine {
        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return word.length();
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }
    }
}
