package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * What Write-Progress reports: one activity's state. Hosts show it; a PowerShell invocation also keeps it in
 * Streams.Progress. Mutable like .NET's, but each record is written once and then only read.
 */
@DotNetName("System.Management.Automation.ProgressRecord")
public final class ProgressRecord {
    /** System.Management.Automation.ProgressRecordType. */
    @DotNetName("System.Management.Automation.ProgressRecordType")
    public enum RecordType {
        Processing, Completed
    }

    private final int activityId;
    private String activity;
    private String statusDescription;
    private int parentActivityId = -1;
    private String currentOperation;
    private int percentComplete = -1;
    private int secondsRemaining = -1;
    private RecordType recordType = RecordType.Processing;

    public ProgressRecord(int activityId, String activity, String statusDescription) {
        this.activityId = activityId;
        this.activity = activity;
        this.statusDescription = statusDescription;
    }

    public int getActivityId() {
        return activityId;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getStatusDescription() {
        return statusDescription;
    }

    public void setStatusDescription(String statusDescription) {
        this.statusDescription = statusDescription;
    }

    public int getParentActivityId() {
        return parentActivityId;
    }

    public void setParentActivityId(int parentActivityId) {
        this.parentActivityId = parentActivityId;
    }

    public String getCurrentOperation() {
        return currentOperation;
    }

    public void setCurrentOperation(String currentOperation) {
        this.currentOperation = currentOperation;
    }

    /** From 0 to 100, or -1 when unknown. */
    public int getPercentComplete() {
        return percentComplete;
    }

    public void setPercentComplete(int percentComplete) {
        this.percentComplete = percentComplete;
    }

    /** -1 when unknown. */
    public int getSecondsRemaining() {
        return secondsRemaining;
    }

    public void setSecondsRemaining(int secondsRemaining) {
        this.secondsRemaining = secondsRemaining;
    }

    public RecordType getRecordType() {
        return recordType;
    }

    public void setRecordType(RecordType recordType) {
        this.recordType = recordType;
    }

    @Override
    public String toString() {
        return "parent = " + parentActivityId + " id = " + activityId + " act = " + nullAsEmpty(activity)
                + " stat = " + nullAsEmpty(statusDescription) + " cur = " + nullAsEmpty(currentOperation)
                + " pct = " + percentComplete + " sec = " + secondsRemaining + " type = " + recordType;
    }

    private static String nullAsEmpty(String text) {
        return text == null ? "" : text;
    }
}
