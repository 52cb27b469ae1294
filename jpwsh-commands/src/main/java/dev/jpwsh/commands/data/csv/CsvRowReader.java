package dev.jpwsh.commands.data.csv;

import dev.jpwsh.runtime.object.PSObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads CSV text into custom objects as pwsh's Import-Csv does, one record at a time: an optional {@code #TYPE}
 * first line gives the objects' type names (the type and {@code CSV:}type), the first record not starting with
 * {@code #} is the header unless -Header gave one ({@code #Fields: } starts a W3C log header), trailing empty header
 * names are dropped and other empty ones become H1, H2... (with one warning), a duplicate name stops the command,
 * blank lines are skipped, a missing value is {@code $null} and a value past the last column is dropped.
 * {@link CsvFieldReader} splits the records with pwsh's lenient rules.
 */
final class CsvRowReader {
    private static final String CSV_TYPE_PREFIX = "CSV:";
    private static final String UNNAMED_WARNING = "One or more headers were not specified. Default names starting "
            + "with \"H\" have been used in place of any missing headers.";

    private final char delimiter;
    private final Consumer<String> warnings;
    private List<String> header;
    private String typeName;
    private boolean warned;

    /** A reader with -Delimiter {@code delimiter} and -Header {@code header} (null to read it from the text). */
    CsvRowReader(char delimiter, List<String> header, Consumer<String> warnings) {
        this.delimiter = delimiter;
        this.header = header;
        this.warnings = warnings;
        if (header != null && !header.isEmpty()) {
            checkNames(header);
        }
    }

    /** The header read so far (or given), null before any. */
    List<String> header() {
        return header;
    }

    /** Reads every record of {@code text}, handing each object to {@code sink} as soon as it is read. */
    void read(Reader text, Consumer<Object> sink) {
        BufferedReader in = text instanceof BufferedReader b ? b : new BufferedReader(text, 1 << 16);
        try {
            if (typeName == null) {
                typeName = typeLine(in);
            }
            CsvFieldReader records = new CsvFieldReader(in, delimiter);
            readHeader(records);
            for (List<String> record = records.next(); record != null; record = records.next()) {
                if (record.size() == 1 && record.getFirst().isEmpty()) {
                    continue;
                }
                sink.accept(toObject(record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only the header of {@code text} (for Export-Csv -Append), or null when it has none. */
    List<String> readHeader(Reader text) throws IOException {
        BufferedReader in = new BufferedReader(text);
        typeLine(in);
        readHeader(new CsvFieldReader(in, delimiter));
        return header;
    }

    /** The type a {@code #TYPE} first line names, consuming any first line that starts with {@code #}. */
    private static String typeLine(BufferedReader in) throws IOException {
        in.mark(1);
        int first = in.read();
        in.reset();
        if (first != '#') {
            return null;
        }
        String line = in.readLine();
        if (!line.regionMatches(true, 0, "#Type", 0, 5)) {
            return null;
        }
        String type = line.substring(5).trim();
        return type.isEmpty() ? null : type;
    }

    private void readHeader(CsvFieldReader records) throws IOException {
        for (List<String> record = header == null ? records.next() : null; record != null;
                record = header == null ? records.next() : null) {
            List<String> values = new ArrayList<>(record);
            while (values.size() > 1 && values.getLast().isEmpty()) {
                values.removeLast();
            }
            if (!values.isEmpty() && values.getFirst().startsWith("#Fields: ")) {
                values.set(0, values.getFirst().substring(9));
                header = values;
            } else if (values.isEmpty() || !values.getFirst().startsWith("#")) {
                header = values;
            }
        }
        if (header != null && !header.isEmpty()) {
            checkNames(header);
        }
    }

    private static void checkNames(List<String> names) {
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : names) {
            if (name != null && !name.isEmpty() && !seen.add(name)) {
                throw CsvErrors.duplicateColumn(name);
            }
        }
    }

    private PSObject toObject(List<String> record) {
        PSObject result = new PSObject();
        int unnamed = 1;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name == null || name.isEmpty()) {
                name = "H" + unnamed++;
            }
            result.set(name, i < record.size() ? record.get(i) : null);
        }
        if (unnamed > 1 && !warned) {
            warned = true;
            warnings.accept(UNNAMED_WARNING);
        }
        if (typeName != null) {
            List<String> names = result.typeNamesForUpdate();
            names.clear();
            names.add(typeName);
            names.add(CSV_TYPE_PREFIX + typeName);
        }
        return result;
    }
}
