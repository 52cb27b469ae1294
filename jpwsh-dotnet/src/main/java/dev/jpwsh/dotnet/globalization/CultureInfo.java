package dev.jpwsh.dotnet.globalization;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.format.FormatCulture;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * System.Globalization.CultureInfo: a culture by its .NET name ({@code en-US}; the invariant culture's is empty),
 * with the names .NET gives it in English and its NumberFormat and DateTimeFormat. The current culture is the
 * thread's (settable), at first the one .NET on Linux derives from LC_ALL, then LC_MESSAGES, then LANG
 * ({@code en_US.UTF-8} is {@code en-US}; C, POSIX or none is the invariant culture). LCIDs are
 * Windows numbers .NET keeps for the common cultures; others are 4096, as .NET gives for cultures without one.
 * A culture made with {@code new} has a TextInfo whose ListSeparator can be set; the invariant, current and cached
 * ones are read-only, as in .NET. Setting CurrentCulture keeps that instance (and its TextInfo) for the thread.
 */
@DotNetName("System.Globalization.CultureInfo")
public final class CultureInfo {
    private static final Map<String, Integer> LCIDS = Map.ofEntries(Map.entry("en", 9), Map.entry("en-US", 1033),
            Map.entry("en-GB", 2057), Map.entry("de", 7), Map.entry("de-DE", 1031), Map.entry("fr", 12),
            Map.entry("fr-FR", 1036), Map.entry("es", 10), Map.entry("es-ES", 3082), Map.entry("it-IT", 1040),
            Map.entry("ja-JP", 1041), Map.entry("zh-CN", 2052), Map.entry("ru-RU", 1049), Map.entry("pt-BR", 1046),
            Map.entry("nl-NL", 1043), Map.entry("sv-SE", 1053), Map.entry("pl-PL", 1045), Map.entry("ko-KR", 1042));
    private static final String INVARIANT_NAME = "Invariant Language (Invariant Country)";

    /** The instance set as this thread's current culture, returned while the thread's culture is still its own. */
    private static final ThreadLocal<CultureInfo> CURRENT = new ThreadLocal<>();

    private final String name;
    private final Locale locale;
    private final boolean readOnly;
    private TextInfo textInfo;
    /** The culture's formatting data, looked up on first use (listing every culture needs only the names). */
    /** Each thread's CurrentUICulture once it sets one. */
    private static final ThreadLocal<FormatCulture> UI_CULTURE = new ThreadLocal<>();
    private volatile FormatCulture data;

    private CultureInfo(String canonicalName, FormatCulture data, boolean readOnly) {
        this.name = canonicalName;
        this.readOnly = readOnly;
        this.locale = canonicalName.isEmpty() ? Locale.ROOT : Locale.forLanguageTag(canonicalName);
        this.data = data;
    }

    private CultureInfo(FormatCulture culture, boolean readOnly) {
        this(culture.name(), culture, readOnly);
    }

    /**
     * {@code [cultureinfo]::new('de-DE')}: a culture by its .NET name, in any letter case.
     * @throws IllegalArgumentException .NET's CultureNotFoundException text for a name that is no culture
     */
    public CultureInfo(String name) {
        this(byName(name), false);
    }

    private static FormatCulture byName(String name) {
        FormatCulture culture = FormatCulture.forName(name == null ? "" : name);
        if (culture == null) {
            throw new IllegalArgumentException("Culture is not supported. (Parameter 'name')\n" + name
                    + " is an invalid culture identifier.");
        }
        return culture;
    }

    private FormatCulture culture() {
        FormatCulture d = data;
        if (d == null) {
            d = FormatCulture.forName(name);
            data = d;
        }
        return d;
    }

    /** The culture of a provider argument (CultureInfo, NumberFormatInfo, DateTimeFormatInfo), else the current one. */
    public static FormatCulture cultureOf(Object provider) {
        return switch (provider) {
            case CultureInfo c -> c.culture();
            case NumberFormatInfo n -> n.culture();
            case DateTimeFormatInfo d -> d.culture();
            case null, default -> FormatCulture.current();
        };
    }

    public static CultureInfo getInvariantCulture() {
        return new CultureInfo(FormatCulture.invariant(), true);
    }

    /** The thread's culture: .NET on Linux derives it from LC_ALL, LC_MESSAGES, LANG (C or none is invariant). */
    public static CultureInfo getCurrentCulture() {
        CultureInfo set = CURRENT.get();
        FormatCulture current = FormatCulture.current();
        return set != null && set.culture() == current ? set : new CultureInfo(current, true);
    }

    /** A null culture is .NET's ArgumentNullException, as for CurrentUICulture. */
    public static void setCurrentCulture(CultureInfo culture) {
        if (culture == null) {
            throw new ArgumentExceptions.ArgumentNullException("value");
        }
        CURRENT.set(culture);
        FormatCulture.setCurrent(culture.culture());
    }

    /** The thread's UI culture: the locale variables' culture until the thread sets one, apart from CurrentCulture. */
    public static CultureInfo getCurrentUICulture() {
        FormatCulture set = UI_CULTURE.get();
        return new CultureInfo(set != null ? set : FormatCulture.processDefault(), true);
    }

    public static void setCurrentUICulture(CultureInfo culture) {
        if (culture == null) {
            throw new ArgumentExceptions.ArgumentNullException("value");
        }
        UI_CULTURE.set(culture.culture());
    }

    public static CultureInfo GetCultureInfo(String name) {
        return new CultureInfo(byName(name), true);
    }

    /** {@code [cultureinfo]::GetCultures('AllCultures')}: every culture, the invariant one first. */
    public static CultureInfo[] GetCultures(Object types) {
        List<String> names = FormatCulture.availableNames();
        CultureInfo[] all = new CultureInfo[names.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = new CultureInfo(names.get(i), null, true);
        }
        return all;
    }

    public String getName() {
        return name;
    }

    public NumberFormatInfo getNumberFormat() {
        return new NumberFormatInfo(culture());
    }

    public DateTimeFormatInfo getDateTimeFormat() {
        return new DateTimeFormatInfo(culture());
    }

    /** The culture's TextInfo, one per instance, so a ListSeparator set on it stays. */
    public synchronized TextInfo getTextInfo() {
        if (textInfo == null) {
            textInfo = new TextInfo(this, culture(), readOnly);
        }
        return textInfo;
    }

    public boolean getIsReadOnly() {
        return readOnly;
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
        return new CultureInfo(locale.getCountry().isEmpty() ? "" : locale.getLanguage());
    }

    private boolean isInvariant() {
        return name.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CultureInfo c && c.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return getName();
    }
}
