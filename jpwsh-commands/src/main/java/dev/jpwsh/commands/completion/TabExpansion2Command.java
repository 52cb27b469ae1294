package dev.jpwsh.commands.completion;

import dev.jpwsh.engine.command.AllowEmptyString;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.languageapi.Ast;
import dev.jpwsh.engine.languageapi.ScriptPosition;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.Map;

/**
 * TabExpansion2: the completions of a script at a cursor column (or of a parsed script at a position), as a
 * CommandCompletion, found in the caller's scope so its local functions and variables complete too.
 */
@DotNetName("Microsoft.PowerShell.Commands.TabExpansion2Command")
@DefaultParameterSet("ScriptInputSet")
public final class TabExpansion2Command extends Cmdlet {
    @Parameter(parameterSetName = "ScriptInputSet", position = 0, mandatory = true)
    @AllowEmptyString
    private String inputScript;

    @Parameter(parameterSetName = "ScriptInputSet", position = 1)
    private Integer cursorColumn;

    @Parameter(parameterSetName = "AstInputSet", position = 0, mandatory = true)
    private Ast ast;

    @Parameter(parameterSetName = "AstInputSet", position = 1, mandatory = true)
    private Object[] tokens;

    @Parameter(parameterSetName = "AstInputSet", position = 2, mandatory = true)
    private ScriptPosition positionOfCursor;

    @Parameter(parameterSetName = "ScriptInputSet", position = 2)
    @Parameter(parameterSetName = "AstInputSet", position = 3)
    private Map<?, ?> options;

    @Override
    protected void endProcessing() {
        if (ast != null) {
            writeObject(CommandCompletion.complete(frame(), ast.getExtent().getText(), positionOfCursor.getOffset()));
        } else {
            writeObject(CommandCompletion.complete(frame(), inputScript,
                    cursorColumn == null ? inputScript.length() : cursorColumn));
        }
    }
}
