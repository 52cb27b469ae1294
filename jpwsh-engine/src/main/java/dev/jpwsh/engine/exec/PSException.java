package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.error.ErrorRecord;

/**
 * A terminating PowerShell error travelling up the Java stack, carrying its {@link ErrorRecord}. Most end only
 * the statement they happen in (unless a try or trap is there to catch them); those from {@code throw} and
 * from {@code -ErrorAction Stop} end the whole script.
 */
public final class PSException extends RuntimeException {
    private final ErrorRecord record;
    private final boolean terminatesScript;
    private final boolean stoppedByPreference;

    public PSException(ErrorRecord record) {
        this(record, false);
    }

    public PSException(ErrorRecord record, boolean terminatesScript) {
        this(record, terminatesScript, false);
    }

    private PSException(ErrorRecord record, boolean terminatesScript, boolean stoppedByPreference) {
        super(record.message(), record.exception(), false, false);
        this.record = record;
        this.terminatesScript = terminatesScript;
        this.stoppedByPreference = stoppedByPreference;
    }

    /**
     * A non-terminating error made terminating by {@code -ErrorAction Stop} or {@code $ErrorActionPreference}:
     * scripts catch the original record; a host invoking the pipeline sees an ActionPreferenceStopException.
     */
    public static PSException stoppedByPreference(ErrorRecord record) {
        return new PSException(record, true, true);
    }

    public boolean isStoppedByPreference() {
        return stoppedByPreference;
    }

    public ErrorRecord record() {
        return record;
    }

    public boolean terminatesScript() {
        return terminatesScript;
    }

    public PSException withRecord(ErrorRecord newRecord) {
        return new PSException(newRecord, terminatesScript, stoppedByPreference);
    }
}
