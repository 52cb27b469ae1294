package dev.jpwsh.format.view;

import dev.jpwsh.runtime.error.ErrorRecord;

/**
 * pwsh's ErrorInstance view: the text an error record shows as when it is formatted without -Force (Out-String,
 * Format-List, Out-File), the host's error view ($ErrorView) without colour. A host installs it as a session
 * service; without one, error records are formatted as objects.
 */
@FunctionalInterface
public interface ErrorRecordView {
    String render(ErrorRecord record);
}
