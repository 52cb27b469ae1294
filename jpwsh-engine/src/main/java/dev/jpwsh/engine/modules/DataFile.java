package dev.jpwsh.engine.modules;

import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptFiles;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.AstSearch;
import dev.jpwsh.language.parse.ParseResult;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.source.SourceText;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A PowerShell data file ({@code .psd1}) read as Import-PowerShellDataFile reads it: the file must parse, its first
 * hashtable is the data, and that hashtable must be {@link SafeData safe data}; only then is it evaluated. Nothing
 * else in the file runs.
 */
public final class DataFile {
    private DataFile() {
    }

    /**
     * The hashtable in {@code file}, evaluated in a new scope under the global one.
     *
     * @throws NotData when the file does not parse or holds no hashtable (pwsh reports these and goes on)
     * @throws PSException System.InvalidOperationException when the hashtable is not safe data (terminating)
     */
    public static Object read(Frame caller, Path file, boolean skipLimitCheck) throws NotData {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NotData("CouldNotParseAsPowerShellDataFile", file);
        }
        ParseResult parsed = Parser.parse(new SourceText(file.toString(), text));
        if (parsed.hasErrors()) {
            throw new NotData("CouldNotParseAsPowerShellDataFile", file);
        }
        List<ExpressionAst.Hashtable> tables = AstSearch.findAll(parsed.ast(), ExpressionAst.Hashtable.class);
        if (tables.isEmpty()) {
            throw new NotData("CouldNotParseAsPowerShellDataFileNoHashtableRoot", file);
        }
        ExpressionAst.Hashtable data = tables.getFirst();
        String source = data.extent().text();
        if (!SafeData.isSafe(data, skipLimitCheck)) {
            throw RuntimeFailures.create("System.InvalidOperationException", "NotSpecified", "Cannot generate a "
                    + "PowerShell object for a ScriptBlock evaluating dynamic expressions. Dynamic expression: "
                    + source + ".", null, "System.InvalidOperationException");
        }
        Scope scope = new Scope(caller.context().global());
        Enumerables.Collector out = new Enumerables.Collector();
        ScriptFiles.compile(new SourceText(file.toString(), source)).invoke(new Frame(caller.context(), scope, scope),
                List.of(), null, true, out);
        return out.result();
    }

    /** A file that is no PowerShell data file: pwsh's InvalidData error with {@code errorId}. */
    public static final class NotData extends Exception {
        private final String errorId;
        private final transient Path file;

        NotData(String errorId, Path file) {
            super(null, null, false, false);
            this.errorId = errorId;
            this.file = file;
        }

        /** The error to report; the reporting cmdlet adds its name to the id. */
        public ErrorRecord record() {
            return RuntimeFailures.create(errorId, "InvalidData", "The file '" + file + "' could not be parsed as a "
                    + "PowerShell Data File.", file.toString(), "System.InvalidOperationException").record();
        }
    }
}
