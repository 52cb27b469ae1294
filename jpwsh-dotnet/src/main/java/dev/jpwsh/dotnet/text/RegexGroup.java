package dev.jpwsh.dotnet.text;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * System.Text.RegularExpressions.Group: what one group captured (Name, Value, Index, Length, Success); its
 * Captures hold the last capture only, as Java keeps no earlier ones.
 */
@DotNetName("System.Text.RegularExpressions.Group")
public class RegexGroup {
    private final String name;
    private final String value;
    private final int index;

    RegexGroup(String name, String value, int index) {
        this.name = name;
        this.value = value;
        this.index = index;
    }

    public String getName() {
        return name;
    }

    public boolean getSuccess() {
        return value != null;
    }

    public String getValue() {
        return value == null ? "" : value;
    }

    public int getIndex() {
        return value == null ? 0 : index;
    }

    public int getLength() {
        return getValue().length();
    }

    public Object[] getCaptures() {
        return value == null ? new Object[0] : new Object[] {new Capture(value, index)};
    }

    @Override
    public String toString() {
        return getValue();
    }

    /** System.Text.RegularExpressions.Capture: one captured substring. */
    @DotNetName("System.Text.RegularExpressions.Capture")
    public record Capture(String value, int index) {
        public String getValue() {
            return value;
        }

        public int getIndex() {
            return index;
        }

        public int getLength() {
            return value.length();
        }

        @Override
        public String toString() {
            return value;
        }
    }
}
