package dev.jpwsh.commands.completion;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.languageapi.Ast;
import dev.jpwsh.engine.languageapi.ScriptPosition;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The completions of one input at one cursor position, and the part of the input they replace; what
 * {@code TabExpansion2} and {@code [System.Management.Automation.CommandCompletion]::CompleteInput} return.
 * CurrentMatchIndex starts at -1; {@link #GetNextResult} steps through the matches as a host's Tab key does.
 */
@DotNetName("System.Management.Automation.CommandCompletion")
public final class CommandCompletion {
    private final List<CompletionResult> matches;
    private final int replacementIndex;
    private final int replacementLength;
    private int currentMatchIndex = -1;

    CommandCompletion(List<CompletionResult> matches, int replacementIndex, int replacementLength) {
        this.matches = new ArrayList<>(matches);
        this.replacementIndex = replacementIndex;
        this.replacementLength = replacementLength;
    }

    /** Completes {@code input} at {@code cursorIndex} in {@code frame}'s scope. */
    static CommandCompletion complete(Frame frame, String input, int cursorIndex) {
        String text = input == null ? "" : input;
        int cursor = Math.max(0, Math.min(cursorIndex, text.length()));
        CompletionInput analysed = CompletionInput.of(text, cursor);
        List<CompletionResult> results = Completers.complete(frame, analysed);
        int start = analysed.wordStart();
        switch (analysed.kind()) {
            case MEMBER, STATIC_MEMBER -> start = cursor - analysed.memberPrefix().length();
            case TYPE -> start++;
            default -> {
            }
        }
        return new CommandCompletion(results, results.isEmpty() ? cursor : start,
                results.isEmpty() ? 0 : cursor - start);
    }

    /** {@code CompleteInput(input, cursorIndex, options)}: in the session of the calling thread, at its top level. */
    public static CommandCompletion CompleteInput(String input, int cursorIndex, Map<?, ?> options) {
        ArgumentExceptions.notNull(input, "input");
        if (cursorIndex < 0 || cursorIndex > input.length()) {
            throw ArgumentExceptions.argument("Cursor index " + cursorIndex + " is outside the input.", "cursorIndex");
        }
        return complete(sessionFrame(), input, cursorIndex);
    }

    /** {@code CompleteInput(ast, tokens, positionOfCursor, options)}: the text of the parsed input at the position. */
    public static CommandCompletion CompleteInput(Ast ast, Object tokens, ScriptPosition positionOfCursor,
            Map<?, ?> options) {
        ArgumentExceptions.notNull(ast, "ast");
        ArgumentExceptions.notNull(tokens, "tokens");
        ArgumentExceptions.notNull(positionOfCursor, "positionOfCursor");
        return complete(sessionFrame(), ast.getExtent().getText(), positionOfCursor.getOffset());
    }

    static Frame sessionFrame() {
        ExecutionContext context = ExecutionContext.onThisThread();
        return new Frame(context, context.global(), context.global());
    }

    public List<CompletionResult> getCompletionMatches() {
        return matches;
    }

    public int getCurrentMatchIndex() {
        return currentMatchIndex;
    }

    public void setCurrentMatchIndex(int index) {
        currentMatchIndex = index;
    }

    public int getReplacementIndex() {
        return replacementIndex;
    }

    public int getReplacementLength() {
        return replacementLength;
    }

    /** The next match (the previous one when {@code forward} is false), wrapping around; null when there is none. */
    public CompletionResult GetNextResult(boolean forward) {
        if (matches.isEmpty()) {
            return null;
        }
        int n = matches.size();
        currentMatchIndex = forward ? (currentMatchIndex + 1) % n : currentMatchIndex <= 0 ? n - 1
                : currentMatchIndex - 1;
        return matches.get(currentMatchIndex);
    }
}
