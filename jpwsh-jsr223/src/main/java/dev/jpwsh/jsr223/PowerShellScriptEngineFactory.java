package dev.jpwsh.jsr223;

import java.util.List;
import java.util.stream.Collectors;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/** Makes jpwsh script engines for {@code javax.script.ScriptEngineManager}. Stateless. */
public final class PowerShellScriptEngineFactory implements ScriptEngineFactory {
    private static final String ENGINE_NAME = "jpwsh";
    private static final String ENGINE_VERSION = "0.1.0";
    private static final String LANGUAGE_NAME = "PowerShell";
    /** The PowerShell release whose behaviour jpwsh follows. */
    private static final String LANGUAGE_VERSION = "7.4";

    @Override
    public String getEngineName() {
        return ENGINE_NAME;
    }

    @Override
    public String getEngineVersion() {
        return ENGINE_VERSION;
    }

    @Override
    public List<String> getExtensions() {
        return List.of("ps1");
    }

    @Override
    public List<String> getMimeTypes() {
        return List.of("application/x-powershell", "text/x-powershell");
    }

    @Override
    public List<String> getNames() {
        return List.of("powershell", "pwsh", "jpwsh");
    }

    @Override
    public String getLanguageName() {
        return LANGUAGE_NAME;
    }

    @Override
    public String getLanguageVersion() {
        return LANGUAGE_VERSION;
    }

    /** The standard keys; THREADING is null because an engine runs one script at a time. */
    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.NAME -> getNames().getFirst();
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            default -> null;
        };
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return "$" + obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        return "Write-Output '" + toDisplay.replace("'", "''") + "'";
    }

    @Override
    public String getProgram(String... statements) {
        return List.of(statements).stream().collect(Collectors.joining("\n", "", "\n"));
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new PowerShellScriptEngine(this);
    }
}
