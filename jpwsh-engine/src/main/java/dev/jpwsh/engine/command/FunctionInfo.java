package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;
import java.util.Map;

/**
 * A function: its name, its script block and the name of the module it comes from (empty for none), with the
 * parameters and syntax its param block declares. Immutable.
 */
@DotNetName("System.Management.Automation.FunctionInfo")
public record FunctionInfo(String name, ScriptBlock scriptBlock, String moduleName) implements CommandInfo {
    @Override
    public String getName() {
        return name;
    }

    public ScriptBlock getScriptBlock() {
        return scriptBlock;
    }

    @Override
    public String getDefinition() {
        return scriptBlock.toString();
    }

    @Override
    public String getModuleName() {
        return moduleName;
    }

    /** The module the function belongs to (a PSModuleInfo), null outside modules. */
    public Object getModule() {
        return scriptBlock.getModule();
    }

    @Override
    public String getSource() {
        return moduleName;
    }

    @Override
    public Object getVersion() {
        return null;
    }

    @Override
    public CommandTypes getCommandType() {
        return CommandTypes.Function;
    }

    public String getVerb() {
        return CommandInfo.verbOf(name);
    }

    public String getNoun() {
        return CommandInfo.nounOf(name);
    }

    public boolean getCmdletBinding() {
        return scriptBlock.body().cmdletBinding();
    }

    public String getDefaultParameterSet() {
        return scriptBlock.body().cmdletBinding() ? signature().defaultSet() : null;
    }

    /** The types its {@code [OutputType()]} attributes name, in order. */
    @Override
    public List<Object> getOutputType() {
        return scriptBlock.body().options().outputTypes().stream().<Object>map(OutputTypeName::of).toList();
    }

    /** Its {@code HelpUri} option, or empty. */
    public String getHelpUri() {
        String uri = scriptBlock.body().options().helpUri();
        return uri == null ? "" : uri;
    }

    public String getHelpFile() {
        return "";
    }

    public String getOptions() {
        return "None";
    }

    public String getDescription() {
        return "";
    }

    /** The function's parameters and sets, from its param block. */
    public CommandSignature signature() {
        return CommandSignature.ofScript(scriptBlock.body());
    }

    /**
     * The parameters its dynamicparam block declares when it runs with no parameters bound, as pwsh runs it to list
     * them; none without one.
     */
    private List<ParameterDeclaration> dynamicParameters() {
        dev.jpwsh.engine.node.Stmt dynamic = scriptBlock.body().options().dynamicParameters();
        return dynamic == null || scriptBlock.homeFrame() == null ? List.of()
                : DynamicParameters.declarations(scriptBlock.callFrame(scriptBlock.homeFrame()), dynamic);
    }

    /** Its signature with the dynamic parameters after the declared ones. */
    private CommandSignature fullSignature() {
        List<ParameterDeclaration> dynamic = dynamicParameters();
        return dynamic.isEmpty() ? signature() : signature().withDynamic(dynamic);
    }

    @Override
    public Map<Object, Object> getParameters() {
        Map<Object, Object> metadata = signature().parameterMetadata();
        for (ParameterDeclaration declared : dynamicParameters()) {
            metadata.putIfAbsent(declared.name(), new ParameterMetadata(declared, true));
        }
        return metadata;
    }

    @Override
    public List<CommandParameterSetInfo> getParameterSets() {
        return fullSignature().parameterSets();
    }

    @Override
    public String syntax() {
        return fullSignature().syntax(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
