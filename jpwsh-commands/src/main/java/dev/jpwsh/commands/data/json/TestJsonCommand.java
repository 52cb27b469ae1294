package dev.jpwsh.commands.data.json;

import dev.harrel.jsonschema.Error;
import dev.harrel.jsonschema.JsonNode;
import dev.harrel.jsonschema.JsonSchemaException;
import dev.harrel.jsonschema.SchemaResolver;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.jpwsh.commands.modules.FileSystemPaths;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Test-Json: whether -Json (or the file -Path or -LiteralPath names) is well-formed JSON and, with -Schema or
 * -SchemaFile, valid against that JSON schema (through the dev.harrel json-schema validator, fed by Jackson's
 * parser). Every schema violation is an InvalidJsonAgainstSchemaDetailed error naming the JSON pointer it is at.
 */
@DefaultParameterSet("JsonString")
@DotNetName("Microsoft.PowerShell.Commands.TestJsonCommand")
@dev.jpwsh.engine.command.OutputType({"System.Boolean"})
public final class TestJsonCommand extends Cmdlet {
    @Parameter(parameterSetName = "JsonString", position = 0, mandatory = true, valueFromPipeline = true)
    @Parameter(parameterSetName = "JsonStringWithSchemaString", position = 0, mandatory = true,
            valueFromPipeline = true)
    @Parameter(parameterSetName = "JsonStringWithSchemaFile", position = 0, mandatory = true, valueFromPipeline = true)
    private String json;

    @Parameter(parameterSetName = "JsonPath", position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "JsonPathWithSchemaString", position = 0, mandatory = true,
            valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "JsonPathWithSchemaFile", position = 0, mandatory = true,
            valueFromPipelineByPropertyName = true)
    private String path;

    @Parameter(parameterSetName = "JsonLiteralPath", position = 0, mandatory = true,
            valueFromPipelineByPropertyName = true, aliases = {"PSPath", "LP"})
    @Parameter(parameterSetName = "JsonLiteralPathWithSchemaString", position = 0, mandatory = true,
            valueFromPipelineByPropertyName = true, aliases = {"PSPath", "LP"})
    @Parameter(parameterSetName = "JsonLiteralPathWithSchemaFile", position = 0, mandatory = true,
            valueFromPipelineByPropertyName = true, aliases = {"PSPath", "LP"})
    private String literalPath;

    @Parameter(parameterSetName = "JsonStringWithSchemaString", position = 1, mandatory = true)
    @Parameter(parameterSetName = "JsonPathWithSchemaString", position = 1, mandatory = true)
    @Parameter(parameterSetName = "JsonLiteralPathWithSchemaString", position = 1, mandatory = true)
    private String schema;

    @Parameter(parameterSetName = "JsonStringWithSchemaFile", position = 1, mandatory = true)
    @Parameter(parameterSetName = "JsonPathWithSchemaFile", position = 1, mandatory = true)
    @Parameter(parameterSetName = "JsonLiteralPathWithSchemaFile", position = 1, mandatory = true)
    private String schemaFile;

    @Parameter
    private String[] options = new String[0];

    private static final java.util.regex.Pattern TYPE_ERROR = java.util.regex.Pattern.compile(
            "^Value is \\[(\\w+)] but should be \\[(\\w+)]$");

    private SchemaNodeFactory nodes;
    private Validator validator;
    private URI schemaUri;

    @Override
    protected void beginProcessing() {
        for (String option : options) {
            if (!option.equalsIgnoreCase("IgnoreComments") && !option.equalsIgnoreCase("AllowTrailingCommas")) {
                throw terminatingError(RuntimeFailures.create("ParameterArgumentValidationError", "InvalidData",
                        "Cannot validate argument on parameter 'Options'. The argument \"" + option + "\" does not "
                        + "belong to the set \"IgnoreComments,AllowTrailingCommas\" specified by the ValidateSet "
                        + "attribute. Supply an argument that is in the set and then try the command again.", option,
                        "System.Management.Automation.ParameterBindingValidationException"));
            }
        }
        nodes = new SchemaNodeFactory(has("IgnoreComments"), has("AllowTrailingCommas"));
        if (schema != null) {
            loadSchema(schema, URI.create("urn:jpwsh:schema"), schema);
        } else if (schemaFile != null) {
            Path file = FileSystemPaths.of(frame(), schemaFile);
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                throw terminatingError(RuntimeFailures.create("JsonSchemaFileOpenFailure", "OpenError",
                        "Can not open JSON schema file: " + file, String.valueOf(file), "System.Exception"));
            }
            loadSchema(text, file.toUri(), schemaFile);
        }
    }

    private boolean has(String option) {
        return Arrays.stream(options).anyMatch(option::equalsIgnoreCase);
    }

    /** Reads the schema; a malformed one is a non-terminating error after which only well-formedness is tested. */
    private void loadSchema(String text, URI uri, String target) {
        SchemaNodeFactory strict = new SchemaNodeFactory(false, false);
        JsonNode node;
        try {
            node = strict.create(text);
        } catch (UncheckedIOException e) {
            writeError(invalidSchema(target));
            return;
        }
        validator = new ValidatorFactory().withJsonNodeFactory(strict).withSchemaResolver(fileResolver(strict))
                .createValidator();
        try {
            schemaUri = validator.registerSchema(uri, node);
        } catch (JsonSchemaException | UncheckedIOException e) {
            throw terminatingError(new PSException(invalidSchema(target)));
        }
    }

    /** References to other schema files are read from disk, as pwsh follows file URIs; a failing one stops all. */
    private static SchemaResolver fileResolver(SchemaNodeFactory reader) {
        return uri -> {
            if (!uri.startsWith("file:")) {
                return SchemaResolver.Result.empty();
            }
            try {
                String text = Files.readString(Path.of(URI.create(uri)), StandardCharsets.UTF_8);
                return SchemaResolver.Result.fromJsonNode(reader.create(text));
            } catch (IOException | RuntimeException e) {
                throw new UnresolvedReference(e);
            }
        };
    }

    /** A schema file that a reference names and that cannot be read or is no JSON: pwsh's InvalidJsonSchema. */
    private static final class UnresolvedReference extends RuntimeException {
        UnresolvedReference(Throwable cause) {
            super(cause);
        }
    }

    private static ErrorRecord invalidSchema(Object target) {
        return RuntimeFailures.create("InvalidJsonSchema", "InvalidData", "Cannot parse the JSON schema.", target,
                "System.Exception").record();
    }

    @Override
    protected void processRecord() {
        String text = json != null ? json : read(path != null ? path : literalPath);
        boolean valid;
        try {
            JsonNode node = nodes.create(text);
            valid = validator == null || check(node);
        } catch (UncheckedIOException e) {
            writeError(RuntimeFailures.create("InvalidJson", "InvalidData", "Cannot parse the JSON.", json,
                    "System.Exception").record());
            valid = false;
        } catch (JsonSchemaException | UnresolvedReference e) {
            writeError(invalidSchema(null));
            valid = false;
        }
        writeObject(valid);
    }

    private boolean check(JsonNode node) {
        Validator.Result result = validator.validate(schemaUri, node);
        for (Error e : result.getErrors()) {
            writeError(RuntimeFailures.create("InvalidJsonAgainstSchemaDetailed", "InvalidData",
                    "The JSON is not valid with the schema: " + inPwshWords(e.getError()) + " at '"
                    + e.getInstanceLocation() + "'", null, "System.Exception").record());
        }
        return result.isValid();
    }

    /** A type complaint as pwsh's validator words it: {@code Value is "integer" but should be "string"}. */
    private static String inPwshWords(String error) {
        return TYPE_ERROR.matcher(error).replaceAll("Value is \"$1\" but should be \"$2\"");
    }

    private String read(String given) {
        Path file = FileSystemPaths.of(frame(), given);
        if (file == null || !Files.isRegularFile(file)) {
            throw terminatingError(RuntimeFailures.create("PathNotFound", "ObjectNotFound", "Cannot find path '"
                    + given + "' because it does not exist.", given,
                    "System.Management.Automation.ItemNotFoundException"));
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw terminatingError(RuntimeFailures.create("FileOpenFailure", "OpenError", e.getMessage(), given,
                    "System.IO.IOException"));
        }
    }
}
