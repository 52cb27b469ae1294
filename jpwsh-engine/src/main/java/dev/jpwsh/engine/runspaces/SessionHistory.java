package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.exec.ExecutionContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A session's history (installed on first use): its entries oldest first, each with the next id, keeping at most
 * {@code $MaximumHistoryCount} of them (4096 unless set). Fed by PowerShell.Invoke with AddToHistory and by
 * Add-History; used by its session's pipeline thread.
 */
public final class SessionHistory {
    private static final int DEFAULT_CAPACITY = 4096;

    private final List<HistoryInfo> entries = new ArrayList<>();
    private long nextId = 1;
    /** The entries Invoke-History is running now, to refuse one that would run itself again. */
    private final List<HistoryInfo> invoking = new ArrayList<>();

    public static SessionHistory of(ExecutionContext context) {
        SessionHistory history = context.findService(SessionHistory.class);
        if (history == null) {
            history = new SessionHistory();
            context.installService(SessionHistory.class, history);
        }
        return history;
    }

    /** Adds {@code entry} under the next id, dropping the oldest beyond {@code capacity}; returns it as added. */
    public HistoryInfo add(HistoryInfo entry, Object capacity) {
        HistoryInfo added = entry.withId(nextId++);
        entries.add(added);
        int limit = capacity instanceof Number n && n.intValue() > 0 ? n.intValue() : DEFAULT_CAPACITY;
        while (entries.size() > limit) {
            entries.removeFirst();
        }
        return added;
    }

    /** The entries, oldest first (a copy). */
    public List<HistoryInfo> entries() {
        return new ArrayList<>(entries);
    }

    public HistoryInfo find(long id) {
        for (HistoryInfo entry : entries) {
            if (entry.getId() == id) {
                return entry;
            }
        }
        return null;
    }

    public void remove(HistoryInfo entry) {
        entries.remove(entry);
    }

    /** Marks {@code entry} as being run by Invoke-History; false when it already is (a loop). */
    public boolean startInvoking(HistoryInfo entry) {
        if (invoking.contains(entry)) {
            return false;
        }
        invoking.add(entry);
        return true;
    }

    public void stopInvoking(HistoryInfo entry) {
        invoking.remove(entry);
    }
}
