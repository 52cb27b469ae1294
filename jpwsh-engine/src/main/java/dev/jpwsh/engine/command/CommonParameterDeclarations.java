package dev.jpwsh.engine.command;

import java.util.List;

/**
 * The common parameters as pwsh's metadata lists them after a command's own, with their types and aliases, and the
 * ShouldProcess ones (-WhatIf, -Confirm), which syntax lines show as parameters of their own.
 */
final class CommonParameterDeclarations {
    static final List<ParameterDeclaration> ALL = List.of(
            common("Verbose", "switch", "vb"), common("Debug", "switch", "db"),
            common("ErrorAction", "ActionPreference", "ea"), common("WarningAction", "ActionPreference", "wa"),
            common("InformationAction", "ActionPreference", "infa"),
            common("ProgressAction", "ActionPreference", "proga"), common("ErrorVariable", "string", "ev"),
            common("WarningVariable", "string", "wv"), common("InformationVariable", "string", "iv"),
            common("OutVariable", "string", "ov"), common("OutBuffer", "int", "ob"),
            common("PipelineVariable", "string", "pv"));

    /** -WhatIf and -Confirm, which a cmdlet that supports ShouldProcess lists after its own parameters. */
    static final List<ParameterDeclaration> SHOULD_PROCESS = List.of(common("WhatIf", "switch", "wi"),
            common("Confirm", "switch", "cf"));

    private CommonParameterDeclarations() {
    }

    private static ParameterDeclaration common(String name, String typeName, String alias) {
        Class<?> type = switch (typeName) {
            case "switch" -> Boolean.class;
            case "int" -> Integer.class;
            default -> String.class;
        };
        return new ParameterDeclaration(name, type, typeName, typeName.equals("switch"), List.of(alias),
                List.of(new ParameterDeclaration.InSet("", ParameterDeclaration.NAMED, false, false, false, false)));
    }

    static boolean isCommon(ParameterDeclaration p) {
        return ALL.contains(p);
    }
}
