package dev.jpwsh.commands.data.csv;

import dev.jpwsh.commands.objects.PropertyExpression;
import dev.jpwsh.dotnet.automation.PSObjectView;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.types.MemberGuard;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.MemberTable;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Objects as CSV lines in pwsh's dialect: the columns are the first object's properties (a dictionary's keys), a
 * value is its .NET {@code ToString()} ({@code $null} and missing properties give an empty field), and a field is
 * quoted as -UseQuotes or -QuoteFields says (AsNeeded: when it holds the delimiter, a quote or a line feed). Commons
 * CSV writes the quoted fields, doubling the quotes inside.
 */
final class CsvRowWriter {
    private static final String CSV_TYPE_PREFIX = "CSV:";
    /** Quotes one field (the delimiter is written here, so the format's is never used). */
    private static final CSVFormat QUOTED = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).get();

    private final char delimiter;
    private final QuoteKind quoting;
    private final Set<String> quoteFields;
    private final StringBuilder line = new StringBuilder(128);

    CsvRowWriter(char delimiter, QuoteKind quoting, String[] quoteFields) {
        this.delimiter = delimiter;
        this.quoting = quoting;
        this.quoteFields = quoteFields == null ? null : new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (quoteFields != null) {
            this.quoteFields.addAll(List.of(quoteFields));
        }
    }

    /**
     * The column names {@code first} gives the whole output: its properties, or a dictionary's keys and the
     * properties Add-Member gave it.
     */
    static List<String> columns(Frame frame, Object first) {
        if (first instanceof Map<?, ?> map) {
            List<String> names = new ArrayList<>();
            for (Object key : map.keySet()) {
                names.add(LanguagePrimitives.toString(key));
            }
            MemberTable added = InstanceMembers.of(first);
            for (PSMember member : added == null ? List.<PSMember>of() : added.members()) {
                if (member.kind().isProperty()) {
                    names.add(member.name());
                }
            }
            return names;
        }
        return PropertyExpression.propertyNames(frame, first);
    }

    /** The {@code #TYPE} line of -IncludeTypeInformation: the object's first type name, without a CSV: prefix. */
    static String typeLine(Object first) {
        List<Object> names = new PSObjectView(first).getTypeNames();
        if (names.isEmpty()) {
            return "#TYPE";
        }
        String type = String.valueOf(names.getFirst());
        if (type.regionMatches(true, 0, CSV_TYPE_PREFIX, 0, CSV_TYPE_PREFIX.length())) {
            type = type.substring(CSV_TYPE_PREFIX.length());
        }
        return "#TYPE " + type;
    }

    String header(List<String> columns) {
        line.setLength(0);
        for (int i = 0; i < columns.size(); i++) {
            append(i, columns.get(i), columns.get(i));
        }
        return line.toString();
    }

    String row(Object input, List<String> columns) {
        line.setLength(0);
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            append(i, column, valueText(input, column));
        }
        return line.toString();
    }

    private void append(int index, String column, String value) {
        if (index > 0) {
            line.append(delimiter);
        }
        if (value == null) {
            return;
        }
        boolean quote = quoteFields != null ? quoteFields.contains(column) : switch (quoting) {
            case Always -> true;
            case Never -> false;
            case AsNeeded -> needsQuotes(value);
        };
        if (!quote) {
            line.append(value);
            return;
        }
        try {
            QUOTED.print(value, line, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == delimiter || c == '\n' || c == '"') {
                return true;
            }
        }
        return false;
    }

    /** The text of one field: null when the object lacks the property or its value is null or unreadable. */
    private static String valueText(Object input, String column) {
        Object value;
        try {
            value = switch (input) {
                case PSObject custom -> {
                    PSObject.Property p = custom.property(column);
                    yield p == null ? null : p.value();
                }
                case Map<?, ?> map -> map.containsKey(column) ? map.get(column) : Members.get(input, column);
                default -> Members.get(input, column);
            };
        } catch (RuntimeException e) {
            return null;
        }
        return toText(value);
    }

    /** .NET's {@code ToString()} of a value, as pwsh's writer calls it. */
    private static String toText(Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Integer i -> i.toString();
            case Long l -> l.toString();
            default -> LanguagePrimitives.toString(Members.invoke(value, "ToString", List.of(), MemberGuard.NONE));
        };
    }
}
