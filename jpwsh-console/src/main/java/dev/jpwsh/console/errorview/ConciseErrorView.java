package dev.jpwsh.console.errorview;

import dev.jpwsh.language.parse.ParseError;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.source.PositionMessage;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.List;

/**
 * Renders parse errors the way pwsh 7 shows them under {@code $ErrorView = 'ConciseView'}:
 *
 * <pre>
 * ParserError: /home/me/script.ps1:1
 * Line |
 *    1 |  1 +
 *      |     ~
 *      | You must provide a value expression following the '+' operator.
 * </pre>
 *
 * The header names the script file and line (text from {@code -Command} has neither). The gutter is four
 * columns wide and grows for line numbers of five digits or more. Like pwsh, the view shows the first error
 * only, puts the message on one line (breaking it to the window width when there is one) and, when colouring,
 * highlights the erroneous part of the source line in the accent colour.
 */
public final class ConciseErrorView {
    private static final String NEWLINE = System.lineSeparator();
    private static final String REASON = "ParserError";
    private static final int GUTTER_WIDTH = 4;

    private final ErrorStyle style;
    private final int windowWidth;

    /** A window width of 0 or less means no line breaking. */
    public ConciseErrorView(ErrorStyle style, int windowWidth) {
        this.style = style;
        this.windowWidth = windowWidth;
    }

    /** The view of the first of {@code errors}, ending with a line break. */
    public String render(List<ParseError> errors) {
        ParseError error = errors.getFirst();
        Extent extent = error.extent();
        return render(REASON, extent.source().name(), extent.startPosition().line(), PositionMessage.of(extent),
                error.message());
    }

    /**
     * The view of a runtime error: {@code reason: message} alone for command text on one line, else with the
     * script name, the source line and the underlined extent; a native program's error line shows as it is.
     */
    public String render(ErrorRecord record) {
        String id = record.getFullyQualifiedErrorId();
        if ("NativeCommandError".equals(id) || "NativeCommandErrorMessage".equals(id)) {
            return style.error() + record.message() + style.reset() + NEWLINE;
        }
        String reason = reason(record);
        ErrorRecord.ScriptPosition where = record.position();
        if (where == null || where.scriptName().isEmpty() && where.line() <= 1) {
            return style.error() + reason + ": " + record.message() + style.reset() + NEWLINE;
        }
        PositionMessage position = PositionMessage.of(where.lineText(), where.column(), where.length());
        return render(reason, where.scriptName(), where.line(), position, record.message());
    }

    /** What the view names first: "Exception" for a throw, else the command, the category, or the exception's type. */
    private static String reason(ErrorRecord record) {
        if (record.fromThrowStatement()) {
            return "Exception";
        }
        if (record.commandName() != null) {
            return record.commandName();
        }
        if (record.category() != null && !record.category().equals("NotSpecified")) {
            return record.category();
        }
        return record.getCategoryInfo().reason();
    }

    private String render(String reason, String scriptName, int line, PositionMessage position, String text) {
        String lineNumber = Integer.toString(line);
        String headerPad = " ".repeat(Math.max(lineNumber.length() - GUTTER_WIDTH, 0));
        String numberPad = " ".repeat(Math.max(GUTTER_WIDTH - lineNumber.length(), 0));
        String prefix = style.accent() + headerPad + "     | " + style.error();

        StringBuilder view = new StringBuilder();
        view.append(style.error()).append(reason).append(": ");
        if (!scriptName.isEmpty()) {
            view.append(style.reset()).append(scriptName).append(':').append(lineNumber);
        }
        view.append(NEWLINE);
        view.append(style.accent()).append(headerPad).append("Line |").append(NEWLINE);
        view.append(style.accent()).append(numberPad).append(lineNumber).append(" | ").append(style.reset())
                .append(highlighted(" " + position.line(), " " + position.underline())).append(NEWLINE);
        view.append(prefix).append(' ').append(position.underline()).append(NEWLINE);
        view.append(style.error()).append(message(prefix, text));
        return view.append(style.reset()).append(NEWLINE).toString();
    }

    /** The source line with the underlined part in the accent colour, unless that part is the whole line. */
    private String highlighted(String line, String underline) {
        int start = underline.indexOf('~');
        int length = underline.strip().length();
        if (style.accent().isEmpty() || length >= line.length() || start + length > line.length()) {
            return line;
        }
        return line.substring(0, start) + style.accent() + line.substring(start, start + length) + style.reset()
                + line.substring(start + length);
    }

    private String message(String prefix, String text) {
        String oneLine = (prefix + text).replace(NEWLINE, " ").replace('\n', ' ').replace('\t', ' ');
        int prefixWidth = prefix.length() - style.accent().length() - style.error().length();
        return MessageWrapper.wrap(oneLine, prefix, prefixWidth, windowWidth);
    }
}
