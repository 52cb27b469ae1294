package dev.jpwsh.language.parse;

import dev.jpwsh.language.source.Extent;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Builds {@link ParseError}s from PowerShell's error ids and their message templates. */
final class ParseErrors {
    private static final ResourceBundle MESSAGES =
            ResourceBundle.getBundle("dev.jpwsh.language.parse.ParserMessages", Locale.ROOT);

    private ParseErrors() {
    }

    static ParseError create(String errorId, Extent extent, boolean incompleteInput, Object... args) {
        return new ParseError(errorId, message(errorId, args), extent, incompleteInput);
    }

    static String message(String errorId, Object... args) {
        String template;
        try {
            template = MESSAGES.getString(errorId);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message for parse error id " + errorId, e);
        }
        return new MessageFormat(template, Locale.ROOT).format(args);
    }
}
