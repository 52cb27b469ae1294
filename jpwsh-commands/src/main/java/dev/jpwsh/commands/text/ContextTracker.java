package dev.jpwsh.commands.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Follows the lines of one input (a file, or the piped strings) and releases each match once its context is
 * known: PreContext and PostContext are the lines around it, matches included; DisplayPreContext and
 * DisplayPostContext leave out the lines the previous or next match shows, as pwsh's two trackers do.
 */
final class ContextTracker {
    private final int pre;
    private final int post;
    private final List<MatchInfo> ready = new ArrayList<>();
    /** The last pre + post + 1 entries: a String line or a MatchInfo. */
    private final List<Object> window = new ArrayList<>();
    private boolean preEntriesDone;
    private final Deque<String> displayPre = new ArrayDeque<>();
    private final List<String> displayPost = new ArrayList<>();
    private MatchInfo displayed;

    ContextTracker(int pre, int post) {
        this.pre = pre;
        this.post = post;
    }

    /** The matches whose context is complete, in order; the caller writes and clears them. */
    List<MatchInfo> ready() {
        return ready;
    }

    void trackLine(String line) {
        if (displayed != null) {
            displayPost.add(line);
            if (displayPost.size() >= post) {
                settleDisplay();
            }
        } else if (pre > 0) {
            displayPre.addLast(line);
            if (displayPre.size() > pre) {
                displayPre.removeFirst();
            }
        }
        add(line);
    }

    void trackMatch(MatchInfo match) {
        if (pre == 0 && post == 0) {
            ready.add(match);
            return;
        }
        if (displayed != null) {
            settleDisplay();
        }
        displayed = match;
        if (post == 0) {
            settleDisplay();
        }
        add(match);
    }

    void trackEnd() {
        if (pre == 0 && post == 0) {
            return;
        }
        if (displayed != null) {
            settleDisplay();
        }
        emitRange(window.size() == pre + post + 1 ? pre + 1 : 0, window.size() - 1);
    }

    private void settleDisplay() {
        if (displayed.getContext() != null) {
            displayed.getContext().setDisplayPreContext(displayPre.toArray(String[]::new));
            displayed.getContext().setDisplayPostContext(displayPost.toArray(String[]::new));
        }
        displayed = null;
        displayPre.clear();
        displayPost.clear();
    }

    private void add(Object entry) {
        window.add(entry);
        if (window.size() > pre + post + 1) {
            window.removeFirst();
        }
        if (window.size() == pre + post + 1) {
            if (preEntriesDone) {
                emitRange(pre, pre);
            } else {
                emitRange(0, pre);
                preEntriesDone = true;
            }
        }
    }

    private void emitRange(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (window.get(i) instanceof MatchInfo match) {
                if (match.getContext() != null) {
                    int start = Math.max(i - pre, 0);
                    match.getContext().setPreContext(text(start, i));
                    match.getContext().setPostContext(text(i + 1, i + 1 + Math.min(post, window.size() - i - 1)));
                }
                ready.add(match);
            }
        }
    }

    private String[] text(int from, int to) {
        String[] lines = new String[to - from];
        for (int i = from; i < to; i++) {
            Object entry = window.get(i);
            lines[i - from] = entry instanceof MatchInfo m ? m.getLine() : (String) entry;
        }
        return lines;
    }
}
