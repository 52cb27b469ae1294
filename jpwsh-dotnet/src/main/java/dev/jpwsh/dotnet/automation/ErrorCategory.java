package dev.jpwsh.dotnet.automation;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * System.Management.Automation.ErrorCategory, its members in the order of their numbers (the same names as
 * {@link dev.jpwsh.runtime.error.ErrorCategories}, which error records keep as text).
 */
@DotNetName("System.Management.Automation.ErrorCategory")
public enum ErrorCategory {
    NotSpecified, OpenError, CloseError, DeviceError, DeadlockDetected, InvalidArgument, InvalidData, InvalidOperation,
    InvalidResult, InvalidType, MetadataError, NotImplemented, NotInstalled, ObjectNotFound, OperationStopped,
    OperationTimeout, SyntaxError, ParserError, PermissionDenied, ResourceBusy, ResourceExists, ResourceUnavailable,
    ReadError, WriteError, FromStdErr, SecurityError, ProtocolError, ConnectionError, AuthenticationError,
    LimitsExceeded, QuotaExceeded, NotEnabled
}
