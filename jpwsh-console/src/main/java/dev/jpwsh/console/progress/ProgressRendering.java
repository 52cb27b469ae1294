package dev.jpwsh.console.progress;

import dev.jpwsh.engine.host.PSStyle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of the progress display, as pwsh's console renders its nodes: a child two columns in from its parent.
 * Minimal view: {@code activity [status…      secs]} in {@code $PSStyle.Progress.Style}, the done part of the bar in
 * reverse video, no wider than {@code $PSStyle.Progress.MaxWidth}. Classic view: the activity, the status, a bar of
 * {@code o}s and the time left, each line framed by a space.
 */
final class ProgressRendering {
    private static final String ELLIPSIS = "\u2026";
    private static final String REVERSE = "\u001b[7m";
    private static final String REVERSE_OFF = "\u001b[27m";
    private static final String RESET = "\u001b[0m";
    private static final int CHILD_INDENT = 2;
    private static final int CLASSIC_INDENT = 3;

    private ProgressRendering() {
    }

    static List<String> render(ProgressTree tree, int width, boolean minimal, int maxLines) {
        List<String> lines = new ArrayList<>();
        render(tree, -1, 0, width, minimal, lines);
        return lines.size() > maxLines ? lines.subList(0, maxLines) : lines;
    }

    private static void render(ProgressTree tree, int parentId, int indent, int width, boolean minimal,
            List<String> lines) {
        for (ProgressTree.Activity activity : tree.children(parentId)) {
            int before = lines.size();
            if (minimal) {
                lines.add(minimal(activity, indent, width));
            } else {
                classic(activity, indent, width, lines);
            }
            render(tree, activity.id(), indent + (lines.size() > before ? CHILD_INDENT : 0), width, minimal, lines);
        }
    }

    private static String minimal(ProgressTree.Activity node, int indentation, int width) {
        PSStyle.ProgressConfiguration settings = PSStyle.instance().getProgress();
        int maxWidth = settings.getMaxWidth() > 0 ? Math.min(width, settings.getMaxWidth()) : width;
        String activity = node.activity();
        if (activity.length() > maxWidth / 2) {
            activity = activity.substring(0, Math.max(0, maxWidth / 2 - 1)) + ELLIPSIS;
        }
        String seconds = node.secondsRemaining() >= 0 ? node.secondsRemaining() + "s" : "";
        int barWidth = maxWidth - activity.length() - indentation - 4;
        int statusWidth = barWidth - (seconds.length() + 1);
        String status = node.status();
        if (statusWidth > 0 && status.length() > statusWidth) {
            status = status.substring(0, Math.max(0, statusWidth - 1)) + ELLIPSIS;
        }
        StringBuilder bar = new StringBuilder(REVERSE).append(status)
                .append(" ".repeat(Math.max(0, barWidth - status.length() - seconds.length() - 1))).append(seconds);
        int percent = node.percent();
        if (percent < 0 || percent >= 100 || barWidth <= 0) {
            bar.append(REVERSE_OFF);
        } else {
            int done = Math.min(percent * barWidth / 100, barWidth - 1);
            bar.insert(Math.min(REVERSE.length() + done, bar.length()), REVERSE_OFF);
        }
        return " ".repeat(indentation) + settings.getStyle() + activity + " [" + bar + "]" + RESET;
    }

    private static void classic(ProgressTree.Activity node, int indentation, int width, List<String> lines) {
        lines.add(fit(" " + " ".repeat(indentation) + node.activity() + " ", width));
        String indent = " ".repeat(indentation + CLASSIC_INDENT);
        wrapped(node.status(), indent, width, lines);
        if (node.percent() >= 0) {
            int thermometer = Math.max(3, width - indent.length() - 9);
            int mercury = node.percent() * thermometer / 100;
            if (node.percent() < 100 && mercury == thermometer) {
                mercury--;
            }
            lines.add(fit(" " + indent + "[" + "o".repeat(mercury) + " ".repeat(thermometer - mercury) + "] ",
                    width));
        }
        if (node.secondsRemaining() >= 0) {
            Duration left = Duration.ofSeconds(node.secondsRemaining());
            String span = String.format("%02d:%02d:%02d", left.toHours(), left.toMinutesPart(), left.toSecondsPart());
            lines.add(fit(" " + indent + span + " remaining. ", width));
        }
        if (node.currentOperation() != null && !node.currentOperation().isEmpty()) {
            lines.add(" ");
            wrapped(node.currentOperation(), indent, width, lines);
        }
    }

    private static void wrapped(String text, String indent, int width, List<String> lines) {
        String rest = " " + indent + text + " ";
        if (width <= indent.length() + 2) {
            lines.add(fit(rest, width));
            return;
        }
        while (true) {
            String line = fit(rest, width);
            lines.add(line);
            if (line.length() == rest.length()) {
                return;
            }
            rest = " " + indent + rest.substring(line.length());
        }
    }

    private static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(1, width));
    }
}
