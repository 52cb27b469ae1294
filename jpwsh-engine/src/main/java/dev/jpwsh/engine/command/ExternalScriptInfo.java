package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.object.DotNetName;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A script file Get-Command found: its file name, path and script block with its parameters. Immutable. */
@DotNetName("System.Management.Automation.ExternalScriptInfo")
public record ExternalScriptInfo(Path path, ScriptBlock scriptBlock) implements CommandInfo {
    @Override
    public String getName() {
        return path.getFileName().toString();
    }

    public String getPath() {
        return path.toString();
    }

    public ScriptBlock getScriptBlock() {
        return scriptBlock;
    }

    public String getScriptContents() {
        return scriptBlock.toString();
    }

    @Override
    public CommandTypes getCommandType() {
        return CommandTypes.ExternalScript;
    }

    /** A script's definition is its path, as pwsh's. */
    @Override
    public String getDefinition() {
        return getPath();
    }

    @Override
    public String getSource() {
        return getPath();
    }

    @Override
    public String getModuleName() {
        return "";
    }

    @Override
    public Object getVersion() {
        return null;
    }

    public CommandSignature signature() {
        return CommandSignature.ofScript(scriptBlock.body());
    }

    @Override
    public Map<Object, Object> getParameters() {
        return signature().parameterMetadata();
    }

    @Override
    public List<CommandParameterSetInfo> getParameterSets() {
        return signature().parameterSets();
    }

    /** One line per set without the empty line before it, as pwsh's ExternalScriptInfo.Syntax. */
    @Override
    public String syntax() {
        StringBuilder text = new StringBuilder();
        getParameterSets().forEach(set -> text.append(getName()).append(' ').append(set).append('\n'));
        return text.toString();
    }

    @Override
    public String toString() {
        return getPath();
    }
}
