package dev.jpwsh.dotnet.globalization;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * System.Globalization.CultureInfo: a culture by its .NET name ({@code en-US}; the invariant culture's is empty),
 * with the names .NET gives it in English. The current culture is the one .NET on Linux derives from LC_ALL, then
 * LC_MESSAGES, then LANG ({@code en_US.UTF-8} is {@code en-US}; C, POSIX or none is the invariant culture). LCIDs are
 * Windows numbers .NET keeps for the common cultures; others are 4096, as .NET gives for cultures without one.
 * Instances are immutable.
 */
@DotNetName("System.Globalization.CultureInfo")
public final class CultureInfo {
    private static final Map<String, Integer> LCIDS = Map.ofEntries(Map.entry("en", 9), Map.entry("en-US", 1033),
            Map.entry("en-GB", 2057), Map.entry("de", 7), Map.entry("de-DE", 1031), Map.entry("fr", 12),
            Map.entry("fr-FR", 1036), Map.entry("es", 10), Map.entry("es-ES", 3082), Map.entry("it-IT", 1040),
            Map.entry("ja-JP", 1041), Map.entry("zh-CN", 2052), Map.entry("ru-RU", 1049), Map.entry("pt-BR", 1046),
            Map.entry("nl-NL", 1043), Map.entry("sv-SE", 1053), Map.entry("pl-PL", 1045), Map.entry("ko-KR", 1042));
    private static final String INVARIANT_NAME = "Invariant Language (Invariant Country)";

    private static final CultureInfo INVARIANT = new CultureInfo(Locale.ROOT);
    private static final CultureInfo CURRENT = fromEnvironment(System.getenv());

    private final Locale locale;

    private CultureInfo(Locale locale) {
        this.locale = locale;
    }

    /**
     * {@code [cultureinfo]::new('de-DE')}: a culture the JDK knows by that name.
     * @throws IllegalArgumentException .NET's CultureNotFoundException text for a name that is no culture
     */
    public CultureInfo(String name) {
        this(byName(name));
    }

    private static Locale byName(String name) {
        if (name == null || name.isEmpty()) {
            return Locale.ROOT;
        }
        Locale locale = Locale.forLanguageTag(name);
        boolean known = !locale.getLanguage().isEmpty() && Arrays.asList(Locale.getISOLanguages())
                .contains(locale.getLanguage()) && (locale.getCountry().isEmpty()
                        || Arrays.asList(Locale.getISOCountries()).contains(locale.getCountry()));
        if (!known) {
            throw new IllegalArgumentException("Culture is not supported. (Parameter 'name')\n" + name
                    + " is an invalid culture identifier.");
        }
        return locale;
    }

    /** The culture the locale variables name, as .NET on Linux reads them. */
    static CultureInfo fromEnvironment(Map<String, String> environment) {
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.get(variable);
            if (value != null && !value.isEmpty()) {
                String name = value.replaceFirst("[.@].*$", "").replace('_', '-');
                if (name.equals("C") || name.equals("POSIX") || name.isEmpty()) {
                    return INVARIANT;
                }
                try {
                    return new CultureInfo(name);
                } catch (IllegalArgumentException unknown) {
                    return INVARIANT;
                }
            }
        }
        return INVARIANT;
    }

    public static CultureInfo getInvariantCulture() {
        return INVARIANT;
    }

    public static CultureInfo getCurrentCulture() {
        return CURRENT;
    }

    public static CultureInfo getCurrentUICulture() {
        return CURRENT;
    }

    public static CultureInfo GetCultureInfo(String name) {
        return new CultureInfo(name);
    }

    public String getName() {
        return locale.toLanguageTag().equals("und") ? "" : locale.toLanguageTag();
    }

    public String getDisplayName() {
        return getEnglishName();
    }

    public String getEnglishName() {
        return isInvariant() ? INVARIANT_NAME : locale.getDisplayName(Locale.ENGLISH);
    }

    public String getNativeName() {
        return isInvariant() ? INVARIANT_NAME : locale.getDisplayName(locale);
    }

    public int getLCID() {
        return isInvariant() ? 127 : LCIDS.getOrDefault(getName(), 4096);
    }

    public String getTwoLetterISOLanguageName() {
        return isInvariant() ? "iv" : locale.getLanguage();
    }

    public String getThreeLetterISOLanguageName() {
        return isInvariant() ? "ivl" : locale.getISO3Language();
    }

    public boolean getIsNeutralCulture() {
        return !isInvariant() && locale.getCountry().isEmpty();
    }

    /** The neutral culture of a specific one ({@code en} for {@code en-US}); the invariant culture above that. */
    public CultureInfo getParent() {
        return locale.getCountry().isEmpty() ? INVARIANT : new CultureInfo(Locale.of(locale.getLanguage()));
    }

    private boolean isInvariant() {
        return locale.equals(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CultureInfo c && c.locale.equals(locale);
    }

    @Override
    public int hashCode() {
        return locale.hashCode();
    }

    @Override
    public String toString() {
        return getName();
    }
}
