package dev.jpwsh.engine.exec;

/** How much harm a command can do, which {@code $ConfirmPreference} compares with: the lowest first. */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.ConfirmImpact")
public enum ConfirmImpact {
    None, Low, Medium, High;

    /** The impact {@code value} names (an impact, its name in any case, or its number); {@code otherwise} if none. */
    public static ConfirmImpact of(Object value, ConfirmImpact otherwise) {
        if (value instanceof ConfirmImpact impact) {
            return impact;
        }
        String text = value == null ? "" : value.toString().trim();
        for (ConfirmImpact impact : values()) {
            if (impact.name().equalsIgnoreCase(text) || String.valueOf(impact.ordinal()).equals(text)) {
                return impact;
            }
        }
        return otherwise;
    }
}
