package dev.jpwsh.commands.discovery;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.languagemode.PSLanguageMode;
import dev.jpwsh.language.parse.ParseError;
import dev.jpwsh.language.parse.ParseResult;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.source.Position;
import dev.jpwsh.language.source.SourceText;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;

/**
 * Invoke-Expression: runs the -Command text in the caller's scope, writing its output; text that does not parse is a
 * terminating ParseException whose message gives each error's position, as pwsh's does. The text runs in the
 * session's language mode, so ConstrainedLanguage restricts it as it does any script, and in ConstrainedLanguage
 * whatever the mode now once the session has ever been constrained (pwsh's rule).
 */
@DotNetName("Microsoft.PowerShell.Commands.InvokeExpressionCommand")
public final class InvokeExpressionCommand extends Cmdlet {
    /** pwsh's ParseException message names at most this many errors. */
    private static final int REPORTED_ERRORS = 10;

    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    private String command;

    @Override
    protected void processRecord() {
        ScriptBlock block;
        try {
            block = ScriptBlock.Create(command);
        } catch (PSRuntimeException failed) {
            ParseResult parsed = Parser.parse(new SourceText("", command));
            throw parsed.hasErrors() ? terminatingError(parseException(parsed.errors())) : failed;
        }
        if (frame().context().hasEverUsedConstrainedLanguage()) {
            // pwsh locks the text down once the session was constrained: ReadOnly or Constant variables a
            // constrained script left behind could otherwise steer it
            block = block.withLanguageMode(PSLanguageMode.ConstrainedLanguage);
        }
        block.runAll(frame(), this::writeObject);
    }

    /** The ParseException of the errors: each as {@code At line:L char:C}, the line, a marker and the message. */
    private static ErrorRecord parseException(List<ParseError> errors) {
        List<String> reported = new ArrayList<>();
        for (ParseError error : errors.subList(0, Math.min(errors.size(), REPORTED_ERRORS))) {
            reported.add(positionMessage(error) + "\n" + error.message());
        }
        if (errors.size() > REPORTED_ERRORS) {
            reported.add("Too many parse errors. The first 10 are reported.");
        }
        ParseError first = errors.getFirst();
        PSRuntimeException exception = new PSRuntimeException(first.errorId(), "ParserError",
                String.join("\n\n", reported), null, "System.Management.Automation.ParseException");
        return new ErrorRecord(exception, first.errorId(), "ParserError", null);
    }

    private static String positionMessage(ParseError error) {
        Position start = error.extent().startPosition();
        String line = error.extent().source().lineText(start.line());
        int width = Math.max(1, Math.min(error.extent().end(), start.offset() + line.length() - start.column() + 1)
                - start.offset());
        return "At line:" + start.line() + " char:" + start.column() + "\n+ " + line + "\n+ "
                + " ".repeat(start.column() - 1) + "~".repeat(width);
    }
}
