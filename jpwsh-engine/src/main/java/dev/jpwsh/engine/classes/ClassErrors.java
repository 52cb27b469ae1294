package dev.jpwsh.engine.classes;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;

/**
 * The errors of defining and using script classes and enums, with pwsh's error ids and messages. pwsh finds the
 * definition errors when it parses the script; jpwsh, whose compiled code is shared by sessions that may name
 * different types, finds them as the script starts, before any of its statements ran, and reports them the same way:
 * a ParseException that stops the script.
 */
public final class ClassErrors {
    private ClassErrors() {
    }

    static PSException typeNotFound(String name, Extent where) {
        return parseError("TypeNotFound", "Unable to find type [" + name + "].", where);
    }

    public static PSException voidMethodHasReturn(Extent where) {
        return parseError("VoidMethodHasReturn", "Invalid return statement within void method.", where);
    }

    public static PSException nonVoidMethodMissingReturnValue(Extent where) {
        return parseError("NonVoidMethodMissingReturnValue", "Invalid return statement within non-void method.",
                where);
    }

    public static PSException variableNotLocal(Extent where) {
        return parseError("VariableNotLocal", "Variable is not assigned in the method.", where);
    }

    public static PSException methodHasCodePathNotReturn(Extent where) {
        return parseError("MethodHasCodePathNotReturn", "Not all code path returns value within method.", where);
    }

    static PSException moduleNotFound(String name, Extent where) {
        return parseError("ModuleNotFoundDuringParse", "Could not find the module '" + name + "'.", where);
    }

    static PSException assemblyNotLoadable(String name, Extent where) {
        return parseError("ErrorLoadingAssembly", "Cannot load assembly '" + name + "'.", where);
    }

    static PSException unsupportedMemberName(String name, Extent where) {
        return parseError("NotSupported", "jpwsh cannot define a member named '" + name + "': the JVM allows no '.', "
                + "';', '[', '/', '<' or '>' in member names.", where);
    }

    static PSException cannotGenerate(String name, Extent where) {
        return parseError("TypeTooLarge", "The type '" + name + "' has more members than a class can hold.", where);
    }

    static PSException classesNotAllowed(Extent where) {
        return parseError("ClassesNotAllowedInConstrainedLanguage",
                "Class keyword is not allowed in ConstrainedLanguage mode.", where);
    }

    public static PSException memberAlreadyDefined(String name, Extent where) {
        return parseError("MemberAlreadyDefined", "The member '" + name + "' is already defined.", where);
    }

    static PSException noDefaultConstructor(String baseName, Extent where) {
        return parseError("BaseClassNoDefaultCtor", "Base class '" + baseName
                + "' does not contain a parameterless constructor.", where);
    }

    static PSException cannotDerive(String name, String baseName, Extent where) {
        return parseError("TypeNotDerivable", "Class '" + name + "' cannot derive from '" + baseName
                + "': it is sealed, or has no constructor a derived class may call.", where);
    }

    static PSException notAnInterface(String name, Extent where) {
        return parseError("InterfaceNameExpected", "Interface name expected. '" + name + "' is not an interface.",
                where);
    }

    static PSException enumValueOutOfRange(String underlying, Extent where) {
        return parseError("EnumeratorValueOutOfBounds", "Enumerator value is either too large or too small for "
                + underlying + ".", where);
    }

    /** pwsh reports a missing interface method as .NET's type loader does, when the type is created. */
    static PSException missingImplementation(String type, String method, Extent where) {
        return parseError("TypeCreationError", "Error during creation of type \"" + type + "\". Error message:\n"
                + "Method '" + method + "' in type '" + type + "' does not have an implementation.", where);
    }

    /**
     * A value a validating property refused, as pwsh's SetValueInvocationException says it; its inner exception is
     * the ValidationMetadataException with the reason alone, which a conversion such as {@code [T]@{...}} reports.
     */
    static PSException validationFailed(String property, String reason) {
        PSRuntimeException refusal = new PSRuntimeException("ValidationMetadataException", "MetadataError", reason,
                null, "System.Management.Automation.ValidationMetadataException");
        return new PSException(new ErrorRecord(new PSRuntimeException("ExceptionWhenSetting", "NotSpecified",
                "Exception setting \"" + property + "\": \"" + reason + "\"", refusal,
                "System.Management.Automation.SetValueInvocationException"), "ExceptionWhenSetting", "NotSpecified",
                null, null));
    }

    private static PSException parseError(String id, String message, Extent where) {
        PSRuntimeException error = new PSRuntimeException(id, "ParserError", message, null,
                "System.Management.Automation.ParseException");
        ErrorRecord record = new ErrorRecord(error, id, "ParserError", null, null);
        if (where != null) {
            record = record.withPosition(ErrorRecord.ScriptPosition.of(where));
        }
        return new PSException(record, true);
    }
}
