package dev.jpwsh.commands.history;

import dev.jpwsh.engine.exec.ExecutionContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A session's history (installed on first use): its entries oldest first, each with the next id, keeping at most
 * {@code $MaximumHistoryCount} of them (4096 unless set). Used by its session's pipeline thread.
 */
final class SessionHistory {
    private static final int DEFAULT_CAPACITY = 4096;

    private final List<HistoryInfo> entries = new ArrayList<>();
    private long nextId = 1;

    static SessionHistory of(ExecutionContext context) {
        SessionHistory history = context.findService(SessionHistory.class);
        if (history == null) {
            history = new SessionHistory();
            context.installService(SessionHistory.class, history);
        }
        return history;
    }

    /** Adds {@code entry} under the next id, dropping the oldest beyond {@code capacity}; returns it as added. */
    HistoryInfo add(HistoryInfo entry, Object capacity) {
        HistoryInfo added = entry.withId(nextId++);
        entries.add(added);
        int limit = capacity instanceof Number n && n.intValue() > 0 ? n.intValue() : DEFAULT_CAPACITY;
        while (entries.size() > limit) {
            entries.removeFirst();
        }
        return added;
    }

    /** The entries, oldest first (a copy). */
    List<HistoryInfo> entries() {
        return new ArrayList<>(entries);
    }

    HistoryInfo find(long id) {
        for (HistoryInfo entry : entries) {
            if (entry.getId() == id) {
                return entry;
            }
        }
        return null;
    }

    void remove(HistoryInfo entry) {
        entries.remove(entry);
    }
}
