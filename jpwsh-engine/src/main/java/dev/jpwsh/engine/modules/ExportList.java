package dev.jpwsh.engine.modules;

import java.util.ArrayList;
import java.util.List;

/**
 * What a module's code names for export with Export-ModuleMember: wildcard patterns for functions and for
 * variables. Until the first call the module exports every function and no variable; after it, exactly what the
 * calls named. Belongs to one import, on the session's pipeline thread.
 */
public final class ExportList {
    private final List<String> functions = new ArrayList<>();
    private final List<String> variables = new ArrayList<>();
    private boolean used;

    /** One Export-ModuleMember call; a null array names nothing of that kind. */
    public void add(String[] functionPatterns, String[] variablePatterns) {
        used = true;
        addAll(functions, functionPatterns);
        addAll(variables, variablePatterns);
    }

    private static void addAll(List<String> list, String[] patterns) {
        if (patterns != null) {
            list.addAll(List.of(patterns));
        }
    }

    /** The function patterns in force: every function until Export-ModuleMember is called. */
    List<String> functions() {
        return used ? functions : List.of("*");
    }

    /** The variable patterns in force: no variable until Export-ModuleMember names some. */
    List<String> variables() {
        return variables;
    }
}
