package dev.jpwsh.runtime.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A .NET custom numeric format: {@code 0} and {@code #} digit placeholders, {@code .}, {@code ,} (grouping between
 * integer placeholders, scaling by 1000 just before the point), {@code %} and {@code ‰}, {@code E+0} exponents,
 * {@code 'literal'}, {@code "literal"} and {@code \c}, and up to three {@code ;} sections (positive, negative,
 * zero). Literal characters stay where they are among the digits, as in {@code (###) ###-####}.
 */
final class CustomNumberFormat {
    private final List<String> tokens = new ArrayList<>();
    private int integerPlaceholders;
    private int firstZero = -1;
    private int decimalPlaceholders;
    private int lastDecimalZero;
    private boolean hasPoint;
    private boolean grouping;
    private int scale;
    private String exponent;
    private int exponentDigits;

    private final FormatCulture.Numbers symbols;

    private CustomNumberFormat(String section, FormatCulture.Numbers symbols) {
        this.symbols = symbols;
        parse(section);
    }

    static String format(Number number, String format, FormatCulture.Numbers symbols) {
        List<String> sections = sections(format);
        BigDecimal value = NumberFormatter.exact(number);
        String section = sections.getFirst();
        boolean sign = value.signum() < 0;
        if (value.signum() < 0 && sections.size() > 1 && !sections.get(1).isEmpty()) {
            section = sections.get(1);
            sign = false;
        }
        CustomNumberFormat f = new CustomNumberFormat(section, symbols);
        BigDecimal scaled = f.scaled(value.abs());
        if (scaled.signum() == 0 && sections.size() > 2 && !sections.get(2).isEmpty()) {
            return new CustomNumberFormat(sections.get(2), symbols).write(BigDecimal.ZERO, false);
        }
        if (scaled.signum() == 0 && value.signum() < 0 && sections.size() > 1 && !sections.get(1).isEmpty()) {
            f = new CustomNumberFormat(sections.getFirst(), symbols);
            sign = false;
        }
        return f.write(scaled, sign && scaled.signum() != 0);
    }

    /** The sections between unquoted, unescaped semicolons. */
    private static List<String> sections(String format) {
        List<String> sections = new ArrayList<>();
        int start = 0;
        char quote = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\\') {
                i++;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ';' && sections.size() < 2) {
                sections.add(format.substring(start, i));
                start = i + 1;
            }
        }
        sections.add(format.substring(start));
        return sections;
    }

    /** Splits the section into tokens: one-character placeholders and operators, or literal text prefixed by '\0'. */
    private void parse(String section) {
        boolean afterPoint = false;
        for (int i = 0; i < section.length(); i++) {
            char c = section.charAt(i);
            switch (c) {
                case '0', '#' -> {
                    if (afterPoint) {
                        decimalPlaceholders++;
                        lastDecimalZero = c == '0' ? decimalPlaceholders : lastDecimalZero;
                    } else {
                        if (c == '0' && firstZero < 0) {
                            firstZero = integerPlaceholders;
                        }
                        integerPlaceholders++;
                    }
                    tokens.add(String.valueOf(c));
                }
                case '.' -> {
                    if (!hasPoint) {
                        hasPoint = true;
                        afterPoint = true;
                        tokens.add(".");
                    }
                }
                case ',' -> {
                    if (!afterPoint) {
                        int j = i;
                        while (j < section.length() && section.charAt(j) == ',') {
                            j++;
                        }
                        boolean placeholderFollows = j < section.length() && (section.charAt(j) == '0'
                                || section.charAt(j) == '#');
                        if (placeholderFollows && integerPlaceholders > 0) {
                            grouping = true;
                        } else if (integerPlaceholders > 0) {
                            scale += 3 * (j - i);
                        }
                        i = j - 1;
                    }
                }
                case '%' -> {
                    scale -= 2;
                    tokens.add("%");
                }
                case '\u2030' -> {
                    scale -= 3;
                    tokens.add("\u2030");
                }
                case 'E', 'e' -> i = exponent(section, i);
                case '\\' -> {
                    if (i + 1 < section.length()) {
                        tokens.add("\0" + section.charAt(++i));
                    }
                }
                case '\'', '"' -> {
                    int close = section.indexOf(c, i + 1);
                    int end = close < 0 ? section.length() : close;
                    tokens.add("\0" + section.substring(i + 1, end));
                    i = end;
                }
                default -> tokens.add("\0" + c);
            }
        }
    }

    /** {@code E0}, {@code E+0}, {@code E-0} (and lower case) with its zeros; else the letter is a literal. */
    private int exponent(String section, int at) {
        int i = at + 1;
        String sign = "";
        if (i < section.length() && (section.charAt(i) == '+' || section.charAt(i) == '-')) {
            sign = String.valueOf(section.charAt(i));
            i++;
        }
        int zeros = 0;
        while (i < section.length() && section.charAt(i) == '0') {
            zeros++;
            i++;
        }
        if (zeros == 0 || exponent != null) {
            tokens.add("\0" + section.charAt(at));
            return at;
        }
        exponent = section.charAt(at) + sign;
        exponentDigits = zeros;
        tokens.add("E");
        return i - 1;
    }

    private BigDecimal scaled(BigDecimal value) {
        BigDecimal v = scale == 0 ? value : value.movePointLeft(scale);
        if (exponent != null) {
            return v;
        }
        return v.setScale(decimalPlaceholders, RoundingMode.HALF_UP);
    }

    private String write(BigDecimal value, boolean negative) {
        int exp = 0;
        if (exponent != null && value.signum() != 0) {
            int digits = Math.max(integerPlaceholders, 1);
            int magnitude = value.precision() - value.scale() - 1;
            exp = magnitude - (digits - 1);
            value = value.movePointLeft(exp).setScale(decimalPlaceholders, RoundingMode.HALF_UP);
            if (value.precision() - value.scale() > digits) {
                exp++;
                value = value.movePointLeft(1).setScale(decimalPlaceholders, RoundingMode.HALF_UP);
            }
        } else if (exponent != null) {
            value = value.setScale(decimalPlaceholders, RoundingMode.HALF_UP);
        }
        String plain = value.toPlainString();
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        integer = integer.replaceFirst("^0+", "");
        int keep = fraction.length();
        while (keep > lastDecimalZero && fraction.charAt(keep - 1) == '0') {
            keep--;
        }
        fraction = fraction.substring(0, keep);
        StringBuilder out = new StringBuilder(negative ? symbols.negativeSign() : "");
        int placeholder = 0;
        int decimal = 0;
        for (String token : tokens) {
            switch (token) {
                case "0", "#" -> {
                    if (placeholder < integerPlaceholders) {
                        integerDigit(out, integer, placeholder++);
                    } else if (decimal < fraction.length()) {
                        out.append(fraction.charAt(decimal++));
                    }
                }
                case "." -> {
                    if (!fraction.isEmpty()) {
                        out.append(symbols.decimalSeparator());
                    }
                }
                case "E" -> out.append(exponent.charAt(0)).append(exp < 0 ? "-" : exponent.endsWith("+") ? "+" : "")
                        .append(String.format("%0" + exponentDigits + "d", Math.abs(exp)));
                case "%" -> out.append(symbols.percentSymbol());
                case "\u2030" -> out.append(symbols.perMilleSymbol());
                default -> out.append(token.charAt(0) == '\0' ? token.substring(1) : token);
            }
        }
        return out.toString();
    }

    /** Writes the integer digits that belong to placeholder {@code k}: all leading extra digits go to the first. */
    private void integerDigit(StringBuilder out, String integer, int k) {
        int fromRight = integerPlaceholders - 1 - k;
        int length = integer.length();
        if (k == 0 && length > integerPlaceholders) {
            for (int i = 0; i < length - integerPlaceholders; i++) {
                appendDigit(out, integer.charAt(i), length - 1 - i);
            }
        }
        if (fromRight < length) {
            appendDigit(out, integer.charAt(length - 1 - fromRight), fromRight);
        } else if (firstZero >= 0 && k >= firstZero) {
            appendDigit(out, '0', fromRight);
        }
    }

    private void appendDigit(StringBuilder out, char digit, int fromRight) {
        out.append(digit);
        if (grouping && fromRight > 0 && fromRight % 3 == 0) {
            out.append(symbols.groupSeparator());
        }
    }
}
