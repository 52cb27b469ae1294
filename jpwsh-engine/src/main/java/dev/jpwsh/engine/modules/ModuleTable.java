package dev.jpwsh.engine.modules;

import dev.jpwsh.engine.scope.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The modules one session has imported, by name (any case), and the imports running now, innermost last: what
 * Get-Module lists and Export-ModuleMember adds to. Used by the session's pipeline thread only.
 */
public final class ModuleTable {
    private final Map<String, PSModuleInfo> imported = new LinkedHashMap<>();
    private final Deque<Loading> loading = new ArrayDeque<>();

    /** A module whose code runs now: its scope and what it exports so far. */
    private record Loading(Scope scope, ExportList exports) {
    }

    /** The imported modules, by name as Get-Module sorts them (ordinal, any case). */
    public List<PSModuleInfo> all() {
        List<PSModuleInfo> modules = new ArrayList<>(imported.values());
        modules.sort(Comparator.comparing(PSModuleInfo::getName, String.CASE_INSENSITIVE_ORDER));
        return modules;
    }

    PSModuleInfo get(String name) {
        return imported.get(name.toLowerCase(Locale.ROOT));
    }

    void add(PSModuleInfo module) {
        imported.put(module.getName().toLowerCase(Locale.ROOT), module);
    }

    /** What the module whose code runs now exports; null outside a module's code. */
    public ExportList exports() {
        return loading.isEmpty() ? null : loading.getLast().exports();
    }

    /** The scope of the module whose code runs now, where its own imports go; null outside a module's code. */
    Scope loadingScope() {
        return loading.isEmpty() ? null : loading.getLast().scope();
    }

    void enter(Scope scope, ExportList exports) {
        loading.addLast(new Loading(scope, exports));
    }

    void exit() {
        loading.removeLast();
    }

    /** Imports every module's exports into {@code target} again: after a reset emptied the global scope. */
    public void reimportInto(Scope target) {
        imported.values().forEach(m -> m.importInto(target));
    }
}
