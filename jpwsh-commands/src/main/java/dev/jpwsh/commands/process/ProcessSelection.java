package dev.jpwsh.commands.process;

import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The processes a -Name, -Id or -InputObject argument selects, as pwsh's process cmdlets gather them: each process
 * once, sorted by name (any case) then id; a name without wildcards or an id that selects nothing is an error.
 */
final class ProcessSelection {
    /** A process with its name as read once: a name can change while the sort runs (the process execs or ends). */
    private record Named(String name, ProcFsProcess process) {
    }

    private static final Comparator<Named> ORDER = Comparator.comparing(Named::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(named -> named.process().getId());

    private final Map<Integer, ProcFsProcess> selected = new LinkedHashMap<>();
    private final Consumer<ErrorRecord> errors;
    private List<ProcFsProcess> running;

    ProcessSelection(Consumer<ErrorRecord> errors) {
        this.errors = errors;
    }

    /**
     * Adds what the process cmdlets' parameter set {@code set} names: the -Id processes, the -InputObject ones, or
     * else the -Name ones (every process when no name is given).
     */
    void addFrom(String set, String[] names, Integer[] ids, ProcFsProcess[] inputObjects) {
        switch (set) {
            case "Id" -> addIds(ids);
            case "InputObject" -> {
                for (ProcFsProcess process : inputObjects) {
                    add(process);
                }
            }
            default -> {
                if (names == null) {
                    addAll();
                } else {
                    addNames(names);
                }
            }
        }
    }

    void addNames(String[] names) {
        for (String name : names) {
            Pattern pattern = Wildcard.compile(name, false);
            boolean found = false;
            for (ProcFsProcess process : running()) {
                if (pattern.matcher(process.getProcessName()).matches()) {
                    selected.putIfAbsent(process.getId(), process);
                    found = true;
                }
            }
            if (!found && !Wildcard.containsWildcardCharacters(name)) {
                errors.accept(ProcessErrors.noProcessWithName(name));
            }
        }
    }

    void addIds(Integer[] ids) {
        for (int id : ids) {
            ProcFsProcess process = ProcFsProcess.byId(id).orElse(null);
            if (process == null) {
                errors.accept(ProcessErrors.noProcessWithId(id));
            } else {
                selected.putIfAbsent(id, process);
            }
        }
    }

    void addAll() {
        running().forEach(p -> selected.putIfAbsent(p.getId(), p));
    }

    void add(ProcFsProcess process) {
        selected.putIfAbsent(process.getId(), process);
    }

    /** The selected processes by name, then id, each name read once. */
    List<ProcFsProcess> sorted() {
        List<Named> named = new ArrayList<>(selected.size());
        for (ProcFsProcess process : selected.values()) {
            named.add(new Named(process.getProcessName(), process));
        }
        named.sort(ORDER);
        List<ProcFsProcess> result = new ArrayList<>(named.size());
        for (Named each : named) {
            result.add(each.process());
        }
        return result;
    }

    private List<ProcFsProcess> running() {
        if (running == null) {
            running = ProcFsProcess.all();
        }
        return running;
    }
}
