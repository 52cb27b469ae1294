package dev.jpwsh.engine.serialization;

import dev.jpwsh.dotnet.ByteArrays;
import dev.jpwsh.dotnet.SystemStatics;
import dev.jpwsh.dotnet.Version;
import dev.jpwsh.dotnet.net.Uri;
import dev.jpwsh.dotnet.security.SecureString;
import dev.jpwsh.dotnet.security.SecureStrings;
import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.dotnet.time.TimeSpan;
import dev.jpwsh.dotnet.xml.XmlDocument;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.format.NumberFormatter;
import dev.jpwsh.runtime.number.UInt16;
import dev.jpwsh.runtime.number.UInt32;
import dev.jpwsh.runtime.number.UInt64;
import dev.jpwsh.runtime.number.UInt8;
import dev.jpwsh.runtime.number.UnsignedInteger;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.UUID;

/**
 * pwsh's primitive known types: the element tag of each ({@code I32}, {@code S}, {@code DT} ...) and the text of
 * a value as .NET's XmlConvert writes it, and back. Stateless.
 */
final class PrimitiveTags {
    private PrimitiveTags() {
    }

    /** The tag of a value written as a primitive, or null when it is not one of pwsh's primitive known types. */
    static String tagOf(Object value) {
        return switch (value) {
            case String s -> "S";
            case Integer i -> "I32";
            case Boolean b -> "B";
            case Long l -> "I64";
            case Double d -> "Db";
            case DateTime d -> "DT";
            case Character c -> "C";
            case BigDecimal d -> "D";
            case SystemStatics.Guid g -> "G";
            case Short s -> "I16";
            case Byte b -> "SB";
            case Float f -> "Sg";
            case UInt8 u -> "By";
            case UInt16 u -> "U16";
            case UInt32 u -> "U32";
            case UInt64 u -> "U64";
            case TimeSpan t -> "TS";
            case Version v -> "Version";
            case ScriptBlock b -> "SBK";
            case UInt8[] bytes -> "BA";
            case SecureString s -> "SS";
            case XmlDocument x -> "XD";
            case Uri u -> "URI";
            default -> null;
        };
    }

    /** The .NET type a primitive tag stands for, as pwsh's errors name it. */
    static String dotNetName(String tag) {
        return switch (tag) {
            case "S" -> "System.String";
            case "I32" -> "System.Int32";
            case "B" -> "System.Boolean";
            case "I64" -> "System.Int64";
            case "Db" -> "System.Double";
            case "DT" -> "System.DateTime";
            case "C" -> "System.Char";
            case "D" -> "System.Decimal";
            case "G" -> "System.Guid";
            case "I16" -> "System.Int16";
            case "SB" -> "System.SByte";
            case "Sg" -> "System.Single";
            case "By" -> "System.Byte";
            case "U16" -> "System.UInt16";
            case "U32" -> "System.UInt32";
            case "U64" -> "System.UInt64";
            case "TS" -> "System.TimeSpan";
            case "Version" -> "System.Version";
            case "SBK" -> "System.Management.Automation.ScriptBlock";
            case "URI" -> "System.Uri";
            case "BA" -> "System.Byte[]";
            case "SS" -> "System.Security.SecureString";
            case "XD" -> "System.Xml.XmlDocument";
            default -> null;
        };
    }

    /** Whether the text of this tag is a string that went through pwsh's {@code _xHHHH_} encoding. */
    private static boolean isEncoded(String tag) {
        return tag.equals("S") || tag.equals("SBK") || tag.equals("XD") || tag.equals("URI");
    }

    /** The element text of a primitive value (before XML escaping). */
    static String text(Object value) {
        return switch (value) {
            case String s -> CliXmlStrings.encode(s);
            case Boolean b -> b ? "true" : "false";
            case Character c -> Integer.toString(c);
            case Double d -> floating(d, NumberFormatter.format(d, "R"));
            case Float f -> floating(f.doubleValue(), NumberFormatter.format(f, "R"));
            case BigDecimal d -> d.toPlainString();
            case DateTime d -> XmlDates.format(d);
            case TimeSpan t -> XmlDurations.format(t);
            case UInt8[] bytes -> Base64.getEncoder().encodeToString(ByteArrays.toJava(bytes, "bytes"));
            case SecureString s -> SecureStrings.toLocalForm(s);
            case ScriptBlock b -> CliXmlStrings.encode(b.body().text());
            case XmlDocument x -> CliXmlStrings.encode(x.getOuterXml());
            case Uri u -> CliXmlStrings.encode(u.toString());
            default -> value.toString();
        };
    }

    private static String floating(double d, String text) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "INF" : "-INF";
        }
        return text;
    }

    /** The value of a primitive element, from its tag and (already unescaped) text; null for an unknown tag. */
    static Object parse(String tag, String text) {
        String t = isEncoded(tag) ? text : text.strip();
        return switch (tag) {
            case "S" -> CliXmlStrings.decode(t);
            case "I32" -> Integer.parseInt(t);
            case "B" -> parseBoolean(t);
            case "I64" -> Long.parseLong(t);
            case "Db" -> parseDouble(t);
            case "DT" -> XmlDates.parse(t);
            case "C" -> (char) Integer.parseInt(t);
            case "D" -> new BigDecimal(t);
            case "G" -> new SystemStatics.Guid(UUID.fromString(t));
            case "I16" -> Short.parseShort(t);
            case "SB" -> Byte.parseByte(t);
            case "Sg" -> (float) parseDouble(t);
            case "By" -> unsigned(UInt8.class, t);
            case "U16" -> unsigned(UInt16.class, t);
            case "U32" -> unsigned(UInt32.class, t);
            case "U64" -> unsigned(UInt64.class, t);
            case "TS" -> XmlDurations.parse(t);
            case "Version" -> Version.Parse(t);
            case "SBK" -> CliXmlStrings.decode(t);
            case "URI" -> new Uri(CliXmlStrings.decode(t));
            case "BA" -> ByteArrays.toDotNet(Base64.getMimeDecoder().decode(t));
            case "SS" -> SecureStrings.fromLocalForm(t);
            case "XD" -> XmlDocument.parse(CliXmlStrings.decode(t));
            default -> null;
        };
    }

    private static boolean parseBoolean(String t) {
        return switch (t) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new IllegalArgumentException("The string '" + t + "' is not a valid Boolean value.");
        };
    }

    private static double parseDouble(String t) {
        return switch (t) {
            case "INF" -> Double.POSITIVE_INFINITY;
            case "-INF" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(t);
        };
    }

    private static UnsignedInteger unsigned(Class<?> type, String t) {
        BigInteger value = new BigInteger(t);
        if (value.signum() < 0 || value.bitLength() > UnsignedInteger.bitWidth(type)) {
            throw new NumberFormatException("Value was either too large or too small for an unsigned integer.");
        }
        return UnsignedInteger.exact(type, value);
    }
}
