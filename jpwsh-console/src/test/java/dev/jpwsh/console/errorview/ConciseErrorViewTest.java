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
        SourceText source = SourceText.of("Get-Item ) -Path x");
        assertThat(plain(error(source, 9, 10, "Unexpected token ')' in expression or statement.")))
                .contains(lines("   1 |  Get-Item ) -Path x", "     |           ~"));
    }

    /** An extent that runs onto the next line is underlined to the end of its first line. */
    @Test
    void multiLineExtent() {
        SourceText source = SourceText.of("$x = @{\n  a = 1\n");
        assertThat(plain(error(source, 5, source.length(), "Missing '}'.")))
                .contains(lines("   1 |  $x = @{", "     |       ~~"));
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
        SourceText source = SourceText.of("\t\t$a =");
        assertThat(plain(error(source, 6, 6, "Missing value.")))
                .contains(lines("   1 |          $a =", "     |              ~"));
    }

    /** A line longer than 69 characters is cut around the error, with an ellipsis where text was left out. */
    @Test
    void longLineShortened() {
        SourceText source = SourceText.of("x".repeat(89) + "+" + "y".repeat(10));
        assertThat(plain(error(source, 89, 90, "Bad operator.")))
                .contains(lines(
                        "   1 |  \u2026 " + "x".repeat(60) + "+" + "y".repeat(8) + " \u2026",
                        "     |  " + " ".repeat(62) + "~"));
    }

    /** A long line whose error is near its start loses only its end. */
    @Test
    void longLineCutAtEnd() {
        SourceText source = SourceText.of("ab" + "c".repeat(100));
        assertThat(plain(error(source, 0, 2, "Bad start.")))
                .contains(lines("   1 |  ab" + "c".repeat(67) + " \u2026", "     |  ~~"));
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
