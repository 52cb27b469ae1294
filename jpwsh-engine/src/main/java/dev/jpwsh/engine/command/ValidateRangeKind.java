package dev.jpwsh.engine.command;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * System.Management.Automation.ValidateRangeKind: the sign {@code [ValidateRange(kind)]} requires of a value
 * ({@link Validation} checks it).
 */
@DotNetName("System.Management.Automation.ValidateRangeKind")
public enum ValidateRangeKind {
    Positive, NonNegative, Negative, NonPositive
}
