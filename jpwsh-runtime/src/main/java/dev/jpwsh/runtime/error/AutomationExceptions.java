package dev.jpwsh.runtime.error;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * PowerShell's own exception types that scripts create and throw ({@code [System.Management.Automation.PSArgumentException]::new('x')}):
 * each is a {@link PSRuntimeException} with the error id and category pwsh's exception gives its error record, and
 * the constructors scripts use: none, a message, a message and an inner exception.
 */
public final class AutomationExceptions {
    private AutomationExceptions() {
    }

    private static String orDefault(String message, String fallback) {
        return message == null ? fallback : message;
    }

    /** System.Management.Automation.PSArgumentException. */
    @DotNetName("System.Management.Automation.PSArgumentException")
    public static final class PSArgumentException extends PSRuntimeException {
        public PSArgumentException() {
            this(null, null);
        }

        public PSArgumentException(String message) {
            this(message, null);
        }

        public PSArgumentException(String message, Throwable inner) {
            super("Argument", "InvalidArgument", orDefault(message, "Value does not fall within the expected range."),
                    inner, "System.Management.Automation.PSArgumentException");
        }

        /** What pwsh's own methods throw for an argument they refuse (its trace source's text), naming it. */
        public static PSArgumentException invalid(String argument) {
            return new PSArgumentException("Cannot process argument because the value of argument \"" + argument
                    + "\" is not valid. Change the value of the \"" + argument + "\" argument and run the operation again.");
        }
    }

    /** System.Management.Automation.PSArgumentNullException. */
    @DotNetName("System.Management.Automation.PSArgumentNullException")
    public static final class PSArgumentNullException extends PSRuntimeException {
        public PSArgumentNullException() {
            this(null, null);
        }

        public PSArgumentNullException(String paramName) {
            this("Value cannot be null. (Parameter '" + paramName + "')", null);
        }

        public PSArgumentNullException(String message, Throwable inner) {
            super("ArgumentNull", "InvalidArgument", orDefault(message, "Value cannot be null."), inner,
                    "System.Management.Automation.PSArgumentNullException");
        }

        /** What pwsh's own methods throw for a null argument (its trace source's text), naming the argument. */
        public static PSArgumentNullException of(String argument) {
            return new PSArgumentNullException("Cannot process argument because the value of argument \"" + argument
                    + "\" is null. Change the value of argument \"" + argument + "\" to a non-null value.", null);
        }
    }

    /** System.Management.Automation.PSArgumentOutOfRangeException. */
    @DotNetName("System.Management.Automation.PSArgumentOutOfRangeException")
    public static final class PSArgumentOutOfRangeException extends PSRuntimeException {
        public PSArgumentOutOfRangeException() {
            this(null, null);
        }

        public PSArgumentOutOfRangeException(String paramName) {
            this("Specified argument was out of the range of valid values. (Parameter '" + paramName + "')", null);
        }

        public PSArgumentOutOfRangeException(String message, Throwable inner) {
            super("ArgumentOutOfRange", "InvalidArgument",
                    orDefault(message, "Specified argument was out of the range of valid values."), inner,
                    "System.Management.Automation.PSArgumentOutOfRangeException");
        }
    }

    /** System.Management.Automation.PSInvalidOperationException. */
    @DotNetName("System.Management.Automation.PSInvalidOperationException")
    public static final class PSInvalidOperationException extends PSRuntimeException {
        public PSInvalidOperationException() {
            this(null, null);
        }

        public PSInvalidOperationException(String message) {
            this(message, null);
        }

        public PSInvalidOperationException(String message, Throwable inner) {
            super("InvalidOperation", "InvalidOperation",
                    orDefault(message, "Operation is not valid due to the current state of the object."), inner,
                    "System.Management.Automation.PSInvalidOperationException");
        }
    }

    /** System.Management.Automation.PSNotSupportedException. */
    @DotNetName("System.Management.Automation.PSNotSupportedException")
    public static final class PSNotSupportedException extends PSRuntimeException {
        public PSNotSupportedException() {
            this(null, null);
        }

        public PSNotSupportedException(String message) {
            this(message, null);
        }

        public PSNotSupportedException(String message, Throwable inner) {
            super("NotSupported", "NotImplemented", orDefault(message, "Specified method is not supported."), inner,
                    "System.Management.Automation.PSNotSupportedException");
        }
    }

    /** System.Management.Automation.PSNotImplementedException. */
    @DotNetName("System.Management.Automation.PSNotImplementedException")
    public static final class PSNotImplementedException extends PSRuntimeException {
        public PSNotImplementedException() {
            this(null, null);
        }

        public PSNotImplementedException(String message) {
            this(message, null);
        }

        public PSNotImplementedException(String message, Throwable inner) {
            super("NotImplemented", "NotImplemented", orDefault(message, "The method or operation is not implemented."),
                    inner, "System.Management.Automation.PSNotImplementedException");
        }
    }

    /** System.Management.Automation.PSInvalidCastException. */
    @DotNetName("System.Management.Automation.PSInvalidCastException")
    public static final class PSInvalidCastException extends PSRuntimeException {
        public PSInvalidCastException() {
            this(null, null);
        }

        public PSInvalidCastException(String message) {
            this(message, null);
        }

        public PSInvalidCastException(String message, Throwable inner) {
            super("PSInvalidCastException", "InvalidArgument", orDefault(message, "Specified cast is not valid."),
                    inner, "System.Management.Automation.PSInvalidCastException");
        }
    }

    /** System.Management.Automation.ItemNotFoundException. */
    @DotNetName("System.Management.Automation.ItemNotFoundException")
    public static final class ItemNotFoundException extends PSRuntimeException {
        public ItemNotFoundException() {
            this(null, null);
        }

        public ItemNotFoundException(String message) {
            this(message, null);
        }

        public ItemNotFoundException(String message, Throwable inner) {
            super("ItemNotFoundException", "ObjectNotFound", orDefault(message, "The item was not found."), inner,
                    "System.Management.Automation.ItemNotFoundException");
        }
    }

    /** System.Management.Automation.PipelineStoppedException. */
    @DotNetName("System.Management.Automation.PipelineStoppedException")
    public static final class PipelineStoppedException extends PSRuntimeException {
        public PipelineStoppedException() {
            this(null, null);
        }

        public PipelineStoppedException(String message) {
            this(message, null);
        }

        public PipelineStoppedException(String message, Throwable inner) {
            super("PipelineStopped", "OperationStopped",
                    orDefault(message, "The pipeline has been stopped."), inner,
                    "System.Management.Automation.PipelineStoppedException");
        }
    }

    /** System.Management.Automation.ValidationMetadataException. */
    @DotNetName("System.Management.Automation.ValidationMetadataException")
    public static final class ValidationMetadataException extends PSRuntimeException {
        public ValidationMetadataException() {
            this(null, null);
        }

        public ValidationMetadataException(String message) {
            this(message, null);
        }

        public ValidationMetadataException(String message, Throwable inner) {
            super("ValidationMetadataException", "MetadataError", orDefault(message, "Metadata error."), inner,
                    "System.Management.Automation.ValidationMetadataException");
        }
    }

    /** System.Management.Automation.MethodInvocationException. */
    @DotNetName("System.Management.Automation.MethodInvocationException")
    public static final class MethodInvocationException extends PSRuntimeException {
        public MethodInvocationException() {
            this(null, null);
        }

        public MethodInvocationException(String message) {
            this(message, null);
        }

        public MethodInvocationException(String message, Throwable inner) {
            super("MethodInvocationException", "NotSpecified", orDefault(message, "Method invocation failed."), inner,
                    "System.Management.Automation.MethodInvocationException");
        }
    }
}
