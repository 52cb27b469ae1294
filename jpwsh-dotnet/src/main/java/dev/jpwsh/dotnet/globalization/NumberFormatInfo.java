package dev.jpwsh.dotnet.globalization;

import dev.jpwsh.runtime.format.FormatCulture;
import dev.jpwsh.runtime.object.DotNetName;

/** System.Globalization.NumberFormatInfo: how a culture writes numbers ({@code $culture.NumberFormat}); read-only. */
@DotNetName("System.Globalization.NumberFormatInfo")
public final class NumberFormatInfo {
    private final FormatCulture culture;

    NumberFormatInfo(FormatCulture culture) {
        this.culture = culture;
    }

    FormatCulture culture() {
        return culture;
    }

    public static NumberFormatInfo getInvariantInfo() {
        return new NumberFormatInfo(FormatCulture.invariant());
    }

    public static NumberFormatInfo getCurrentInfo() {
        return new NumberFormatInfo(FormatCulture.current());
    }

    private FormatCulture.Numbers n() {
        return culture.numbers();
    }

    public boolean getIsReadOnly() {
        return true;
    }

    public String getNumberDecimalSeparator() {
        return n().decimalSeparator();
    }

    public String getNumberGroupSeparator() {
        return n().groupSeparator();
    }

    public int getNumberDecimalDigits() {
        return 2;
    }

    public int[] getNumberGroupSizes() {
        return new int[] {3};
    }

    public int getNumberNegativePattern() {
        return 1;
    }

    public String getCurrencySymbol() {
        return n().currencySymbol();
    }

    public String getCurrencyDecimalSeparator() {
        return n().decimalSeparator();
    }

    public String getCurrencyGroupSeparator() {
        return n().groupSeparator();
    }

    public int getCurrencyDecimalDigits() {
        return n().currencyDecimalDigits();
    }

    public int[] getCurrencyGroupSizes() {
        return new int[] {3};
    }

    public int getCurrencyPositivePattern() {
        return n().currencyPositivePattern();
    }

    public int getCurrencyNegativePattern() {
        return n().currencyNegativePattern();
    }

    public String getPercentSymbol() {
        return n().percentSymbol();
    }

    public String getPercentDecimalSeparator() {
        return n().decimalSeparator();
    }

    public String getPercentGroupSeparator() {
        return n().groupSeparator();
    }

    public int getPercentDecimalDigits() {
        return 2;
    }

    public int getPercentPositivePattern() {
        return n().percentPositivePattern();
    }

    public int getPercentNegativePattern() {
        return n().percentNegativePattern();
    }

    public String getPerMilleSymbol() {
        return n().perMilleSymbol();
    }

    public String getNegativeSign() {
        return n().negativeSign();
    }

    public String getPositiveSign() {
        return n().positiveSign();
    }

    public String getNaNSymbol() {
        return n().nanSymbol();
    }

    public String getPositiveInfinitySymbol() {
        return n().positiveInfinitySymbol();
    }

    public String getNegativeInfinitySymbol() {
        return n().negativeInfinitySymbol();
    }

    @Override
    public String toString() {
        return "System.Globalization.NumberFormatInfo";
    }
}
