package dev.jpwsh.engine.provider;

import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The {@code -Encoding} of the content cmdlets and Out-File: a name pwsh accepts (utf8, utf8BOM, utf8NoBOM, ascii, unicode,
 * bigendianunicode, utf32, latin1, oem, default) or an encoding object; UTF-8 without a byte order mark by default.
 */
public final class ContentEncoding {
    private ContentEncoding() {
    }

    /** A charset, and whether writing starts with a byte order mark. */
    public record Choice(Charset charset, boolean byteOrderMark) {
    }

    /**
     * {@return the charset {@code encoding} names}
     *
     * @throws dev.jpwsh.engine.exec.PSException ParameterArgumentTransformationError for an unknown name
     */
    public static Choice of(Object encoding) {
        if (encoding == null) {
            return new Choice(StandardCharsets.UTF_8, false);
        }
        if (!(encoding instanceof String)) {
            Object name = Members.get(encoding, "WebName");
            return new Choice(Charset.forName(LanguagePrimitives.toString(name)), false);
        }
        return switch (((String) encoding).toLowerCase(Locale.ROOT)) {
            case "utf8", "utf8nobom", "default", "oem" -> new Choice(StandardCharsets.UTF_8, false);
            case "utf8bom" -> new Choice(StandardCharsets.UTF_8, true);
            case "ascii" -> new Choice(StandardCharsets.US_ASCII, false);
            case "unicode" -> new Choice(StandardCharsets.UTF_16LE, true);
            case "bigendianunicode" -> new Choice(StandardCharsets.UTF_16BE, true);
            case "utf32" -> new Choice(Charset.forName("UTF-32LE"), true);
            case "bigendianutf32" -> new Choice(Charset.forName("UTF-32BE"), true);
            case "latin1" -> new Choice(StandardCharsets.ISO_8859_1, false);
            case "utf7" -> new Choice(StandardCharsets.UTF_8, false);
            default -> throw RuntimeFailures.create("ParameterArgumentTransformationError", "InvalidData",
                    "Cannot process argument transformation on parameter 'Encoding'. '" + encoding + "' is not a "
                    + "supported encoding name. For information on defining a custom encoding, see the documentation "
                    + "for the Encoding.RegisterProvider method.", encoding,
                    "System.Management.Automation.ParameterBindingArgumentTransformationException");
        };
    }

    public static ContentOptions options(Object encoding, String delimiter, boolean asBytes, boolean raw,
            boolean noNewline) {
        Choice choice = of(encoding);
        return new ContentOptions(choice.charset(), choice.byteOrderMark(), delimiter, asBytes, raw, noNewline);
    }
}
