package dev.jpwsh.commands.data.psdata;

import dev.jpwsh.commands.modules.FileSystemPaths;
import dev.jpwsh.dotnet.globalization.CultureInfo;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptFiles;
import dev.jpwsh.engine.languagemode.LanguageModeErrors;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.language.parse.ParseError;
import dev.jpwsh.language.parse.ParseResult;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.parse.RestrictedLanguageChecker;
import dev.jpwsh.language.source.SourceText;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Import-LocalizedData: runs {@code <FileName>.psd1} from the folder of the UI culture under -BaseDirectory (or of
 * its parent cultures, then en-US when the culture was not given, then the folder itself) under the
 * restricted-language rules, with ConvertFrom-StringData and -SupportedCommand allowed, and writes its value or
 * stores it in -BindingVariable. The file name and folder default to the calling script's.
 */
@DotNetName("Microsoft.PowerShell.Commands.ImportLocalizedData")
public final class ImportLocalizedDataCommand extends Cmdlet {
    private static final String ERROR_ID = "ImportLocalizedData";

    @Parameter(position = 0, aliases = {"Variable"})
    private String bindingVariable;

    @Parameter(position = 1)
    private String uICulture;

    @Parameter
    private String baseDirectory;

    @Parameter
    private String fileName;

    @Parameter
    private String[] supportedCommand;

    @Override
    protected void processRecord() {
        Path file = dataFile();
        if (file == null) {
            return;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            writeError(RuntimeFailures.create(ERROR_ID, "OpenError", "The following error occurred while PowerShell "
                    + "was opening the data file '" + file + "':\n" + e.getMessage() + ".", file.toString(),
                    "System.InvalidOperationException").record());
            return;
        }
        Object result = run(file, text);
        if (bindingVariable != null) {
            callerScope().set(bindingVariable, result);
        } else {
            writeObject(result);
        }
    }

    /** The file's value, after it passed the restricted-language rules; a break of them stops the command. */
    private Object run(Path file, String text) {
        SourceText source = new SourceText(file.toString(), text);
        ParseResult parsed = Parser.parse(source);
        List<ParseError> errors = new ArrayList<>(parsed.errors());
        if (errors.isEmpty()) {
            errors.addAll(RestrictedLanguageChecker.checkScript(parsed.ast(),
                    supportedCommand == null ? List.of() : List.of(supportedCommand)));
        }
        if (!errors.isEmpty()) {
            throw loadingFailed(file, LanguageModeErrors.restrictedLanguage(errors).getMessage());
        }
        Scope scope = new Scope(callerScope());
        Enumerables.Collector out = new Enumerables.Collector();
        try {
            ScriptFiles.compile(source, parsed.ast()).invoke(new Frame(frame().context(), scope, scope), List.of(),
                    null, false, out);
        } catch (PSException e) {
            throw loadingFailed(file, e.record().exception().getMessage());
        }
        return out.result();
    }

    private PSException loadingFailed(Path file, String reason) {
        return terminatingError(RuntimeFailures.create("InvalidOperation", "InvalidOperation", "The following error "
                + "occurred while PowerShell was loading the '" + file + "' script data file:\n" + reason + ".", null,
                "System.Management.Automation.PSInvalidOperationException"));
    }

    /** The culture's data file, as pwsh looks for it; null (after a non-terminating error) when there is none. */
    private Path dataFile() {
        String script = callerScriptPath();
        if ((fileName == null || fileName.isEmpty()) && script == null) {
            throw invalidOperation("The FileName parameter was not specified. The FileName parameter is required "
                    + "when Import-LocalizedData is not called from a script file.");
        }
        if (fileName != null && !fileName.isEmpty() && Path.of(fileName).getParent() != null) {
            throw invalidOperation("The argument for the FileName parameter should not contain a path.");
        }
        String dirName = baseDirectory != null && !baseDirectory.isEmpty() ? baseDirectory
                : script != null ? Path.of(script).getParent().toString() : ".";
        Path dir = FileSystemPaths.of(frame(), dirName);
        String name = Path.of(fileName != null && !fileName.isEmpty() ? fileName : script).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String dataName = (dot > 0 ? name.substring(0, dot) : name) + ".psd1";
        CultureInfo culture = uICulture == null ? CultureInfo.getCurrentUICulture()
                : CultureInfo.GetCultureInfo(uICulture);
        List<CultureInfo> cultures = new ArrayList<>(List.of(culture));
        if (uICulture == null && !culture.getName().equals("en-US")) {
            cultures.add(CultureInfo.GetCultureInfo("en-US"));
        }
        for (CultureInfo start : cultures) {
            for (CultureInfo c = start; c != null && !c.getName().isEmpty(); c = c.getParent()) {
                Path candidate = dir.resolve(c.getName()).resolve(dataName);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        Path plain = dir.resolve(dataName);
        if (Files.isRegularFile(plain)) {
            return plain;
        }
        Path cultureDir = dir.resolve(culture.getName());
        writeError(RuntimeFailures.create(ERROR_ID, "ObjectNotFound", "Cannot find the PowerShell data file '"
                + dataName + "' in directory '" + cultureDir + "', or in any parent culture directories.",
                cultureDir.resolve(dataName).toString(), "System.InvalidOperationException").record());
        return null;
    }

    private String callerScriptPath() {
        Object path = frame().variable("pscommandpath");
        return path instanceof String s && !s.isEmpty() ? s : null;
    }

    private PSException invalidOperation(String message) {
        return terminatingError(RuntimeFailures.create("InvalidOperation", "InvalidOperation", message, null,
                "System.Management.Automation.PSInvalidOperationException"));
    }
}
