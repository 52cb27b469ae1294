package dev.jpwsh.console.progress;

import dev.jpwsh.engine.exec.ProgressRecord;
import dev.jpwsh.engine.host.PSStyle;
import java.util.List;

/**
 * The progress display under the console's output, as escape sequences for the host to write: {@link #show} draws the
 * activities from the start of the line below the output (the cursor hidden meanwhile, and put back where the output
 * goes on), {@link #hide} erases them, so that the host can write output above and draw them again. Classic view
 * lines are yellow on dark cyan, as pwsh's console colours them. Not thread-safe: the host calls it under its lock.
 */
public final class ProgressDisplay {
    private static final String ESC = "\u001b[";
    private static final String CLASSIC_COLORS = ESC + "93;46m";
    private static final String RESET = ESC + "0m";
    private static final int MIN_LINES = 5;

    private final ProgressTree tree = new ProgressTree();
    /** How many lines are drawn now; 0 when hidden. */
    private int shown;
    /** The output's column when the display was drawn (it then starts on the next line), else -1. */
    private int outputColumn = -1;

    /** Takes in a record; the caller then hides and shows the display again. */
    public void update(ProgressRecord record) {
        tree.update(record);
    }

    /** Forgets every activity (the pipeline that reported them ended); the caller hides the display first. */
    public void clear() {
        tree.clear();
    }

    public boolean isShowing() {
        return shown > 0;
    }

    /**
     * {@return the text that draws the activities}, empty when there are none; {@code column} is where the output's
     * cursor is on its line, {@code width} and {@code height} the window's size.
     */
    public String show(int column, int width, int height) {
        if (tree.isEmpty() || width <= 0) {
            return "";
        }
        boolean minimal = "Minimal".equals(PSStyle.instance().getProgress().getView());
        List<String> lines = ProgressRendering.render(tree, width, minimal, Math.max(MIN_LINES, height / 3));
        if (lines.isEmpty()) {
            return "";
        }
        int pad = lines.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder text = new StringBuilder(ESC + "?25l").append(column > 0 ? "\n" : "\r");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            text.append(minimal ? line : CLASSIC_COLORS + line + " ".repeat(pad - line.length()) + RESET)
                    .append(ESC + "K").append(i < lines.size() - 1 ? "\n" : "\r");
        }
        if (lines.size() > 1) {
            text.append(ESC).append(lines.size() - 1).append('A');
        }
        shown = lines.size();
        outputColumn = column;
        return text.toString();
    }

    /** {@return the text that erases the activities and puts the cursor back where the output goes on} */
    public String hide() {
        if (shown == 0) {
            return "";
        }
        shown = 0;
        String back = outputColumn > 0 ? ESC + "1A" + ESC + (outputColumn + 1) + "G" : "";
        return "\r" + ESC + "J" + back + ESC + "?25h";
    }
}
