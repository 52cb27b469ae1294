package dev.jpwsh.console;

import dev.jpwsh.console.options.StartupOptions;
import dev.jpwsh.language.parse.ParseError;
import dev.jpwsh.language.parse.ParseResult;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.source.Position;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code jpwsh --parse FILE...}, a developer tool: parses each file and prints every parse error as
 * {@code path:line:column: ErrorId: message}, the format editors and compilers use. Exits with 0 when every
 * file parses, 1 otherwise.
 */
final class ParseCheck {
    static final String OPTION = "--parse";

    private final ConsoleOutput output;

    ParseCheck(ConsoleOutput output) {
        this.output = output;
    }

    int run(List<String> files) {
        if (files.isEmpty()) {
            output.writeErrorLine("jpwsh: " + OPTION + " needs one or more script files.");
            return StartupOptions.BAD_COMMAND_LINE_EXIT_CODE;
        }
        boolean allParsed = true;
        for (String file : files) {
            allParsed &= parses(file);
        }
        return allParsed ? 0 : 1;
    }

    private boolean parses(String file) {
        ParseResult result;
        try {
            result = Parser.parseFile(Path.of(file));
        } catch (IOException failure) {
            output.writeErrorLine("jpwsh: cannot read '" + file + "': " + ReadFailure.reason(failure));
            return false;
        } catch (InvalidPathException invalid) {
            output.writeErrorLine("jpwsh: cannot read '" + file + "': " + invalid.getReason());
            return false;
        }
        for (ParseError error : result.errors()) {
            output.writeLine(describe(file, error));
        }
        return !result.hasErrors();
    }

    private static String describe(String file, ParseError error) {
        Position start = error.extent().startPosition();
        String message = error.message().replace("\r\n", " ").replace('\n', ' ');
        return file + ":" + start.line() + ":" + start.column() + ": " + error.errorId() + ": " + message;
    }
}
