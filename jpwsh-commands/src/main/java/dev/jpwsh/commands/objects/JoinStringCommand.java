package dev.jpwsh.commands.objects;

import dev.jpwsh.engine.command.AllowEmptyString;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.runtime.ops.CompositeFormat;
import java.util.List;

/**
 * Join-String: the input objects (or one property of each, by name or script block) joined into one string, with
 * -Separator ({@code $OFS} when absent), -OutputPrefix, -OutputSuffix, each value in single or double quotes, or
 * through a -FormatString.
 */
@dev.jpwsh.engine.command.OutputType({"System.String"})
@DotNetName("Microsoft.PowerShell.Commands.JoinStringCommand")
public final class JoinStringCommand extends Cmdlet {
    @Parameter(position = 0)
    private Object property;

    @Parameter(position = 1)
    @AllowEmptyString
    private String separator;

    @Parameter(aliases = "op")
    private String outputPrefix;

    @Parameter(aliases = "os")
    private String outputSuffix;

    @Parameter(parameterSetName = "SingleQuote")
    private boolean singleQuote;

    @Parameter(parameterSetName = "DoubleQuote")
    private boolean doubleQuote;

    @Parameter(parameterSetName = "Format")
    private String formatString;

    @Parameter
    private boolean useCulture;

    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    private final StringBuilder out = new StringBuilder();
    private PropertyExpression expression;
    private boolean first = true;

    @Override
    protected void beginProcessing() {
        if (separator == null) {
            separator = LanguagePrimitives.toString(frame().variable("ofs"));
        }
        if (property != null) {
            try {
                expression = PropertyExpression.parse(new Object[] {property}).getFirst();
            } catch (PSException e) {
                throw terminatingError(e);
            }
        }
        if (outputPrefix != null) {
            out.append(outputPrefix);
        }
    }

    @Override
    protected void processRecord() {
        if (inputObject == null) {
            return;
        }
        for (Object item : inputObject instanceof Object[] ? Enumeration.toList(inputObject) : List.of(inputObject)) {
            if (item != null) {
                append(item);
            }
        }
    }

    private void append(Object item) {
        Object value = item;
        if (expression != null) {
            List<PropertyExpression.Value> values = expression.values(frame(), item, List.of());
            value = values.isEmpty() ? null : values.getFirst().value();
        }
        String text = LanguagePrimitives.toString(value);
        if (!first) {
            out.append(separator);
        }
        first = false;
        if (singleQuote || doubleQuote) {
            char quote = singleQuote ? '\'' : '"';
            out.append(quote).append(text).append(quote);
        } else if (formatString == null || formatString.isEmpty()) {
            out.append(text);
        } else {
            out.append(CompositeFormat.format(formatString, java.util.Collections.singletonList(value)));
        }
    }

    @Override
    protected void endProcessing() {
        if (outputSuffix != null) {
            out.append(outputSuffix);
        }
        writeObject(out.toString());
    }
}
