package dev.jpwsh.commands.web;

import dev.jpwsh.dotnet.text.Encoding;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Set;

/**
 * Content types as pwsh's ContentHelper reads them (which are JSON, XML, text) and the decoding of text content by
 * the character set its Content-Type names, UTF-8 when it names none or one .NET does not know.
 */
final class ResponseText {
    private static final Set<String> JSON_TYPES = Set.of("application/json", "text/json", "application/x-javascript",
            "text/x-javascript", "application/javascript", "text/javascript");
    private static final Set<String> XML_TYPES = Set.of("application/xml", "application/xml-external-parsed-entity",
            "application/xml-dtd");

    private ResponseText() {
    }

    /** The media type of a Content-Type header (its part before any parameter), lower case; null for none. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.isEmpty() ? null : type.toLowerCase(Locale.ROOT);
    }

    static boolean isJson(String mediaType) {
        return mediaType != null && JSON_TYPES.contains(mediaType);
    }

    static boolean isXml(String mediaType) {
        return mediaType != null && (XML_TYPES.contains(mediaType) || mediaType.endsWith("+xml"));
    }

    static boolean isText(String mediaType) {
        return mediaType != null && (mediaType.startsWith("text/") || isXml(mediaType) || isJson(mediaType));
    }

    /** The encoding the charset parameter of {@code contentType} names, else UTF-8. */
    static Encoding encoding(String contentType) {
        String charset = parameter(contentType, "charset");
        if (charset != null) {
            try {
                return Encoding.GetEncoding(charset);
            } catch (RuntimeException unknown) {
                return Encoding.getUTF8();
            }
        }
        return Encoding.getUTF8();
    }

    /** A parameter of a header value ({@code name=value} after a semicolon), unquoted; null when absent. */
    static String parameter(String headerValue, String name) {
        if (headerValue == null) {
            return null;
        }
        for (String part : headerValue.split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0 && part.substring(0, equals).strip().equalsIgnoreCase(name)) {
                String value = part.substring(equals + 1).strip();
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    /** The text of {@code bytes} in {@code encoding}; a byte order mark decides over the declared encoding. */
    static String decode(byte[] bytes, Encoding encoding) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, java.nio.charset.StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, java.nio.charset.StandardCharsets.UTF_16BE);
        }
        return new String(bytes, Charset.forName(encoding.getWebName()));
    }
}
