package dev.jpwsh.commands.web;

import dev.jpwsh.dotnet.ByteArrays;
import dev.jpwsh.dotnet.io.FileInfo;
import dev.jpwsh.dotnet.text.Encoding;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.number.UInt8;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * The content of a request as pwsh's FillRequestStream makes it: -Form as multipart/form-data, -Body as bytes, a
 * dictionary (URL-encoded form fields), XML or text (in the charset -ContentType names, else UTF-8), -InFile streamed
 * from disk. {@link #contentType()} is the Content-Type the content itself requires (multipart's boundary), or null.
 */
record RequestBody(HttpRequest.BodyPublisher publisher, String contentType) {
    static final RequestBody NONE = new RequestBody(null, null);

    /** The publisher, an empty one when there is no content. */
    HttpRequest.BodyPublisher publisherOrEmpty() {
        return publisher == null ? HttpRequest.BodyPublishers.noBody() : publisher;
    }

    /** {@code body} (not null) sent with Content-Type {@code contentType} (may be null). */
    static RequestBody of(Object body, String contentType, boolean skipHeaderValidation) {
        if (body instanceof Map<?, ?> fields) {
            return text(formFields(fields), contentType, skipHeaderValidation);
        }
        if (body instanceof dev.jpwsh.dotnet.xml.XmlNode xml) {
            return text(xml.getOuterXml(), contentType, skipHeaderValidation);
        }
        if (body instanceof byte[] || body instanceof UInt8[]) {
            return new RequestBody(HttpRequest.BodyPublishers.ofByteArray(ByteArrays.toJava(body, "Body")), null);
        }
        return text(LanguagePrimitives.toString(body), contentType, skipHeaderValidation);
    }

    /** The fields of a dictionary as {@code key=value&...}, each part URL-encoded as .NET's WebUtility does. */
    static String formFields(Map<?, ?> fields) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            if (!text.isEmpty()) {
                text.append('&');
            }
            text.append(urlEncode(LanguagePrimitives.toString(field.getKey()))).append('=');
            if (field.getValue() != null) {
                text.append(urlEncode(LanguagePrimitives.toString(field.getValue())));
            }
        }
        return text.toString();
    }

    private static String urlEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Text in the charset {@code contentType} names, else UTF-8; an unknown charset is refused unless skipped. */
    private static RequestBody text(String text, String contentType, boolean skipHeaderValidation) {
        Charset charset = StandardCharsets.UTF_8;
        String name = ResponseText.parameter(contentType, "charset");
        if (name != null) {
            try {
                charset = Charset.forName(Encoding.GetEncoding(name).getWebName());
            } catch (RuntimeException unknown) {
                if (!skipHeaderValidation) {
                    throw WebErrors.contentType(contentType);
                }
            }
        }
        return new RequestBody(HttpRequest.BodyPublishers.ofByteArray(text.getBytes(charset)), null);
    }

    /** The file of -InFile, read as the request goes out. */
    static RequestBody file(Path path) {
        try {
            return new RequestBody(HttpRequest.BodyPublishers.ofFile(path), null);
        } catch (IOException e) {
            throw WebFiles.readFailure(path, e);
        }
    }

    /**
     * -Form: each entry a part; a FileInfo value is a file part (application/octet-stream, with its name), a
     * collection one part per element, anything else a text part.
     */
    static RequestBody multipart(Map<?, ?> form) {
        String boundary = UUID.randomUUID().toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<?, ?> entry : form.entrySet()) {
            String name = LanguagePrimitives.toString(entry.getKey());
            Object value = entry.getValue();
            if (value instanceof Object[] items) {
                for (Object item : items) {
                    part(out, boundary, name, item);
                }
            } else if (value instanceof Iterable<?> items && !(value instanceof Map<?, ?>)) {
                for (Object item : items) {
                    part(out, boundary, name, item);
                }
            } else {
                part(out, boundary, name, value);
            }
        }
        write(out, "--" + boundary + "--\r\n");
        return new RequestBody(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()),
                "multipart/form-data; boundary=\"" + boundary + "\"");
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, Object value) {
        write(out, "--" + boundary + "\r\n");
        if (value instanceof FileInfo file) {
            Path path = Path.of(file.getFullName());
            write(out, "Content-Disposition: form-data; name=" + mimeValue(name) + "; filename="
                    + mimeValue(file.getName()) + "; filename*=utf-8''" + urlEncode(file.getName()).replace("+", "%20")
                    + "\r\n");
            write(out, "Content-Type: application/octet-stream\r\n\r\n");
            try {
                out.write(Files.readAllBytes(path));
            } catch (IOException e) {
                throw WebFiles.readFailure(path, e);
            }
        } else {
            write(out, "Content-Type: text/plain; charset=utf-8\r\n");
            write(out, "Content-Disposition: form-data; name=" + mimeValue(name) + "\r\n\r\n");
            write(out, value == null ? "" : LanguagePrimitives.toString(value));
        }
        write(out, "\r\n");
    }

    /** A parameter value as .NET's ContentDispositionHeaderValue writes it: quoted only when it is no HTTP token. */
    private static String mimeValue(String value) {
        return HttpSyntax.isToken(value) ? value : "\"" + value + "\"";
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
