package dev.jpwsh.commands.data.csv;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;

/** The errors of the CSV cmdlets, with pwsh's ids, categories and messages. */
final class CsvErrors {
    private static final String INVALID_OPERATION = "System.InvalidOperationException";

    private CsvErrors() {
    }

    static PSException quoteFieldsAndUseQuotes() {
        return RuntimeFailures.create("CannotSpecifyQuoteFieldsAndUseQuotes", "InvalidData",
                "You must specify either the -UseQuotes or -QuoteFields parameters, but not both.", null,
                INVALID_OPERATION);
    }

    static PSException pathAndLiteralPath() {
        return RuntimeFailures.create("CannotSpecifyPathAndLiteralPath", "InvalidData",
                "You must specify either the -Path or -LiteralPath parameters, but not both.", null,
                INVALID_OPERATION);
    }

    static PSException appendAndNoHeader() {
        return RuntimeFailures.create("CannotSpecifyBothAppendAndNoHeader", "InvalidData",
                "You must specify either the -Append or -NoHeader parameters, but not both.", null, INVALID_OPERATION);
    }

    /** -Append to a file whose column {@code column} the appended objects lack, without -Force. */
    static PSException mismatchedColumns(String column, String path) {
        return RuntimeFailures.create("CannotAppendCsvWithMismatchedPropertyNames", "InvalidData",
                "Cannot append CSV content to the following file: " + path + ". The appended object does not have a "
                        + "property that corresponds to the following column: " + column + ". To continue with "
                        + "mismatched properties, add the -Force parameter, and then retry the command.", column,
                INVALID_OPERATION);
    }

    /** Two columns of one header with the same name (in any case). */
    static PSException duplicateColumn(String name) {
        return RuntimeFailures.create("AlreadyPresentPSMemberInfoInternalCollectionAdd", "NotSpecified",
                "The member \"" + name + "\" is already present.", null,
                "System.Management.Automation.ExtendedTypeSystemException");
    }

    /** -NoClobber on a file that exists. */
    static PSException noClobber(String path, String resolved) {
        return RuntimeFailures.create("NoClobber", "ResourceExists", "File " + path
                + " already exists and NoClobber was specified.", resolved, "System.IO.IOException");
    }

    /** A file that cannot be opened, with the message .NET's exception would carry. */
    static PSException openFailure(String resolved, String message, String exceptionType) {
        return RuntimeFailures.create("FileOpenFailure", "OpenError", message, resolved, exceptionType);
    }

    static PSException fileNotFound(String resolved) {
        return openFailure(resolved, "Could not find file '" + resolved + "'.", "System.IO.FileNotFoundException");
    }
}
