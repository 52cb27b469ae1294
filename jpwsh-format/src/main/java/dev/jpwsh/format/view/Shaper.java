package dev.jpwsh.format.view;

import dev.jpwsh.format.data.FormatData;
import dev.jpwsh.format.data.FormatData.FormatEntryData;
import dev.jpwsh.format.data.FormatData.RawText;
import dev.jpwsh.format.view.ViewDefinition.Control;
import dev.jpwsh.format.view.ViewDefinition.CustomControl;
import dev.jpwsh.format.view.ViewDefinition.ListControl;
import dev.jpwsh.format.view.ViewDefinition.TableControl;
import dev.jpwsh.format.view.ViewDefinition.WideControl;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns objects into formatting objects as pwsh's Format- cmdlets (and Out-Default's implicit formatting) do. The
 * first object decides the view: the one the format data has for its type, else a table for up to four
 * properties and a list for more; later objects the view does not apply to go out of band (as a list, or as text
 * for scalars), as do scalars before the first object. One instance formats one stream on one thread.
 */
public final class Shaper {
    /** The shape a Format- cmdlet asks for; DEFAULT lets the first object decide, as Out-Default does. */
    public enum Kind { DEFAULT, TABLE, LIST, WIDE, CUSTOM }

    private static final int MAX_TABLE_PROPERTIES = 4;

    private final Kind kind;
    private final FormatParameters parameters;
    private final Evaluator evaluator;
    private final Function<Object, String> outOfBandText;
    private final Consumer<FormatData> out;
    private final ObjectExpansion expansion;
    private Generator generator;
    private boolean inGroup;
    private String groupKey;

    /**
     * {@code outOfBandText} gives the text of objects that print on their own whatever the view (error and warning
     * records merged into the output), or null for the others.
     */
    public Shaper(Kind kind, FormatParameters parameters, Evaluator evaluator, Function<Object, String> outOfBandText,
            Consumer<FormatData> out) {
        this.kind = kind;
        this.parameters = parameters;
        this.evaluator = evaluator;
        this.outOfBandText = outOfBandText;
        this.out = out;
        this.expansion = new ObjectExpansion(this::process);
    }

    /** Formats {@code value}, or each element of it when it is a collection. */
    public void write(Object value) {
        expansion.write(value);
    }

    /** Ends the formatted stream. */
    public void end() {
        if (generator != null) {
            if (inGroup) {
                out.accept(new FormatData.GroupEndData());
            }
            out.accept(new FormatData.FormatEndData());
            generator = null;
            inGroup = false;
        }
    }

    private void process(Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof FormatData data) {
            out.accept(data);
            return;
        }
        boolean outOfBandAllowed = kind == Kind.DEFAULT || !parameters.force();
        String text = outOfBandAllowed ? textOnly(value) : null;
        if (text != null) {
            out.accept(new FormatEntryData(new RawText(text), true));
            return;
        }
        if (outOfBandAllowed && value instanceof ErrorRecord record && evaluator.errorView() != null
                && !ExtendedErrorView.isExtended(record)) {
            for (String line : evaluator.errorView().render(record).stripTrailing().split("\n", -1)) {
                out.accept(new FormatEntryData(new RawText(line), true));
            }
            return;
        }
        if (generator == null) {
            generator = select(value);
            out.accept(new FormatData.FormatStartData(generator.start(value)));
        }
        if (outOfBandAllowed && !generator.appliesTo(value)) {
            ListGenerator list = new ListGenerator(null, FormatParameters.NONE, evaluator);
            out.accept(new FormatEntryData(list.entry(value), true));
            return;
        }
        group(value);
        out.accept(new FormatEntryData(generator.entry(value), false));
    }

    /** The text an object prints as on its own, or null when it is formatted by a view. */
    private String textOnly(Object value) {
        String text = outOfBandText == null ? null : outOfBandText.apply(value);
        if (text != null) {
            return text;
        }
        // pwsh's ScriptBlock view is out of band: the block's text, whatever properties it has ($block.Ast ...)
        if (isScalar(value) || value instanceof dev.jpwsh.engine.exec.ScriptBlock
                || ObjectProperties.names(value).isEmpty() && evaluator.views().find(value, null, null) == null) {
            return LanguagePrimitives.toString(value);
        }
        return null;
    }

    /** pwsh's DefaultScalarTypes: strings, numbers, characters, booleans, enums and secure strings. */
    static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Character
                || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof dev.jpwsh.runtime.object.FlagsEnum
                || value instanceof dev.jpwsh.dotnet.security.SecureString;
    }

    private void group(Object value) {
        PropertySpec byParameter = parameters.groupBy();
        ViewDefinition.GroupBy byView = byParameter == null ? generator.viewGroupBy() : null;
        if (byParameter == null && byView == null) {
            if (!inGroup) {
                out.accept(new FormatData.GroupStartData(null));
                inGroup = true;
            }
            return;
        }
        Object key = byParameter != null ? byParameter.value(value, evaluator)
                : TableGenerator.valueOf(byView.key(), value, evaluator);
        String keyText = ValueText.of(key, evaluator.enumerationLimit(), null, false);
        if (inGroup && Objects.equals(keyText, groupKey)) {
            return;
        }
        if (inGroup) {
            out.accept(new FormatEntryData(new RawText(""), true));
            out.accept(new FormatData.GroupEndData());
        }
        String label;
        if (byView != null && byView.header() != null) {
            label = byView.header().apply(value);
        } else {
            String name = byParameter != null ? byParameter.heading()
                    : byView.label() != null ? byView.label() : TableGenerator.label(byView.key());
            label = "   " + name + ": " + keyText;
        }
        out.accept(new FormatData.GroupStartData(label));
        inGroup = true;
        groupKey = keyText;
    }

    private Generator select(Object first) {
        if (kind == Kind.DEFAULT) {
            ViewDefinition view = evaluator.views().find(first, null, null);
            if (view != null) {
                return generatorFor(view.control().getClass(), view);
            }
            int count = ObjectProperties.displayed(first, evaluator.typeData()).size();
            return count <= MAX_TABLE_PROPERTIES ? new TableGenerator(null, parameters, evaluator)
                    : new ListGenerator(null, parameters, evaluator);
        }
        Class<? extends Control> control = switch (kind) {
            case TABLE -> TableControl.class;
            case LIST -> ListControl.class;
            case WIDE -> WideControl.class;
            default -> CustomControl.class;
        };
        ViewDefinition view = null;
        if (parameters.properties().isEmpty()) {
            view = evaluator.views().find(first, control, parameters.view());
            if (view == null && parameters.view() != null) {
                throw viewNotFound(first, control);
            }
        }
        return generatorFor(control, view);
    }

    private Generator generatorFor(Class<? extends Control> type, ViewDefinition view) {
        if (type == TableControl.class) {
            return new TableGenerator(view, parameters, evaluator);
        }
        if (type == ListControl.class) {
            return new ListGenerator(view, parameters, evaluator);
        }
        if (type == WideControl.class) {
            return new WideGenerator(view, parameters, evaluator);
        }
        return new CustomGenerator(view, parameters, evaluator);
    }

    private PSRuntimeException viewNotFound(Object value, Class<? extends Control> control) {
        String shape = switch (kind) {
            case TABLE -> "Table";
            case LIST -> "List";
            case WIDE -> "Wide";
            default -> "Custom";
        };
        java.util.List<String> names = evaluator.views().namesFor(value, control);
        String message = names.isEmpty()
                ? "The view name " + parameters.view() + " cannot be found. There are no existing " + shape
                        + " views for " + TypeNames.ofValue(value) + " objects."
                : "The view name " + parameters.view() + " cannot be found. Specify one of the following " + shape
                        + " views and try again: " + String.join(", ", names) + ".";
        return new PSRuntimeException("FormatViewNotFound", "ObjectNotFound", message, null,
                "System.Management.Automation.PipelineStoppedException");
    }
}
