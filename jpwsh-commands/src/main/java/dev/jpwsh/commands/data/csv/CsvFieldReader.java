package dev.jpwsh.commands.data.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records the lenient way Import-Csv and ConvertFrom-Csv do, which no CSV library's dialect
 * matches: blanks before a value are skipped; a value that starts with a quote runs to the closing quote (a
 * doubled quote is one quote, delimiters and line breaks inside are kept), and text after the closing quote up to
 * the next delimiter is appended to it (blanks only there are dropped); a quote or a blank inside an unquoted
 * value makes the rest up to the next delimiter part of it, as is (blanks only at its end are dropped); a line
 * break ends the record, except inside quotes. A record that ends the text right after a delimiter has no empty
 * last value. Reads one character at a time from a buffered reader. Not thread-safe.
 */
final class CsvFieldReader {
    private static final int NONE = -2;

    private final Reader in;
    private final char delimiter;
    private int peeked = NONE;

    CsvFieldReader(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The values of the next record, or null at the end of the text. */
    List<String> next() throws IOException {
        if (peek() < 0) {
            return null;
        }
        List<String> values = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int c = read(); c >= 0; c = read()) {
            char ch = (char) c;
            if (ch == delimiter) {
                if (quoted) {
                    current.append(ch);
                } else {
                    values.add(take(current));
                }
            } else if (ch == '"') {
                if (quoted && peek() == '"') {
                    read();
                    current.append('"');
                } else if (current.isEmpty() && !quoted) {
                    quoted = true;
                } else {
                    if (!quoted) {
                        current.append(ch);
                    }
                    boolean endOfRecord = tail(current, quoted);
                    quoted = false;
                    values.add(take(current));
                    if (endOfRecord) {
                        return values;
                    }
                }
            } else if (ch == ' ' || ch == '\t') {
                if (quoted) {
                    current.append(ch);
                } else if (!current.isEmpty()) {
                    current.append(ch);
                    boolean endOfRecord = tail(current, true);
                    values.add(take(current));
                    if (endOfRecord) {
                        return values;
                    }
                }
            } else if (ch == '\r' || ch == '\n') {
                String lineBreak = ch == '\r' && peek() == '\n' ? "\r" + (char) read() : String.valueOf(ch);
                if (quoted) {
                    current.append(lineBreak);
                } else {
                    values.add(take(current));
                    return values;
                }
            } else {
                current.append(ch);
            }
        }
        if (!current.isEmpty()) {
            values.add(current.toString());
        }
        return values;
    }

    /**
     * Appends what follows up to the next delimiter or line break; blanks alone are dropped when {@code trimBlanks}.
     * Whether the record ended there.
     */
    private boolean tail(StringBuilder current, boolean trimBlanks) throws IOException {
        StringBuilder rest = new StringBuilder();
        boolean text = false;
        boolean endOfRecord = false;
        while (true) {
            int c = read();
            if (c < 0) {
                endOfRecord = true;
                break;
            }
            if (c == delimiter) {
                break;
            }
            if (c == '\r' || c == '\n') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                endOfRecord = true;
                break;
            }
            rest.append((char) c);
            text |= c != ' ' && c != '\t';
        }
        if (text || !trimBlanks) {
            current.append(rest);
        }
        return endOfRecord;
    }

    private static String take(StringBuilder current) {
        String value = current.toString();
        current.setLength(0);
        return value;
    }

    private int peek() throws IOException {
        if (peeked == NONE) {
            peeked = in.read();
        }
        return peeked;
    }

    private int read() throws IOException {
        int c = peek();
        peeked = NONE;
        return c;
    }
}
