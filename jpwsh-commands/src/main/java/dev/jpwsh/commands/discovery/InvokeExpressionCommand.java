package dev.jpwsh.commands.discovery;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.languagemode.PSLanguageMode;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.NamedExceptions;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Invoke-Expression: runs the -Command text in the caller's scope, writing its output; text that does not parse is a
 * terminating ParseException whose message gives each error's position, as pwsh's does. The text runs in the
 * session's language mode, so ConstrainedLanguage restricts it as it does any script, and in ConstrainedLanguage
 * whatever the mode now once the session has ever been constrained (pwsh's rule).
 */
@DotNetName("Microsoft.PowerShell.Commands.InvokeExpressionCommand")
public final class InvokeExpressionCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    private String command;

    @Override
    protected void processRecord() {
        ScriptBlock block;
        try {
            block = ScriptBlock.Create(command);
        } catch (NamedExceptions.ParseException failed) {
            throw terminatingError(new ErrorRecord(failed, failed.errorId(), "ParserError", null));
        }
        if (frame().context().hasEverUsedConstrainedLanguage()) {
            // pwsh locks the text down once the session was constrained: ReadOnly or Constant variables a
            // constrained script left behind could otherwise steer it
            block = block.withLanguageMode(PSLanguageMode.ConstrainedLanguage);
        }
        block.runAll(frame(), this::writeObject);
    }
}
