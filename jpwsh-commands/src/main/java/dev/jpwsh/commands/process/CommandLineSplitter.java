package dev.jpwsh.commands.process;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Start-Process's argument string into an argument vector by the rules .NET applies on Unix (those of the
 * Windows C runtime): blanks separate arguments, double quotes group, {@code \"} is a literal quote, and
 * backslashes are literal unless they precede a quote.
 */
final class CommandLineSplitter {
    private CommandLineSplitter() {
    }

    static List<String> split(String text) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inArgument = false;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                int slashes = 0;
                while (i < text.length() && text.charAt(i) == '\\') {
                    slashes++;
                    i++;
                }
                if (i < text.length() && text.charAt(i) == '"') {
                    current.append("\\".repeat(slashes / 2));
                    if (slashes % 2 == 1) {
                        current.append('"');
                    } else {
                        quoted = !quoted;
                    }
                } else {
                    current.append("\\".repeat(slashes));
                    i--;
                }
                inArgument = true;
            } else if (c == '"') {
                quoted = !quoted;
                inArgument = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (inArgument) {
                    result.add(current.toString());
                    current.setLength(0);
                    inArgument = false;
                }
            } else {
                current.append(c);
                inArgument = true;
            }
        }
        if (inArgument) {
            result.add(current.toString());
        }
        return result;
    }
}
