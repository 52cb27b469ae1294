package dev.jpwsh.console.line;

import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.source.SourceText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Lines read from a stream a program handed the console, with no terminal to edit them on: the prompt is written
 * before each, and a command the parser finds incomplete goes on under {@code >> }, as at the terminal.
 */
final class PlainLines {
    private final BufferedReader input;
    private final PrintStream output;

    PlainLines(InputStream input, OutputStream output) {
        this.input = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        this.output = output instanceof PrintStream print ? print
                : new PrintStream(output, true, StandardCharsets.UTF_8);
    }

    /** {@return the next command after {@code prompt}, or null at the end of the input} */
    String readCommand(String prompt, String continuationPrompt) {
        String line = readInput(prompt);
        if (line == null) {
            return null;
        }
        StringBuilder command = new StringBuilder(line);
        while (Parser.parse(new SourceText("", command.toString())).isIncomplete()) {
            String more = readInput(continuationPrompt);
            if (more == null) {
                break;
            }
            command.append('\n').append(more);
        }
        return command.toString();
    }

    /** {@return the next line after {@code prompt}, or null at the end of the input} */
    String readInput(String prompt) {
        output.print(prompt);
        output.flush();
        try {
            return input.readLine();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** {@return the next character, or -1 at the end of the input} */
    int read() {
        try {
            return input.read();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
