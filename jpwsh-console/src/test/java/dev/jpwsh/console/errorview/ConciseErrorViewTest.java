package dev.jpwsh.console.errorview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.language.parse.ParseError;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.source.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConciseErrorViewTest {
    private static final String ERROR = "\u001b[31;1m";
    private static final String ACCENT = "\u001b[36;1m";
    private static final String RESET = "\u001b[0m";

    private static ParseError error(SourceText source, int start, int end, String message) {
        return new ParseError("SomeErrorId", message, new Extent(source, start, end), false);
    }

    private static String plain(ParseError... errors) {
        return new ConciseErrorView(ErrorStyle.PLAIN, 0).render(List.of(errors));
    }

    /** The excerpt lines (source and underline) of the view of an error at {@code [start, end)} in {@code text}. */
    private static String excerpt(String text, int start, int end) {
        String[] lines = plain(error(SourceText.of(text), start, end, "Message.")).split(System.lineSeparator());
        return lines[2] + "\n" + lines[3];
    }

    /** Joins lines with the platform's line separator and ends with one. */
    private static String lines(String... lines) {
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    /** Text from -Command has no file name: the header is "ParserError: " alone. */
    @Test
    void commandText() {
        SourceText source = SourceText.of("1 +");
        assertThat(plain(error(source, 3, 3, "You must provide a value expression following the '+' operator.")))
                .isEqualTo(lines(
                        "ParserError: ",
                        "Line |",
                        "   1 |  1 +",
                        "     |     ~",
                        "     | You must provide a value expression following the '+' operator."));
    }

    /** A script's header names the file and the line; the excerpt is the error's line without trailing blanks. */
    @Test
    void scriptFile() {
        SourceText source = new SourceText("/home/me/build.ps1", "$a = 1\n$b = 2\n  $x = \n");
        int equals = source.text().indexOf("= \n");
        assertThat(plain(error(source, equals + 1, equals + 1, "Missing value.")))
                .isEqualTo(lines(
                        "ParserError: /home/me/build.ps1:3",
                        "Line |",
                        "   3 |    $x =",
                        "     |        ~",
                        "     | Missing value."));
    }

    /** The underline covers the extent. */
    @Test
    void underlineCoversExtent() {
        assertThat(excerpt("Get-Item ) -Path x", 9, 10)).isEqualTo(
                "   1 |  Get-Item ) -Path x\n"
                        + "     |           ~");
    }

    /** An extent that runs onto the next line is underlined to the end of its first line. */
    @Test
    void multiLineExtent() {
        String text = "$x = @{\n  a = 1\n";
        assertThat(excerpt(text, 5, text.length())).isEqualTo(
                "   1 |  $x = @{\n"
                        + "     |       ~~");
    }

    /** Line numbers of five digits widen the gutter. */
    @Test
    void wideLineNumbers() {
        SourceText source = new SourceText("big.ps1", "\n".repeat(12344) + "x");
        assertThat(plain(error(source, 12344, 12345, "Bad.")))
                .isEqualTo(lines(
                        "ParserError: big.ps1:12345",
                        " Line |",
                        "12345 |  x",
                        "      |  ~",
                        "      | Bad."));
    }

    /** Only the first of several errors is shown, as pwsh does. */
    @Test
    void firstErrorOnly() {
        SourceText source = SourceText.of("1 +\n2 +");
        String view = plain(error(source, 3, 3, "First."), error(source, 7, 7, "Second."));
        assertThat(view).contains("First.").doesNotContain("Second.").doesNotContain("2 +");
    }

    /** Tabs become four spaces each, and the underline follows them. */
    @Test
    void tabsExpanded() {
        assertThat(excerpt("\t\t$a =", 6, 6)).isEqualTo(
                "   1 |          $a =\n"
                        + "     |              ~");
    }

    /** A line longer than 69 characters is cut around the error, with an ellipsis where text was left out. */
    @Test
    void longLineShortened() {
        assertThat(excerpt("x".repeat(89) + "+" + "y".repeat(10), 89, 90)).isEqualTo(
                "   1 |  \u2026 " + "x".repeat(60) + "+" + "y".repeat(8) + " \u2026\n"
                        + "     |  " + " ".repeat(62) + "~");
    }

    /** A long line whose error is near its start loses only its end. */
    @Test
    void longLineCutAtEnd() {
        assertThat(excerpt("ab" + "c".repeat(100), 0, 2)).isEqualTo(
                "   1 |  ab" + "c".repeat(67) + " \u2026\n"
                        + "     |  ~~");
    }

    /** A message with line breaks is put on one line. */
    @Test
    void messageOnOneLine() {
        SourceText source = SourceText.of("x");
        assertThat(plain(error(source, 0, 1, "first\nsecond\tthird"))).endsWith(lines("     | first second third"));
    }

    /** With a window width the message is broken at blanks, each piece behind the gutter. */
    @Test
    void messageWrapped() {
        SourceText source = SourceText.of("x");
        String view = new ConciseErrorView(ErrorStyle.PLAIN, 30)
                .render(List.of(error(source, 0, 1, "one two three four five six seven eight nine ten")));
        assertThat(view).endsWith(lines(
                "     | one two three four",
                "     | five six seven eight",
                "     | nine ten"));
    }

    /** In colour the header and message are red, the gutter cyan, and the erroneous text accented. */
    @Test
    void colours() {
        SourceText source = SourceText.of("a b c");
        String view = new ConciseErrorView(ErrorStyle.ANSI, 0).render(List.of(error(source, 2, 3, "msg")));
        assertThat(view).isEqualTo(ERROR + "ParserError: " + System.lineSeparator()
                + ACCENT + "Line |" + System.lineSeparator()
                + ACCENT + "   1 | " + RESET + " a " + ACCENT + "b" + RESET + " c" + System.lineSeparator()
                + ACCENT + "     | " + ERROR + "   ~" + System.lineSeparator()
                + ERROR + ACCENT + "     | " + ERROR + "msg" + RESET + System.lineSeparator());
    }
}
