package dev.jpwsh.engine.modules;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.ScriptFiles;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.dotnet.Version;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.engine.languagemode.LanguageModeErrors;
import dev.jpwsh.language.parse.ParseError;
import dev.jpwsh.language.parse.ParseResult;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.parse.RestrictedLanguageChecker;
import dev.jpwsh.language.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a module manifest ({@code .psd1}, a hashtable) says: the root module (or null), ModuleVersion, Description
 * (empty when absent), and the FunctionsToExport and VariablesToExport patterns (null when the manifest does not
 * say, which leaves the root module's exports as they are), and the whole table for the other members. The file
 * must keep to the restricted language pwsh allows in a manifest before it is evaluated.
 */
public record ModuleManifest(String rootModule, Version version, String description,
        List<String> functionsToExport, List<String> variablesToExport, Map<?, ?> data) {

    /** The manifest at {@code path}, or null after reporting why it is not a valid one (the error names no command). */
    public static ModuleManifest read(ExecutionContext context, Path path, Consumer<ErrorRecord> errors) {
        Map<?, ?> data;
        String notRestricted = restrictedLanguageBreaks(path);
        if (notRestricted != null) {
            errors.accept(ModuleErrors.invalidManifest(path, notRestricted));
            return null;
        }
        try {
            Scope scope = new Scope(context.global());
            Frame frame = new Frame(context, scope, scope);
            frame.setLocal("PSScriptRoot", String.valueOf(path.toAbsolutePath().getParent()));
            frame.setLocal("PSCommandPath", path.toAbsolutePath().toString());
            Enumerables.Collector output = new Enumerables.Collector();
            ScriptFiles.load(path).invoke(frame, List.of(), null, true, output);
            if (!(output.result() instanceof Map<?, ?> map)) {
                errors.accept(ModuleErrors.invalidManifest(path, "the file does not hold a hashtable."));
                return null;
            }
            data = map;
        } catch (PSException e) {
            errors.accept(ModuleErrors.invalidManifest(path, e.getMessage()));
            return null;
        }
        Object version = data.get("ModuleVersion");
        if (version == null) {
            errors.accept(ModuleErrors.manifestWithoutVersion(path));
            return null;
        }
        Version parsed;
        try {
            parsed = Version.Parse(LanguagePrimitives.toString(version));
        } catch (IllegalArgumentException e) {
            errors.accept(ModuleErrors.invalidManifest(path, "ModuleVersion '" + version + "' is not a version."));
            return null;
        }
        Object root = data.containsKey("ModuleToProcess") ? data.get("ModuleToProcess") : data.get("RootModule");
        Object description = data.get("Description");
        return new ModuleManifest(text(root), parsed, description == null ? "" : text(description),
                patterns(data.get("FunctionsToExport")), patterns(data.get("VariablesToExport")), data);
    }

    /** pwsh's ParseException message of what in the file breaks the manifest's restricted language; null if nothing. */
    private static String restrictedLanguageBreaks(Path path) {
        ParseResult parsed;
        try {
            parsed = Parser.parse(new SourceText(path.toString(), Files.readString(path, StandardCharsets.UTF_8)));
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
        if (parsed.hasErrors()) {
            return null;
        }
        List<ParseError> breaks = RestrictedLanguageChecker.checkManifest(parsed.ast());
        return breaks.isEmpty() ? null : LanguageModeErrors.restrictedLanguage(breaks).getMessage();
    }

    private static String text(Object value) {
        return value == null ? null : LanguagePrimitives.toString(value);
    }

    /** The names a member lists (one value or an array); null when the member is absent. */
    static List<String> patterns(Object value) {
        return value == null ? null : Enumeration.toList(value).stream().map(LanguagePrimitives::toString).toList();
    }
}
