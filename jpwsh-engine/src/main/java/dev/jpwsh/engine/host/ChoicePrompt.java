package dev.jpwsh.engine.host;

import dev.jpwsh.engine.host.HostUserInterface.Color;
import java.util.List;
import java.util.Locale;

/**
 * PromptForChoice as pwsh's console lays it out, for any host that reads lines: an empty line and the caption,
 * the message, then the choices on one line ({@code [Y] Yes  [N] No  [?] Help (default is "Y"): }, wrapped at the
 * window's width), read until the answer names a choice by its label or hot key. An empty answer takes the default
 * (or asks again when there is none), {@code ?} lists each choice's help first. Stateless.
 */
public final class ChoicePrompt {
    private static final String HELP = "[?] Help ";
    private static final Color PROMPT = Color.White;
    private static final Color DEFAULT = Color.Yellow;

    private ChoicePrompt() {
    }

    /**
     * {@return the index of the choice picked}, or -1 when the host cannot ask (it has no user, or its input ended)
     *
     * @throws IllegalArgumentException for no choices, a default outside them, or {@code ?} as a hot key, with
     *         pwsh's messages
     */
    public static int ask(HostUserInterface ui, String caption, String message, List<ChoiceDescription> choices,
            int defaultChoice, int width) {
        boolean answerDefault = defaultChoice >= 0 && InternalTestHooks.isOn("ForcePromptForChoiceDefaultOption");
        if (!ui.canRead() && !answerDefault) {
            return -1;
        }
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("\"choices\" should have at least one element.");
        }
        if (defaultChoice < -1 || defaultChoice >= choices.size()) {
            throw new IllegalArgumentException("\"defaultChoice\" must be a valid index into \"choice\" or -1 for no "
                    + "default choice.");
        }
        String[] hotKeys = new String[choices.size()];
        String[] labels = new String[choices.size()];
        split(choices, hotKeys, labels);
        writeHeading(ui, caption, message);
        while (true) {
            String lastLine = writeChoices(ui, hotKeys, labels, defaultChoice, width);
            if (answerDefault) {
                // answered with nothing, as pwsh's hook answers: what follows goes on the prompt's line
                ui.write(lastLine);
                return defaultChoice;
            }
            String response = ui.readLine(lastLine, false);
            if (response == null) {
                return -1;
            }
            if (response.isEmpty()) {
                if (defaultChoice >= 0) {
                    return defaultChoice;
                }
                continue;
            }
            String answer = response.strip();
            if (answer.equals("?")) {
                for (int i = 0; i < choices.size(); i++) {
                    String name = hotKeys[i].isEmpty() ? labels[i] : hotKeys[i];
                    ui.writeLine(name + " - " + choices.get(i).getHelpMessage());
                }
                continue;
            }
            int picked = picked(answer, hotKeys, labels);
            if (picked >= 0) {
                return picked;
            }
        }
    }

    /** The caption (after an empty line) and the message, as every console prompt starts. */
    public static void writeHeading(HostUserInterface ui, String caption, String message) {
        if (caption != null && !caption.isEmpty()) {
            ui.writeLine("");
            ui.write(PROMPT, null, caption + "\n");
        }
        if (message != null && !message.isEmpty()) {
            ui.writeLine(message);
        }
    }

    /** Splits each label at its {@code &} into the hot key (upper-cased) and the label without the {@code &}. */
    private static void split(List<ChoiceDescription> choices, String[] hotKeys, String[] labels) {
        for (int i = 0; i < choices.size(); i++) {
            String label = choices.get(i).getLabel();
            int amp = label.indexOf('&');
            hotKeys[i] = "";
            if (amp < 0) {
                labels[i] = label;
                continue;
            }
            if (amp + 1 < label.length()) {
                hotKeys[i] = label.substring(amp + 1, amp + 2).strip().toUpperCase(Locale.ROOT);
            }
            labels[i] = (label.substring(0, amp) + label.substring(amp + 1)).strip();
            if (hotKeys[i].equals("?")) {
                throw new IllegalArgumentException("Cannot process the hot key because a question mark (\"?\") "
                        + "cannot be used as a hot key.");
            }
        }
    }

    /**
     * Writes the choice line but its last row, wrapping before a choice that would pass the width; {@return that last
     * row}, with its colours as escape sequences when the host shows colours, for the host to read the answer after
     */
    private static String writeChoices(HostUserInterface ui, String[] hotKeys, String[] labels, int defaultChoice,
            int width) {
        int max = width > 1 ? width - 1 : Integer.MAX_VALUE;
        StringBuilder row = new StringBuilder();
        int rowLength = 0;
        for (int i = 0; i <= labels.length + 1; i++) {
            String text;
            Color color = null;
            if (i < labels.length) {
                text = "[" + hotKeys[i] + "] " + labels[i] + "  ";
                color = i == defaultChoice ? DEFAULT : PROMPT;
            } else if (i == labels.length) {
                text = HELP;
            } else {
                text = defaultChoice < 0 ? "" : "(default is \""
                        + (hotKeys[defaultChoice].isEmpty() ? labels[defaultChoice] : hotKeys[defaultChoice]) + "\"): ";
            }
            if (rowLength + text.length() > max) {
                ui.writeLine(row.toString());
                row.setLength(0);
                text = text.stripTrailing();
                rowLength = text.length();
            } else {
                rowLength += text.length();
            }
            row.append(ui.colored(color, text));
        }
        return row.toString();
    }

    /** The full label first, then the hot key, both without regard to case; -1 when neither matches. */
    private static int picked(String answer, String[] hotKeys, String[] labels) {
        for (int i = 0; i < labels.length; i++) {
            if (answer.equalsIgnoreCase(labels[i])) {
                return i;
            }
        }
        for (int i = 0; i < hotKeys.length; i++) {
            if (!hotKeys[i].isEmpty() && answer.equalsIgnoreCase(hotKeys[i])) {
                return i;
            }
        }
        return -1;
    }
}
