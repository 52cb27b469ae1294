package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.NamedExceptions;
import dev.jpwsh.runtime.error.PSRuntimeException;

/** Factories for the engine's terminating errors, with PowerShell's error ids, categories and messages. */
public final class RuntimeFailures {
    private RuntimeFailures() {
    }

    public static PSException create(String errorId, String category, String message, Object target) {
        return create(errorId, category, message, target, PSRuntimeException.RUNTIME_EXCEPTION);
    }

    /** An error whose exception scripts see as the .NET type {@code dotNetType}. */
    public static PSException create(String errorId, String category, String message, Object target,
            String dotNetType) {
        String bareId = errorId.contains(",") ? errorId.substring(0, errorId.indexOf(',')) : errorId;
        return new PSException(new ErrorRecord(new PSRuntimeException(bareId, category, message, null, dotNetType),
                errorId, category, target, null));
    }

    public static PSException variableNotWritable(String name) {
        return create("VariableNotWritable", "WriteError",
                "Cannot overwrite variable " + name + " because it is read-only or constant.", name);
    }

    /** Redefining a function that is read-only or constant. */
    public static PSException functionNotWritable(String name) {
        return create("FunctionNotWritable", "WriteError", "Cannot write to function " + name
                + " because it is read-only or constant.", name,
                "System.Management.Automation.SessionStateUnauthorizedAccessException");
    }

    public static PSException commandNotFound(String name) {
        NamedExceptions.CommandNotFoundException exception = new NamedExceptions.CommandNotFoundException("The "
                + "term '" + name + "' is not recognized as a name of a cmdlet, function, script file, or executable "
                + "program.\nCheck the spelling of the name, or if a path was included, verify that the path is "
                + "correct and try again.");
        exception.setCommandName(name);
        return new PSException(new ErrorRecord(exception, "CommandNotFoundException", "ObjectNotFound", name, null)
                .withCommandName(name));
    }

    public static PSException invokeMethodOnNull() {
        return create("InvokeMethodOnNull", "InvalidOperation", "You cannot call a method on a null-valued expression.",
                null);
    }

    public static PSException methodNotFound(String typeName, String method) {
        return create("MethodNotFound", "InvalidOperation",
                "Method invocation failed because [" + typeName + "] does not contain a method named '" + method
                        + "'.", null);
    }

    public static PSException nullArray() {
        return create("NullArray", "InvalidOperation", "Cannot index into a null array.", null);
    }

    public static PSException typeNotFound(String name) {
        return create("TypeNotFound", "InvalidOperation", "Unable to find type [" + name + "].", name);
    }

    /** Setting a property the object does not have (pwsh's PropertyAssignmentException). */
    public static PSException propertyNotFound(String name) {
        return create("PropertyAssignmentException", "InvalidOperation",
                "The property '" + name + "' cannot be found on this object. Verify that the property exists and can "
                        + "be set.", null);
    }

    /** Reading a member the object lacks, under {@code Set-StrictMode -Version 2} or later. */
    public static PSException propertyNotFoundStrict(String name) {
        return create("PropertyNotFoundStrict", "InvalidOperation", "The property '" + name
                + "' cannot be found on this object. Verify that the property exists.", null,
                "System.Management.Automation.PropertyNotFoundException");
    }

    /** {@code f(1, 2)} under {@code Set-StrictMode -Version 2} or later. */
    public static PSException functionCalledLikeMethod() {
        return create("StrictModeFunctionCallWithParens", "InvalidOperation", "The function or command was called as "
                + "if it were a method. Parameters should be separated by spaces. For information about parameters, "
                + "see the about_Parameters Help topic.", null);
    }

    /** A pipeline told to stop (PowerShell.Stop, or a closing runspace); ends the whole script. */
    public static PSException pipelineStopped() {
        return new PSException(create("PipelineStopped", "OperationStopped", "The pipeline has been stopped.", null,
                "System.Management.Automation.PipelineStoppedException").record(), true);
    }

    /** The error a {@code throw} of a plain value makes. */
    public static PSException thrown(Object value) {
        if (value instanceof ErrorRecord record) {
            return new PSException(record, true);
        }
        if (value instanceof Throwable t) {
            return new PSException(new ErrorRecord(t, dev.jpwsh.runtime.error.ExceptionNames.simpleName(t),
                    "OperationStopped", null, null), true);
        }
        String message = value == null ? "ScriptHalted" : dev.jpwsh.runtime.convert.LanguagePrimitives.toString(value);
        return new PSException(new ErrorRecord(new dev.jpwsh.runtime.error.ThrowStatementException(message), message,
                "OperationStopped", value, null), true);
    }

    /** A parameter binding failure; the processor of the command being bound names the command in it. */
    public static PSException parameterBinding(String errorId, String message) {
        return create(errorId, "InvalidArgument", message, null,
                "System.Management.Automation.ParameterBindingException");
    }

    /** A Java exception from a .NET facade or a conversion, as a terminating error with its .NET type name. */
    public static PSException fromJava(Throwable e) {
        String id = dev.jpwsh.runtime.error.ExceptionNames.simpleName(e);
        return new PSException(new ErrorRecord(e, id, "NotSpecified", null, null));
    }

    /** A runtime exception as the error record PowerShell would make of it. */
    public static PSException of(PSRuntimeException e) {
        return new PSException(new ErrorRecord(e, e.errorId(), e.category(), null, null));
    }
}
