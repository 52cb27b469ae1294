package dev.jpwsh.commands.utility;

import dev.jpwsh.commands.objects.PropertyExpression;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.ops.Comparison;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measure-Object: Count, and with -Sum/-Average/-Minimum/-Maximum/-StandardDeviation (-AllStats: all of them) those
 * of the values or of each property -Property names (wildcards and script blocks too): one GenericMeasureInfo per
 * property in the order they were first met, a GenericObjectMeasureInfo when the minimum or maximum is no number
 * (strings compare as text). With -Line/-Word/-Character (-IgnoreWhiteSpace) a TextMeasureInfo. A value that is no
 * number where a sum is needed is pwsh's NonNumericInputObject error, and the sums are then left out.
 */
@DotNetName("Microsoft.PowerShell.Commands.MeasureObjectCommand")
@dev.jpwsh.engine.command.OutputType({
        "Microsoft.PowerShell.Commands.GenericMeasureInfo",
        "Microsoft.PowerShell.Commands.TextMeasureInfo",
        "Microsoft.PowerShell.Commands.GenericObjectMeasureInfo"})
public final class MeasureObjectCommand extends Cmdlet {
    private static final String VALUES = "";

    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(position = 0)
    private Object[] property;

    // In pwsh's declaration order, which its ambiguous-parameter message lists matches in.
    @Parameter
    private boolean standardDeviation;

    @Parameter
    private boolean sum;

    @Parameter
    private boolean allStats;

    @Parameter
    private boolean average;

    @Parameter
    private boolean maximum;

    @Parameter
    private boolean minimum;

    @Parameter
    private boolean line;

    @Parameter
    private boolean word;

    @Parameter
    private boolean character;

    @Parameter
    private boolean ignoreWhiteSpace;

    /** What is known of one property (or of the values themselves) so far. */
    private static final class Statistics {
        private int count;
        private double sum;
        private double variance;
        private Object min;
        private Object max;
        private int lines;
        private int words;
        private int characters;
    }

    /** Each property's statistics by its name (any case), in the order the names were first met. */
    private final Map<String, Statistics> statistics = new LinkedHashMap<>();
    private final Map<String, String> spelling = new LinkedHashMap<>();
    private List<PropertyExpression> expressions;
    private boolean nonNumeric;

    private boolean text() {
        return word || line || character;
    }

    private Statistics entry(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        spelling.putIfAbsent(key, name);
        return statistics.computeIfAbsent(key, k -> new Statistics());
    }

    @Override
    protected void beginProcessing() {
        if (allStats) {
            sum = average = minimum = maximum = standardDeviation = true;
        }
        expressions = property == null ? null : PropertyExpression.parse(property);
    }

    @Override
    protected void processRecord() {
        if (inputObject == null) {
            return;
        }
        if (expressions == null) {
            analyze(VALUES, inputObject);
            return;
        }
        Set<String> counted = new HashSet<>();
        for (PropertyExpression expression : expressions) {
            boolean plainName = expression.expression() instanceof String && !expression.hasWildcards();
            if (plainName && !PropertyExpression.hasMember(frame(), inputObject, (String) expression.expression())) {
                entry((String) expression.expression());
                continue;
            }
            for (PropertyExpression.Value value : expression.values(frame(), inputObject, List.of())) {
                if (counted.add(value.name().toLowerCase(Locale.ROOT))) {
                    analyze(value.name(), value.value());
                }
            }
        }
    }

    private void analyze(String name, Object value) {
        Statistics stat = entry(name);
        stat.count++;
        if (text()) {
            String s = value == null ? "" : LanguagePrimitives.toString(value);
            stat.characters += ignoreWhiteSpace ? (int) s.chars().filter(c -> !Character.isWhitespace(c)).count()
                    : s.length();
            stat.words += words(s);
            stat.lines += s.isEmpty() ? 0 : (int) s.chars().filter(c -> c == '\n').count()
                    + (s.endsWith("\n") ? 0 : 1);
        }
        if (sum || average || standardDeviation) {
            Double number = value == null ? Double.valueOf(0) : toDouble(value);
            if (number == null) {
                nonNumeric = true;
                writeError(RuntimeFailures.create("NonNumericInputObject", "InvalidType", "Input object \""
                        + LanguagePrimitives.toString(value) + "\" is not numeric.", value,
                        "System.InvalidOperationException").record());
                return;
            }
            double previous = stat.sum;
            stat.sum += number;
            if (standardDeviation && stat.count > 1) {
                double averagePrevious = previous / (stat.count - 1);
                stat.variance *= (stat.count - 2.0) / (stat.count - 1);
                stat.variance += (number - averagePrevious) * (number - averagePrevious) / stat.count;
            }
        }
        if (minimum) {
            stat.min = extreme(value, stat.min, true);
        }
        if (maximum) {
            stat.max = extreme(value, stat.max, false);
        }
    }

    private static int words(String s) {
        int count = 0;
        boolean afterSpace = true;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            count += !space && afterSpace ? 1 : 0;
            afterSpace = space;
        }
        return count;
    }

    /** The value as a double as PowerShell converts it, or null when it is no number. */
    private static Double toDouble(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (value instanceof String || value instanceof Character) {
            try {
                return ((Number) LanguagePrimitives.toNumber(value)).doubleValue();
            } catch (RuntimeException notANumber) {
                return null;
            }
        }
        return null;
    }

    /** The new minimum or maximum: numbers compare as numbers, anything else as text. */
    private static Object extreme(Object value, Object current, boolean min) {
        if (current == null) {
            return value;
        }
        if (value == null) {
            return current;
        }
        Double a = toDouble(value);
        Double b = toDouble(current);
        Object left = a != null && b != null ? a : LanguagePrimitives.toString(value);
        Object right = a != null && b != null ? b : LanguagePrimitives.toString(current);
        boolean better = Comparison.test(min ? Comparison.Kind.LT : Comparison.Kind.GT, left, right, true);
        return better ? value : current;
    }

    @Override
    protected void endProcessing() {
        if (expressions == null && statistics.isEmpty()) {
            entry(VALUES);
        }
        for (Map.Entry<String, Statistics> e : statistics.entrySet()) {
            Statistics stat = e.getValue();
            if (stat.count == 0 && expressions != null) {
                if (dev.jpwsh.engine.node.StrictMode.of(frame()) >= 2) {
                    propertyNotFound(spelling.get(e.getKey()));
                }
                continue;
            }
            PSObject info = text() ? textInfo(stat) : genericInfo(stat);
            info.set("Property", expressions == null ? null : spelling.get(e.getKey()));
            writeObject(info);
        }
    }

    /** Under strict mode 2 or later, pwsh's error for a property no input object has. */
    private void propertyNotFound(String name) {
        writeError(RuntimeFailures.create((text() ? "Text" : "Generic") + "MeasurePropertyNotFound", "ObjectNotFound",
                "The property \"" + name + "\" cannot be found in the input for any objects.", null,
                "System.Management.Automation.PSArgumentException").record());
    }

    private PSObject textInfo(Statistics stat) {
        PSObject info = new PSObject();
        info.addTypeName("Microsoft.PowerShell.Commands.TextMeasureInfo");
        info.set("Lines", line ? stat.lines : null);
        info.set("Words", word ? stat.words : null);
        info.set("Characters", character ? stat.characters : null);
        return info;
    }

    private PSObject genericInfo(Statistics stat) {
        boolean numeric = (stat.min == null || toDouble(stat.min) != null)
                && (stat.max == null || toDouble(stat.max) != null);
        PSObject info = new PSObject();
        info.addTypeName(numeric ? "Microsoft.PowerShell.Commands.GenericMeasureInfo"
                : "Microsoft.PowerShell.Commands.GenericObjectMeasureInfo");
        info.set("Count", stat.count);
        info.set("Average", average && !nonNumeric && stat.count > 0 ? (Object) (stat.sum / stat.count) : null);
        info.set("Sum", sum && !nonNumeric ? (Object) stat.sum : null);
        info.set("Maximum", maximum && stat.max != null ? (numeric ? toDouble(stat.max) : stat.max) : null);
        info.set("Minimum", minimum && stat.min != null ? (numeric ? toDouble(stat.min) : stat.min) : null);
        info.set("StandardDeviation", standardDeviation && !nonNumeric ? (Object) Math.sqrt(stat.variance) : null);
        return info;
    }
}
