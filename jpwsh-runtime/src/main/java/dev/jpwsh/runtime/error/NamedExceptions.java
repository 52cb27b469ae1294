package dev.jpwsh.runtime.error;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/**
 * The exception types of PowerShell and of .NET's System namespace that jpwsh's errors stand for by name
 * ({@link PSRuntimeException#dotNetType()}) but that no Java class did: each makes its name a type scripts can write
 * ({@code catch [System.Management.Automation.SessionStateException]}, {@code [System.ArithmeticException]}) and
 * construct with a message and an inner exception, as .NET's. How they relate is {@link ExceptionHierarchy}'s.
 */
public final class NamedExceptions {
    private NamedExceptions() {
    }

    private static String orDefault(String message, String type) {
        return message == null ? ExceptionNames.defaultMessage(type) : message;
    }

    /** An exception whose .NET type is its class's {@link DotNetName}. */
    public abstract static class Named extends PSRuntimeException {
        Named(String errorId, String category, String message, Throwable inner, String type) {
            super(errorId, category, orDefault(message, type), inner, type);
        }
    }

    /** System.Management.Automation.ParameterBindingException. */
    @DotNetName("System.Management.Automation.ParameterBindingException")
    public static final class ParameterBindingException extends Named {
        public ParameterBindingException() {
            this(null, null);
        }

        public ParameterBindingException(String message) {
            this(message, null);
        }

        public ParameterBindingException(String message, Throwable inner) {
            super("ParameterBindingException", "InvalidArgument", message, inner, "System.Management.Automation.ParameterBindingException");
        }
    }

    /** System.Management.Automation.CommandNotFoundException, with the CommandName no command had. */
    @DotNetName("System.Management.Automation.CommandNotFoundException")
    public static final class CommandNotFoundException extends Named {
        private String commandName = "";

        public CommandNotFoundException() {
            this(null, null);
        }

        public CommandNotFoundException(String message) {
            this(message, null);
        }

        public CommandNotFoundException(String message, Throwable inner) {
            super("CommandNotFoundException", "ObjectNotFound", message, inner, "System.Management.Automation.CommandNotFoundException");
        }

        public String getCommandName() {
            return commandName;
        }

        public void setCommandName(String commandName) {
            this.commandName = commandName;
        }
    }

    /** System.Management.Automation.SessionStateException. */
    @DotNetName("System.Management.Automation.SessionStateException")
    public static final class SessionStateException extends Named {
        public SessionStateException() {
            this(null, null);
        }

        public SessionStateException(String message) {
            this(message, null);
        }

        public SessionStateException(String message, Throwable inner) {
            super("SessionStateException", "NotSpecified", message, inner, "System.Management.Automation.SessionStateException");
        }
    }

    /** System.Management.Automation.DriveNotFoundException. */
    @DotNetName("System.Management.Automation.DriveNotFoundException")
    public static final class DriveNotFoundException extends Named {
        public DriveNotFoundException() {
            this(null, null);
        }

        public DriveNotFoundException(String message) {
            this(message, null);
        }

        public DriveNotFoundException(String message, Throwable inner) {
            super("DriveNotFoundException", "ObjectNotFound", message, inner, "System.Management.Automation.DriveNotFoundException");
        }
    }

    /** System.Management.Automation.ProviderNotFoundException. */
    @DotNetName("System.Management.Automation.ProviderNotFoundException")
    public static final class ProviderNotFoundException extends Named {
        public ProviderNotFoundException() {
            this(null, null);
        }

        public ProviderNotFoundException(String message) {
            this(message, null);
        }

        public ProviderNotFoundException(String message, Throwable inner) {
            super("ProviderNotFoundException", "ObjectNotFound", message, inner, "System.Management.Automation.ProviderNotFoundException");
        }
    }

    /** System.Management.Automation.SessionStateUnauthorizedAccessException. */
    @DotNetName("System.Management.Automation.SessionStateUnauthorizedAccessException")
    public static final class SessionStateUnauthorizedAccessException extends Named {
        public SessionStateUnauthorizedAccessException() {
            this(null, null);
        }

        public SessionStateUnauthorizedAccessException(String message) {
            this(message, null);
        }

        public SessionStateUnauthorizedAccessException(String message, Throwable inner) {
            super("SessionStateUnauthorizedAccessException", "WriteError", message, inner, "System.Management.Automation.SessionStateUnauthorizedAccessException");
        }
    }

    /** System.Management.Automation.ActionPreferenceStopException. */
    @DotNetName("System.Management.Automation.ActionPreferenceStopException")
    public static final class ActionPreferenceStopException extends Named {
        public ActionPreferenceStopException() {
            this(null, null);
        }

        public ActionPreferenceStopException(String message) {
            this(message, null);
        }

        public ActionPreferenceStopException(String message, Throwable inner) {
            super("ActionPreferenceStopException", "OperationStopped", message, inner, "System.Management.Automation.ActionPreferenceStopException");
        }
    }

    /** System.Management.Automation.ExtendedTypeSystemException. */
    @DotNetName("System.Management.Automation.ExtendedTypeSystemException")
    public static final class ExtendedTypeSystemException extends Named {
        public ExtendedTypeSystemException() {
            this(null, null);
        }

        public ExtendedTypeSystemException(String message) {
            this(message, null);
        }

        public ExtendedTypeSystemException(String message, Throwable inner) {
            super("ExtendedTypeSystemException", "NotSpecified", message, inner, "System.Management.Automation.ExtendedTypeSystemException");
        }
    }

    /** System.Management.Automation.MethodException. */
    @DotNetName("System.Management.Automation.MethodException")
    public static final class MethodException extends Named {
        public MethodException() {
            this(null, null);
        }

        public MethodException(String message) {
            this(message, null);
        }

        public MethodException(String message, Throwable inner) {
            super("MethodException", "NotSpecified", message, inner, "System.Management.Automation.MethodException");
        }
    }

    /** System.Management.Automation.GetValueException. */
    @DotNetName("System.Management.Automation.GetValueException")
    public static final class GetValueException extends Named {
        public GetValueException() {
            this(null, null);
        }

        public GetValueException(String message) {
            this(message, null);
        }

        public GetValueException(String message, Throwable inner) {
            super("GetValueException", "NotSpecified", message, inner, "System.Management.Automation.GetValueException");
        }
    }

    /** System.Management.Automation.SetValueException. */
    @DotNetName("System.Management.Automation.SetValueException")
    public static final class SetValueException extends Named {
        public SetValueException() {
            this(null, null);
        }

        public SetValueException(String message) {
            this(message, null);
        }

        public SetValueException(String message, Throwable inner) {
            super("SetValueException", "NotSpecified", message, inner, "System.Management.Automation.SetValueException");
        }
    }

    /** System.Management.Automation.GetValueInvocationException. */
    @DotNetName("System.Management.Automation.GetValueInvocationException")
    public static final class GetValueInvocationException extends Named {
        public GetValueInvocationException() {
            this(null, null);
        }

        public GetValueInvocationException(String message) {
            this(message, null);
        }

        public GetValueInvocationException(String message, Throwable inner) {
            super("GetValueInvocationException", "NotSpecified", message, inner, "System.Management.Automation.GetValueInvocationException");
        }
    }

    /** System.Management.Automation.SetValueInvocationException. */
    @DotNetName("System.Management.Automation.SetValueInvocationException")
    public static final class SetValueInvocationException extends Named {
        public SetValueInvocationException() {
            this(null, null);
        }

        public SetValueInvocationException(String message) {
            this(message, null);
        }

        public SetValueInvocationException(String message, Throwable inner) {
            super("SetValueInvocationException", "NotSpecified", message, inner, "System.Management.Automation.SetValueInvocationException");
        }
    }

    /** System.Management.Automation.PropertyNotFoundException. */
    @DotNetName("System.Management.Automation.PropertyNotFoundException")
    public static final class PropertyNotFoundException extends Named {
        public PropertyNotFoundException() {
            this(null, null);
        }

        public PropertyNotFoundException(String message) {
            this(message, null);
        }

        public PropertyNotFoundException(String message, Throwable inner) {
            super("PropertyNotFoundException", "NotSpecified", message, inner, "System.Management.Automation.PropertyNotFoundException");
        }
    }

    /** System.Management.Automation.ParseException; its Errors are the parser's, when the parser made it. */
    @DotNetName("System.Management.Automation.ParseException")
    public static final class ParseException extends Named {
        private final List<?> errors;

        public ParseException() {
            this(null, null);
        }

        public ParseException(String message) {
            this(message, null);
        }

        public ParseException(String message, Throwable inner) {
            super("ParseException", "ParserError", message, inner, "System.Management.Automation.ParseException");
            this.errors = List.of();
        }

        /**
         * The parser's exception: {@code errors} (its ParseErrors, at least one) and the id of the first, as pwsh's
         * {@code ParseException(ParseError[])}.
         */
        public ParseException(String firstErrorId, String message, List<?> errors) {
            super(firstErrorId, "ParserError", message, null, "System.Management.Automation.ParseException");
            this.errors = List.copyOf(errors);
        }

        /** {@return the parse errors, none when the exception was not made by the parser} */
        public Object[] getErrors() {
            return errors.toArray();
        }
    }

    /** System.Management.Automation.IncompleteParseException. */
    @DotNetName("System.Management.Automation.IncompleteParseException")
    public static final class IncompleteParseException extends Named {
        public IncompleteParseException() {
            this(null, null);
        }

        public IncompleteParseException(String message) {
            this(message, null);
        }

        public IncompleteParseException(String message, Throwable inner) {
            super("IncompleteParseException", "ParserError", message, inner, "System.Management.Automation.IncompleteParseException");
        }
    }

    /** System.Management.Automation.MetadataException. */
    @DotNetName("System.Management.Automation.MetadataException")
    public static final class MetadataException extends Named {
        public MetadataException() {
            this(null, null);
        }

        public MetadataException(String message) {
            this(message, null);
        }

        public MetadataException(String message, Throwable inner) {
            super("MetadataException", "MetadataError", message, inner, "System.Management.Automation.MetadataException");
        }
    }

    /** System.Management.Automation.ArgumentTransformationMetadataException. */
    @DotNetName("System.Management.Automation.ArgumentTransformationMetadataException")
    public static final class ArgumentTransformationMetadataException extends Named {
        public ArgumentTransformationMetadataException() {
            this(null, null);
        }

        public ArgumentTransformationMetadataException(String message) {
            this(message, null);
        }

        public ArgumentTransformationMetadataException(String message, Throwable inner) {
            super("ArgumentTransformationMetadataException", "MetadataError", message, inner, "System.Management.Automation.ArgumentTransformationMetadataException");
        }
    }

    /** System.Management.Automation.CmdletInvocationException. */
    @DotNetName("System.Management.Automation.CmdletInvocationException")
    public static final class CmdletInvocationException extends Named {
        public CmdletInvocationException() {
            this(null, null);
        }

        public CmdletInvocationException(String message) {
            this(message, null);
        }

        public CmdletInvocationException(String message, Throwable inner) {
            super("CmdletInvocationException", "NotSpecified", message, inner, "System.Management.Automation.CmdletInvocationException");
        }
    }

    /** System.Management.Automation.ProviderInvocationException. */
    @DotNetName("System.Management.Automation.ProviderInvocationException")
    public static final class ProviderInvocationException extends Named {
        public ProviderInvocationException() {
            this(null, null);
        }

        public ProviderInvocationException(String message) {
            this(message, null);
        }

        public ProviderInvocationException(String message, Throwable inner) {
            super("ProviderInvocationException", "NotSpecified", message, inner, "System.Management.Automation.ProviderInvocationException");
        }
    }

    /** System.Management.Automation.ScriptCallDepthException. */
    @DotNetName("System.Management.Automation.ScriptCallDepthException")
    public static final class ScriptCallDepthException extends Named {
        public ScriptCallDepthException() {
            this(null, null);
        }

        public ScriptCallDepthException(String message) {
            this(message, null);
        }

        public ScriptCallDepthException(String message, Throwable inner) {
            super("ScriptCallDepthException", "InvalidOperation", message, inner, "System.Management.Automation.ScriptCallDepthException");
        }
    }

    /** System.Management.Automation.WildcardPatternException. */
    @DotNetName("System.Management.Automation.WildcardPatternException")
    public static final class WildcardPatternException extends Named {
        public WildcardPatternException() {
            this(null, null);
        }

        public WildcardPatternException(String message) {
            this(message, null);
        }

        public WildcardPatternException(String message, Throwable inner) {
            super("WildcardPatternException", "NotSpecified", message, inner, "System.Management.Automation.WildcardPatternException");
        }
    }

    /** System.Management.Automation.PSSecurityException. */
    @DotNetName("System.Management.Automation.PSSecurityException")
    public static final class PSSecurityException extends Named {
        public PSSecurityException() {
            this(null, null);
        }

        public PSSecurityException(String message) {
            this(message, null);
        }

        public PSSecurityException(String message, Throwable inner) {
            super("PSSecurityException", "SecurityError", message, inner, "System.Management.Automation.PSSecurityException");
        }
    }

    /** System.Management.Automation.ApplicationFailedException. */
    @DotNetName("System.Management.Automation.ApplicationFailedException")
    public static final class ApplicationFailedException extends Named {
        public ApplicationFailedException() {
            this(null, null);
        }

        public ApplicationFailedException(String message) {
            this(message, null);
        }

        public ApplicationFailedException(String message, Throwable inner) {
            super("ApplicationFailedException", "ResourceUnavailable", message, inner, "System.Management.Automation.ApplicationFailedException");
        }
    }

    /** System.Management.Automation.JobFailedException. */
    @DotNetName("System.Management.Automation.JobFailedException")
    public static final class JobFailedException extends Named {
        public JobFailedException() {
            this(null, null);
        }

        public JobFailedException(String message) {
            this(message, null);
        }

        public JobFailedException(String message, Throwable inner) {
            super("JobFailedException", "NotSpecified", message, inner, "System.Management.Automation.JobFailedException");
        }
    }

    /** System.Management.Automation.HaltCommandException. */
    @DotNetName("System.Management.Automation.HaltCommandException")
    public static final class HaltCommandException extends Named {
        public HaltCommandException() {
            this(null, null);
        }

        public HaltCommandException(String message) {
            this(message, null);
        }

        public HaltCommandException(String message, Throwable inner) {
            super("HaltCommandException", "NotSpecified", message, inner, "System.Management.Automation.HaltCommandException");
        }
    }

    /** System.Management.Automation.RemoteException. */
    @DotNetName("System.Management.Automation.RemoteException")
    public static final class RemoteException extends Named {
        public RemoteException() {
            this(null, null);
        }

        public RemoteException(String message) {
            this(message, null);
        }

        public RemoteException(String message, Throwable inner) {
            super("RemoteException", "NotSpecified", message, inner, "System.Management.Automation.RemoteException");
        }
    }

    /** System.SystemException. */
    @DotNetName("System.SystemException")
    public static final class SystemException extends Named {
        public SystemException() {
            this(null, null);
        }

        public SystemException(String message) {
            this(message, null);
        }

        public SystemException(String message, Throwable inner) {
            super("SystemException", "NotSpecified", message, inner, "System.SystemException");
        }
    }

    /** System.ArithmeticException. */
    @DotNetName("System.ArithmeticException")
    public static final class ArithmeticException extends Named {
        public ArithmeticException() {
            this(null, null);
        }

        public ArithmeticException(String message) {
            this(message, null);
        }

        public ArithmeticException(String message, Throwable inner) {
            super("ArithmeticException", "NotSpecified", message, inner, "System.ArithmeticException");
        }
    }

    /** System.OverflowException. */
    @DotNetName("System.OverflowException")
    public static final class OverflowException extends Named {
        public OverflowException() {
            this(null, null);
        }

        public OverflowException(String message) {
            this(message, null);
        }

        public OverflowException(String message, Throwable inner) {
            super("OverflowException", "NotSpecified", message, inner, "System.OverflowException");
        }
    }

    /** System.NullReferenceException. */
    @DotNetName("System.NullReferenceException")
    public static final class NullReferenceException extends Named {
        public NullReferenceException() {
            this(null, null);
        }

        public NullReferenceException(String message) {
            this(message, null);
        }

        public NullReferenceException(String message, Throwable inner) {
            super("NullReferenceException", "NotSpecified", message, inner, "System.NullReferenceException");
        }
    }

    /** System.InvalidCastException. */
    @DotNetName("System.InvalidCastException")
    public static final class InvalidCastException extends Named {
        public InvalidCastException() {
            this(null, null);
        }

        public InvalidCastException(String message) {
            this(message, null);
        }

        public InvalidCastException(String message, Throwable inner) {
            super("InvalidCastException", "NotSpecified", message, inner, "System.InvalidCastException");
        }
    }

    /** System.IndexOutOfRangeException. */
    @DotNetName("System.IndexOutOfRangeException")
    public static final class IndexOutOfRangeException extends Named {
        public IndexOutOfRangeException() {
            this(null, null);
        }

        public IndexOutOfRangeException(String message) {
            this(message, null);
        }

        public IndexOutOfRangeException(String message, Throwable inner) {
            super("IndexOutOfRangeException", "NotSpecified", message, inner, "System.IndexOutOfRangeException");
        }
    }

    /** System.NotImplementedException. */
    @DotNetName("System.NotImplementedException")
    public static final class NotImplementedException extends Named {
        public NotImplementedException() {
            this(null, null);
        }

        public NotImplementedException(String message) {
            this(message, null);
        }

        public NotImplementedException(String message, Throwable inner) {
            super("NotImplementedException", "NotSpecified", message, inner, "System.NotImplementedException");
        }
    }

    /** System.OperationCanceledException. */
    @DotNetName("System.OperationCanceledException")
    public static final class OperationCanceledException extends Named {
        public OperationCanceledException() {
            this(null, null);
        }

        public OperationCanceledException(String message) {
            this(message, null);
        }

        public OperationCanceledException(String message, Throwable inner) {
            super("OperationCanceledException", "NotSpecified", message, inner, "System.OperationCanceledException");
        }
    }

    /** System.Collections.Generic.KeyNotFoundException. */
    @DotNetName("System.Collections.Generic.KeyNotFoundException")
    public static final class KeyNotFoundException extends Named {
        public KeyNotFoundException() {
            this(null, null);
        }

        public KeyNotFoundException(String message) {
            this(message, null);
        }

        public KeyNotFoundException(String message, Throwable inner) {
            super("KeyNotFoundException", "NotSpecified", message, inner, "System.Collections.Generic.KeyNotFoundException");
        }
    }
}
