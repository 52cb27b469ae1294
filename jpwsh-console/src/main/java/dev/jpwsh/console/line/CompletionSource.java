package dev.jpwsh.console.line;

import java.util.List;

/** Where Tab's matches come from: the session's {@code TabExpansion2}, in the console. */
@FunctionalInterface
public interface CompletionSource {
    /** One match: the text that replaces the completed part, and what the menu lists. */
    record Match(String completionText, String listItemText) {
    }

    /** The matches, and the part of the input (from {@code start}, {@code length} characters) they replace. */
    record Completions(int start, int length, List<Match> matches) {
        public static final Completions NONE = new Completions(0, 0, List.of());
    }

    /**
     * {@return the completions of {@code input} with the cursor at {@code cursor}}; {@link Completions#NONE} when
     * there are none or completing failed.
     */
    Completions complete(String input, int cursor);
}
