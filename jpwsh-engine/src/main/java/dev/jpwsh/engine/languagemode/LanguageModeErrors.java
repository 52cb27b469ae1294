package dev.jpwsh.engine.languagemode;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.language.parse.ParseError;
import dev.jpwsh.language.source.PositionMessage;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.util.List;
import java.util.stream.Collectors;

/** The errors a language mode raises, with pwsh's ids, messages (ParserStrings and friends) and .NET types. */
public final class LanguageModeErrors {
    private static final String PARSE_EXCEPTION = "System.Management.Automation.ParseException";
    /** pwsh's ParseException message names at most this many errors. */
    private static final int MAX_ERRORS_IN_MESSAGE = 10;

    private LanguageModeErrors() {
    }

    /** Script text given to a NoLanguage runspace's API. */
    static PSRuntimeException scriptsNotAllowed() {
        return new PSRuntimeException("ScriptsNotAllowed", "ParserError", "The syntax is not supported by this "
                + "runspace. This can occur if the runspace is in no-language mode.", null, PARSE_EXCEPTION);
    }

    /**
     * Script text that breaks the restricted-language rules, as pwsh's ParseException of several errors: the id of
     * the first, and a message giving each error's position and text, separated by blank lines.
     */
    public static PSRuntimeException restrictedLanguage(List<ParseError> errors) {
        String message = errors.stream().limit(MAX_ERRORS_IN_MESSAGE)
                .map(e -> PositionMessage.verbose(e.extent()) + "\n" + e.message())
                .collect(Collectors.joining("\n\n"));
        if (errors.size() > MAX_ERRORS_IN_MESSAGE) {
            message += "\n\nNot all parse errors were reported.  Correct the reported errors and try again.";
        }
        return new PSRuntimeException(errors.getFirst().errorId(), "ParserError", message, null, PARSE_EXCEPTION);
    }

    /** A command added with useLocalScope false (dot-sourced) to a RestrictedLanguage or NoLanguage runspace. */
    static PSRuntimeException useLocalScopeNotAllowed() {
        return new PSRuntimeException("RuntimeException", "NotSpecified", "UseLocalScope cannot be false when "
                + "language mode is RestrictedLanguage or NoLanguage.");
    }

    static PSException methodInvocationNotSupported() {
        return RuntimeFailures.create("MethodInvocationNotSupportedInConstrainedLanguage", "InvalidOperation",
                "Cannot invoke method. Method invocation is supported only on core types in this language mode.",
                null);
    }

    static PSException propertySetterNotSupported() {
        return RuntimeFailures.create("PropertySetterNotSupportedInConstrainedLanguage", "InvalidOperation",
                "Cannot set property. Property setting is supported only on core types in this language mode.", null);
    }

    static PSException cannotCreateType() {
        return RuntimeFailures.create("CannotCreateTypeConstrainedLanguage", "InvalidOperation",
                "Cannot create type. Only core types are supported in this language mode.", null);
    }

    static PSException conversionToNonCoreType(String typeName) {
        return RuntimeFailures.create("ConversionSupportedOnlyToCoreTypes", "InvalidArgument", "Cannot convert value "
                + "to type \"" + typeName + "\". Only core types are supported in this language mode.", null,
                "System.Management.Automation.PSInvalidCastException");
    }

    /** {@code . command} in a constrained session, of a command defined in another language mode. */
    static PSException dotSourceNotSupported() {
        return RuntimeFailures.create("DotSourceNotSupported", "InvalidOperation", "Cannot dot-source this command "
                + "because it was defined in a different language mode. To invoke this command without importing its "
                + "contents, omit the '.' operator.", null, "System.NotSupportedException");
    }

    /** New-Object of a type that is not a core type, in ConstrainedLanguage. */
    static PSException newObjectCannotCreateType() {
        return RuntimeFailures.create(
                "CannotCreateTypeConstrainedLanguage,Microsoft.PowerShell.Commands.NewObjectCommand",
                "PermissionDenied", "Cannot create type. Only core types are supported in this language mode.", null,
                "System.Management.Automation.PSNotSupportedException");
    }

    /** ForEach-Object's method call by name, refused in RestrictedLanguage. */
    static ErrorRecord forEachMethodInRestrictedLanguage() {
        return RuntimeFailures.create("NoMethodInvocationInRestrictedLanguageMode,"
                + "Microsoft.PowerShell.Commands.ForEachObjectCommand", "InvalidOperation",
                "Cannot invoke a method in the restricted language mode.", null,
                "System.Management.Automation.PSInvalidOperationException").record();
    }

    /** ForEach-Object's method call by name on an object that is not of a core type, in ConstrainedLanguage. */
    static ErrorRecord forEachMethodInConstrainedLanguage() {
        return RuntimeFailures.create("MethodInvocationNotSupportedInConstrainedLanguage,"
                + "Microsoft.PowerShell.Commands.ForEachObjectCommand", "InvalidOperation",
                "Cannot invoke method. Method invocation is supported only on core types in this language mode.",
                null, "System.Management.Automation.PSInvalidOperationException").record();
    }
}
