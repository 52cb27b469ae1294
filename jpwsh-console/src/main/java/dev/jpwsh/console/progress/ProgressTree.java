package dev.jpwsh.console.progress;

import dev.jpwsh.engine.exec.ProgressRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The activities in progress, in the order they began: a record updates its activity (or starts it, under its parent
 * when the parent is in progress, else at the top); a Completed record ends it, its children moving up to its parent.
 * An activity whose record names another parent than before is ended and started again there.
 */
final class ProgressTree {
    /** One activity as its last record left it. */
    record Activity(int id, int parentId, String activity, String status, String currentOperation, int percent,
            int secondsRemaining) {
        static Activity of(ProgressRecord record, int parentId) {
            return new Activity(record.getActivityId(), parentId, text(record.getActivity()),
                    text(record.getStatusDescription()), record.getCurrentOperation(),
                    Math.min(record.getPercentComplete(), 100), record.getSecondsRemaining());
        }

        private static String text(String value) {
            return value == null ? "" : value;
        }
    }

    private final Map<Integer, Activity> activities = new LinkedHashMap<>();

    void update(ProgressRecord record) {
        int id = record.getActivityId();
        Activity found = activities.get(id);
        boolean completed = record.getRecordType() == ProgressRecord.RecordType.Completed;
        if (found != null && !completed && found.parentId() == record.getParentActivityId()) {
            activities.put(id, Activity.of(record, found.parentId()));
            return;
        }
        if (found != null) {
            remove(found);
        }
        if (!completed) {
            int parent = activities.containsKey(record.getParentActivityId()) ? record.getParentActivityId() : -1;
            activities.put(id, Activity.of(record, parent));
        }
    }

    private void remove(Activity ended) {
        activities.remove(ended.id());
        activities.replaceAll((id, a) -> a.parentId() == ended.id()
                ? new Activity(a.id(), ended.parentId(), a.activity(), a.status(), a.currentOperation(), a.percent(),
                        a.secondsRemaining())
                : a);
    }

    boolean isEmpty() {
        return activities.isEmpty();
    }

    void clear() {
        activities.clear();
    }

    /** The activities under {@code parentId} (-1 for the top), in the order they began. */
    List<Activity> children(int parentId) {
        List<Activity> children = new ArrayList<>();
        for (Activity a : activities.values()) {
            if (a.parentId() == parentId) {
                children.add(a);
            }
        }
        return children;
    }
}
