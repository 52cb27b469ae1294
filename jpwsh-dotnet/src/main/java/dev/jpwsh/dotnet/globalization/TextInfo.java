package dev.jpwsh.dotnet.globalization;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.format.FormatCulture;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.DotNetProperties;
import java.util.Locale;

/**
 * System.Globalization.TextInfo: a culture's writing system as far as scripts use it, chiefly ListSeparator, which
 * Export-Csv and Import-Csv -UseCulture read. Its separator is what .NET on Linux derives, ICU having none: a
 * semicolon where the culture's decimal separator is a comma, else a comma. Settable unless the culture is read-only
 * (.NET's InvalidOperationException then). Not thread-safe.
 */
@DotNetName("System.Globalization.TextInfo")
@DotNetProperties({"LCID", "CultureName", "IsReadOnly", "ListSeparator", "IsRightToLeft"})
public final class TextInfo {
    private final CultureInfo culture;
    private final boolean readOnly;
    private String listSeparator;

    TextInfo(CultureInfo culture, FormatCulture data, boolean readOnly) {
        this.culture = culture;
        this.readOnly = readOnly;
        this.listSeparator = data.numbers().decimalSeparator().equals(",") ? ";" : ",";
    }

    public int getLCID() {
        return culture.getLCID();
    }

    public String getCultureName() {
        return culture.getName();
    }

    public boolean getIsReadOnly() {
        return readOnly;
    }

    public boolean getIsRightToLeft() {
        return false;
    }

    public String getListSeparator() {
        return listSeparator;
    }

    public void setListSeparator(String value) {
        if (readOnly) {
            throw new PSRuntimeException("InvalidOperation", "InvalidOperation",
                    "Instance is read-only.", null, "System.InvalidOperationException");
        }
        if (value == null) {
            throw new ArgumentExceptions.ArgumentNullException("value");
        }
        listSeparator = value;
    }

    public String ToLower(String text) {
        return text.toLowerCase(locale());
    }

    public String ToUpper(String text) {
        return text.toUpperCase(locale());
    }

    private Locale locale() {
        return culture.getName().isEmpty() ? Locale.ROOT : Locale.forLanguageTag(culture.getName());
    }

    @Override
    public String toString() {
        return "TextInfo - " + culture.getName();
    }
}
