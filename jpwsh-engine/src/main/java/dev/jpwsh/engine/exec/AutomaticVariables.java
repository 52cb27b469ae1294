package dev.jpwsh.engine.exec;

import dev.jpwsh.dotnet.Version;
import dev.jpwsh.dotnet.globalization.CultureInfo;
import dev.jpwsh.dotnet.text.Encoding;
import dev.jpwsh.engine.command.DefaultParameterDictionary;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.engine.scope.VariableOptions;
import dev.jpwsh.runtime.object.PSHashtable;

/** The automatic and preference variables a new session starts with. */
final class AutomaticVariables {
    static final String POWERSHELL_VERSION = "7.4.6";

    /** How PowerShell defines its fixed automatic variables: constant, and shared by every scope. */
    private static final VariableOptions CONSTANT = new VariableOptions(VariableOptions.CONSTANT_BIT
            | VariableOptions.ALL_SCOPE_BIT);

    /** What every session of the process shares, found once: the system's name, the process id, the home folder. */
    private static final String OS_NAME = System.getProperty("os.name", "");
    private static final String OS = OS_NAME.toLowerCase(java.util.Locale.ROOT);
    private static final String OS_DESCRIPTION = OS_NAME + " " + System.getProperty("os.version");
    private static final int PID = (int) ProcessHandle.current().pid();
    private static final String HOME = System.getProperty("user.home");
    /** {@code $PSHOME}: the folder jpwsh runs from, the one that holds the engine's jar (or classes). */
    private static final String PS_HOME = installFolder();

    private AutomaticVariables() {
    }

    static void define(ExecutionContext context) {
        Scope global = context.global();
        constant(global, "IsLinux", OS.contains("linux"));
        constant(global, "IsWindows", OS.contains("windows"));
        constant(global, "IsMacOS", OS.contains("mac"));
        constant(global, "IsCoreCLR", true);
        constant(global, "PID", PID);
        constant(global, "HOME", HOME);
        constant(global, "PSHOME", PS_HOME);
        constant(global, "Host", context.host());
        // what a script's $ExecutionContext reads is made for its frame (the compiler reads it so); this is the
        // variable Get-Variable finds, as the top level's
        global.define(PSVariable.computed("ExecutionContext",
                () -> context.executionContextVariable(new Frame(context, global, global)), CONSTANT));
        constant(global, "ShellId", "Microsoft.PowerShell");
        global.define(PSVariable.computed("PSCulture", () -> CultureInfo.getCurrentCulture().getName(), CONSTANT));
        global.define(PSVariable.computed("PSUICulture", () -> CultureInfo.getCurrentUICulture().getName(),
                CONSTANT));
        constant(global, "PSVersionTable", versionTable());
        constant(global, "PSEdition", "Core");
        global.set("Error", context.errors());
        global.set("ErrorActionPreference", "Continue");
        global.set("WarningPreference", "Continue");
        global.set("VerbosePreference", "SilentlyContinue");
        global.set("DebugPreference", "SilentlyContinue");
        global.set("InformationPreference", "SilentlyContinue");
        global.set("ProgressPreference", "Continue");
        global.set("ConfirmPreference", "High");
        global.set("WhatIfPreference", false);
        global.set("FormatEnumerationLimit", 4);
        global.set("PSStyle", dev.jpwsh.engine.host.PSStyle.instance());
        global.set("PSNativeCommandArgumentPassing", "Standard");
        global.set("PSNativeCommandUseErrorActionPreference", false);
        global.set("OutputEncoding", new Encoding.UTF8Encoding(false));
        global.set("PSDefaultParameterValues", new DefaultParameterDictionary())
                .setTypeConstraint(DefaultParameterDictionary.class);
        global.set("PWD", SessionLocation.PROCESS.currentPathInfo());
        global.set("LASTEXITCODE", null);
        // $?, $$ and $^ as Get-Variable lists them: code reads $? directly, this variable gives the same; $$ and $^
        // (the last and first token of the console's previous line) stay $null, as for a script
        global.define(PSVariable.computed("?", context::lastSucceeded, CONSTANT));
        global.set("$", null);
        global.set("^", null);
    }

    private static String installFolder() {
        try {
            java.nio.file.Path code = java.nio.file.Path.of(AutomaticVariables.class.getProtectionDomain()
                    .getCodeSource().getLocation().toURI());
            return (java.nio.file.Files.isDirectory(code) ? code : code.getParent()).toString();
        } catch (java.net.URISyntaxException | RuntimeException unknown) {
            return System.getProperty("user.dir");
        }
    }

    private static void constant(Scope scope, String name, Object value) {
        scope.define(new PSVariable(name, value, CONSTANT));
    }

    /**
     * The rows of {@code $PSVersionTable}, in pwsh's order, made once: their values are immutable versions and text,
     * and pwsh itself shares one table per process. Each session gets its own table of these values.
     */
    private static final Object[] VERSION_ROWS = {"PSVersion",
        dev.jpwsh.dotnet.automation.SemanticVersion.Parse(POWERSHELL_VERSION),
        "PSEdition", "Core", "GitCommitId", POWERSHELL_VERSION, "OS", OS_DESCRIPTION, "Platform", "Unix",
        "PSCompatibleVersions", new Version[] {new Version(1, 0), new Version(2, 0), new Version(3, 0),
            new Version(4, 0), new Version(5, 0), new Version(5, 1), new Version(6, 0), new Version(7, 0)},
        "PSRemotingProtocolVersion", new Version(2, 3), "SerializationVersion", Version.Parse("1.1.0.1"),
        "WSManStackVersion", new Version(3, 0)};

    private static PSHashtable versionTable() {
        PSHashtable table = new PSVersionHashTable();
        for (int i = 0; i < VERSION_ROWS.length; i += 2) {
            table.put(VERSION_ROWS[i], VERSION_ROWS[i + 1]);
        }
        return table;
    }

    /** {@code $PSVersionTable}: a hashtable that names its own type, as {@code "$PSVersionTable"} shows. */
    @dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.PSVersionHashTable")
    public static final class PSVersionHashTable extends PSHashtable {
        @Override
        public String toString() {
            return "System.Management.Automation.PSVersionHashTable";
        }
    }
}
