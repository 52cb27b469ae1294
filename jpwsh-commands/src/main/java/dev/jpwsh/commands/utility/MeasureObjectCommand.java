package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSObject;

/**
 * Measure-Object: Count, and with -Sum/-Average/-Minimum/-Maximum/-StandardDeviation (-AllStats: all of them) those
 * of a property or the values (a GenericMeasureInfo); with -Line/-Word/-Character (-IgnoreWhiteSpace) a
 * TextMeasureInfo.
 */
@DotNetName("Microsoft.PowerShell.Commands.MeasureObjectCommand")
public final class MeasureObjectCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(position = 0)
    private String property;

    @Parameter
    private boolean sum;

    @Parameter
    private boolean average;

    @Parameter
    private boolean minimum;

    @Parameter
    private boolean maximum;

    @Parameter
    private boolean standardDeviation;

    @Parameter
    private boolean allStats;

    @Parameter
    private boolean ignoreWhiteSpace;

    @Parameter
    private boolean word;

    @Parameter
    private boolean line;

    @Parameter
    private boolean character;

    private int lines;
    private int words;
    private int characters;

    private int count;
    private double total;
    /** The smallest and largest numbers so far, meaningful once {@link #measured} is set. */
    private double min;
    private double max;
    private boolean measured;
    /** Welford's running mean and sum of squared deviations, for the standard deviation. */
    private double mean;
    private double squares;

    @Override
    protected void processRecord() {
        if (inputObject == null) {
            return;
        }
        count++;
        Object value = property == null ? inputObject : MemberGate.get(frame().context(), inputObject, property);
        if (word || line || character) {
            String text = LanguagePrimitives.toString(value);
            if (line) {
                lines += text.isEmpty() ? 0 : (int) text.lines().count();
            }
            if (word) {
                words += text.isBlank() ? 0 : text.strip().split("\\s+").length;
            }
            characters += ignoreWhiteSpace ? (int) text.chars().filter(c -> !Character.isWhitespace(c)).count()
                    : text.length();
            return;
        }
        if (sum || average || minimum || maximum || standardDeviation || allStats) {
            double d = ((Number) LanguagePrimitives.toNumber(value)).doubleValue();
            double delta = d - mean;
            mean += delta / count;
            squares += delta * (d - mean);
            total += d;
            min = measured ? Math.min(min, d) : d;
            max = measured ? Math.max(max, d) : d;
            measured = true;
        }
    }

    @Override
    protected void endProcessing() {
        if (word || line || character) {
            PSObject text = new PSObject();
            text.addTypeName("Microsoft.PowerShell.Commands.TextMeasureInfo");
            text.set("Lines", line ? lines : null);
            text.set("Words", word ? words : null);
            text.set("Characters", character ? characters : null);
            text.set("Property", property);
            writeObject(text);
            return;
        }
        PSObject result = new PSObject();
        result.addTypeName("Microsoft.PowerShell.Commands.GenericMeasureInfo");
        result.set("Count", count);
        result.set("Average", average || allStats ? (Object) (count == 0 ? 0.0 : total / count) : null);
        result.set("Sum", sum || allStats ? (Object) total : null);
        result.set("Maximum", (maximum || allStats) && measured ? (Object) max : null);
        result.set("Minimum", (minimum || allStats) && measured ? (Object) min : null);
        result.set("StandardDeviation", standardDeviation || allStats
                ? (Object) (count > 1 ? Math.sqrt(squares / (count - 1)) : 0.0) : null);
        result.set("Property", property);
        writeObject(result);
    }
}
