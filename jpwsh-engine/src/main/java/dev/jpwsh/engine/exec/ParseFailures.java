package dev.jpwsh.engine.exec;

import dev.jpwsh.language.parse.ParseError;
import dev.jpwsh.language.source.PositionMessage;
import dev.jpwsh.runtime.error.NamedExceptions;
import java.util.ArrayList;
import java.util.List;

/**
 * pwsh's ParseException for a text that does not parse: the first error's id, a message giving each of the first ten
 * errors as {@code At line:L char:C}, the line, a marker under the error and its message, and the errors themselves
 * (its Errors, as the language API's ParseError objects).
 */
public final class ParseFailures {
    /** pwsh's ParseException message names at most this many errors. */
    private static final int REPORTED_ERRORS = 10;

    private ParseFailures() {
    }

    /** {@return the ParseException of {@code errors}, of which there is at least one} */
    public static NamedExceptions.ParseException exception(List<ParseError> errors) {
        List<String> reported = new ArrayList<>();
        for (ParseError error : errors.subList(0, Math.min(errors.size(), REPORTED_ERRORS))) {
            reported.add(PositionMessage.verbose(error.extent()) + "\n" + error.message());
        }
        if (errors.size() > REPORTED_ERRORS) {
            reported.add("Too many parse errors. The first 10 are reported.");
        }
        return new NamedExceptions.ParseException(errors.getFirst().errorId(), String.join("\n\n", reported),
                errors.stream().map(ScriptBlockSyntax.instance()::parseError).toList());
    }
}
