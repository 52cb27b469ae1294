package dev.jpwsh.commands.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out help text the way pwsh's custom-control writer does for the help views: text gathers on the current
 * line; a new line writes it out (each of its lines, empty ones too) indented by the frames open at that moment, so
 * an empty line inside a frame is a run of blanks; a frame indents four columns more; the end writes out what is
 * pending, an empty line when nothing is. One instance lays out one help text.
 */
final class HelpWriter {
    private static final int FRAME = 4;

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private int indent;

    HelpWriter text(String text) {
        pending.append(text);
        return this;
    }

    HelpWriter newLine() {
        for (String line : pending.toString().split("\n", -1)) {
            lines.add(" ".repeat(indent) + line);
        }
        pending.setLength(0);
        return this;
    }

    /** Runs {@code body} four columns further in. */
    HelpWriter frame(Runnable body) {
        indent += FRAME;
        try {
            body.run();
        } finally {
            indent -= FRAME;
        }
        return this;
    }

    /** The lines laid out, after writing out what is pending. */
    String finish() {
        newLine();
        return String.join("\n", lines);
    }
}
