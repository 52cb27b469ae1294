package dev.jpwsh.commands.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.util.regex.Pattern;

/**
 * The text pwsh shows as the details of an HttpResponseException: a JSON body indented as System.Text.Json writes it
 * (two spaces, {@code "name": value}) on a line of its own, any other body with its HTML tags removed. (pwsh also
 * indents an XML body; jpwsh shows it with its tags removed.)
 */
final class ErrorDetailsText {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final JsonFactory JSON = new JsonFactory();

    private ErrorDetailsText() {
    }

    static String of(String body, String mediaType) {
        if (ResponseText.isJson(mediaType)) {
            String indented = indentedJson(body);
            if (indented != null) {
                return "\n" + indented;
            }
        }
        return TAG.matcher(body).replaceAll("");
    }

    private static String indentedJson(String body) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("").withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        StringWriter out = new StringWriter();
        try (JsonParser parser = JSON.createParser(body); JsonGenerator generator = JSON.createGenerator(out)) {
            generator.setPrettyPrinter(printer);
            if (parser.nextToken() == null) {
                return null;
            }
            generator.copyCurrentStructure(parser);
            if (parser.nextToken() != null) {
                return null;
            }
        } catch (IOException malformed) {
            return null;
        }
        return out.toString();
    }
}
