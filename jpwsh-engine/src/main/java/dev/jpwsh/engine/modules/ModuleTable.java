package dev.jpwsh.engine.modules;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.scope.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The modules one session has imported, by name (any case), which of them were imported into the global scope
 * rather than into another module, and the imports running now, innermost last: what Get-Module lists and
 * Export-ModuleMember adds to. Used by the session's pipeline thread only.
 */
public final class ModuleTable implements dev.jpwsh.engine.exec.ModuleScopes {
    private final Map<String, PSModuleInfo> imported = new LinkedHashMap<>();
    /** The lower-cased names of the modules imported into the global scope. */
    private final Set<String> global = new HashSet<>();
    private final Deque<Loading> loading = new ArrayDeque<>();
    /** The module whose code ran in a scope, by scope; the modules stay while their scopes are reachable. */
    private final Map<Scope, PSModuleInfo> byScope = new java.util.WeakHashMap<>();

    /** {@return the modules the session {@code context} imported} */
    public static ModuleTable of(ExecutionContext context) {
        return context.service(ModuleTable.class);
    }

    /** A module whose code runs now: its scope and what it exports so far. */
    private record Loading(Scope scope, ExportList exports) {
    }

    /**
     * {@code $ExecutionContext.SessionState.Module}: the module whose scope {@code scope} is or lies in, null when
     * it lies in none.
     */
    @Override
    public boolean inModule(Scope scope) {
        return moduleOf(scope) != null;
    }

    @Override
    public PSModuleInfo moduleOf(Scope scope) {
        for (Scope s = scope; s != null; s = s.parent()) {
            PSModuleInfo module = byScope.get(s);
            if (module != null) {
                return module;
            }
        }
        return null;
    }

    @Override
    public Scope scopeOf(Object module) {
        return module instanceof PSModuleInfo m ? m.scope() : null;
    }

    /** Records that {@code module}'s code runs in {@code scope}. */
    void ranIn(PSModuleInfo module, Scope scope) {
        module.ranIn(scope);
        byScope.put(scope, module);
    }

    /**
     * The imported modules, sorted by name as Get-Module sorts them (ordinal, any case): those imported into the
     * global scope, or with {@code nested} also those modules imported into other modules.
     */
    public List<PSModuleInfo> all(boolean nested) {
        List<PSModuleInfo> modules = new ArrayList<>(imported.values());
        if (!nested) {
            modules.removeIf(m -> !global.contains(key(m.getName())));
        }
        modules.sort(Comparator.comparing(PSModuleInfo::getName, String.CASE_INSENSITIVE_ORDER));
        return modules;
    }

    PSModuleInfo get(String name) {
        return imported.get(key(name));
    }

    /** Records an import of {@code module}, into the global scope or ({@code intoGlobal} false) into a module. */
    void add(PSModuleInfo module, boolean intoGlobal) {
        imported.put(key(module.getName()), module);
        if (intoGlobal) {
            global.add(key(module.getName()));
        }
    }

    /**
     * Removes {@code module} from the session: Get-Module no longer lists it, and the functions and variables it
     * exported leave the global scope (where another import has not replaced them).
     */
    public void remove(PSModuleInfo module, Scope globalScope) {
        if (imported.get(key(module.getName())) == module) {
            imported.remove(key(module.getName()));
            global.remove(key(module.getName()));
        }
        module.removeFrom(globalScope);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
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

    /** Imports the global modules' exports into {@code target} again: after a reset emptied the global scope. */
    public void reimportInto(Scope target) {
        all(false).forEach(m -> m.importInto(target));
    }
}
