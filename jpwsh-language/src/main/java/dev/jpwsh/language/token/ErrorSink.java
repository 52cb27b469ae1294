package dev.jpwsh.language.token;

/** Where the tokenizer reports malformed input; the parser turns reports into parse errors. */
@FunctionalInterface
public interface ErrorSink {
    /**
     * @param errorId         a ParserStrings key, such as {@code TerminatorExpectedAtEndOfString}
     * @param incompleteInput true when more input could make the text valid (an unterminated string)
     * @param args            the message's arguments
     */
    void report(String errorId, int start, int end, boolean incompleteInput, Object... args);
}
