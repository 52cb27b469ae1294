package dev.jpwsh.engine.host;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One answer a choice prompt offers: its label, where {@code &} marks the hot key ({@code "&Yes"} is answered by
 * {@code Y} or {@code Yes}), and the help shown for it when the user types {@code ?}.
 */
@DotNetName("System.Management.Automation.Host.ChoiceDescription")
public final class ChoiceDescription {
    private final String label;
    private String helpMessage = "";

    public ChoiceDescription(String label) {
        if (label == null || label.isEmpty()) {
            throw new IllegalArgumentException("Cannot process argument because the value of argument \"label\" is "
                    + "not valid. Change the value of the \"label\" argument and run the operation again.");
        }
        this.label = label;
    }

    public ChoiceDescription(String label, String helpMessage) {
        this(label);
        setHelpMessage(helpMessage);
    }

    public String getLabel() {
        return label;
    }

    public String getHelpMessage() {
        return helpMessage;
    }

    public void setHelpMessage(String value) {
        if (value == null) {
            throw new IllegalArgumentException("Cannot process argument because the value of argument \"value\" is "
                    + "null. Change the value of argument \"value\" to a non-null value.");
        }
        helpMessage = value;
    }

    /**
     * {@return the choices a script passed}: descriptions as they are, anything else (a label such as {@code "&Yes"})
     * made into one, as pwsh converts an argument to {@code Collection[ChoiceDescription]}; an empty list for null
     */
    public static List<ChoiceDescription> listOf(Object choices) {
        List<ChoiceDescription> list = new ArrayList<>();
        if (choices instanceof Object[] array) {
            for (Object item : array) {
                list.add(of(item));
            }
        } else if (choices instanceof Collection<?> collection) {
            for (Object item : collection) {
                list.add(of(item));
            }
        } else if (choices != null) {
            list.add(of(choices));
        }
        return list;
    }

    private static ChoiceDescription of(Object item) {
        return item instanceof ChoiceDescription choice ? choice
                : new ChoiceDescription(dev.jpwsh.runtime.convert.LanguagePrimitives.toString(item));
    }

    @Override
    public String toString() {
        return "System.Management.Automation.Host.ChoiceDescription";
    }
}
