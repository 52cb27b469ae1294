package dev.jpwsh.engine.modules;

import dev.jpwsh.dotnet.Version;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.Locale;
import java.util.Map;

/**
 * What a module specification asks of a module's version and identity, as Import-Module's -MinimumVersion,
 * -MaximumVersion, -RequiredVersion and a -FullyQualifiedName table's ModuleVersion, MaximumVersion,
 * RequiredVersion and Guid do; each part null when not asked.
 */
public record VersionConstraint(Version minimum, Version maximum, Version required, String guid) {
    /** No constraint: any version of any module. */
    public static final VersionConstraint NONE = new VersionConstraint(null, null, null, null);

    /** The constraint a -FullyQualifiedName table states. */
    public static VersionConstraint of(Map<?, ?> specification) {
        return new VersionConstraint(version(specification.get("ModuleVersion")),
                version(specification.get("MaximumVersion")), version(specification.get("RequiredVersion")),
                text(specification.get("Guid")));
    }

    /**
     * A version parameter's value; null when absent or empty. A number written {@code 2.0} arrives as the double 2,
     * whose text {@code 2} is no version: it is read as {@code 2.0}, as pwsh reads the number's own spelling.
     */
    public static Version version(Object value) {
        String text = text(value);
        if ((value instanceof Double || value instanceof Float) && !text.contains(".")) {
            text += ".0";
        }
        return text == null || text.isEmpty() ? null : Version.Parse(text);
    }

    private static String text(Object value) {
        return value == null ? null : LanguagePrimitives.toString(value);
    }

    /** Whether the minimum is above the maximum, which asks for no version at all. */
    public boolean isEmptyRange() {
        return minimum != null && maximum != null && minimum.compareTo(maximum) > 0;
    }

    /** Whether a module of {@code version} with {@code moduleGuid} satisfies this. */
    public boolean accepts(Version version, Object moduleGuid) {
        return acceptsVersion(version) && (guid == null || moduleGuid != null
                        && guid.toLowerCase(Locale.ROOT).equals(String.valueOf(moduleGuid).toLowerCase(Locale.ROOT)));
    }

    /** Whether {@code version} is in the range asked for, whatever the module's GUID. */
    public boolean acceptsVersion(Version version) {
        return (required == null || required.compareTo(version) == 0)
                && (minimum == null || minimum.compareTo(version) <= 0)
                && (maximum == null || maximum.compareTo(version) >= 0);
    }

    /** The version the error names: the required one, else the minimum, else the maximum. */
    String described() {
        Version shown = required != null ? required : minimum != null ? minimum : maximum;
        return shown == null ? "" : shown.toString();
    }
}
