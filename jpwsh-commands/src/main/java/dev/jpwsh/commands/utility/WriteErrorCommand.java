package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.InvocationInfo;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorCategories;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.ExceptionNames;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Write-Error: a non-terminating error made from -Message (a WriteErrorException), from -Exception (with -Message
 * as its error details), or -ErrorRecord as it is; -ErrorId (else the exception's type name), -Category,
 * -TargetObject, -RecommendedAction and the category info's -CategoryActivity, -CategoryReason,
 * -CategoryTargetName and -CategoryTargetType. It reports on behalf of its caller: inside a function, under the
 * function's name at the statement that called it; at a script's top level, with no position at all.
 */
@DotNetName("Microsoft.PowerShell.Commands.WriteErrorCommand")
@DefaultParameterSet("NoException")
public final class WriteErrorCommand extends Cmdlet {
    private static final String WRITE_ERROR_EXCEPTION = "Microsoft.PowerShell.Commands.WriteErrorException";
    @Parameter(parameterSetName = "NoException", position = 0, mandatory = true, valueFromPipeline = true,
            aliases = {"Msg"})
    @Parameter(parameterSetName = "WithException")
    private Object message;

    @Parameter(parameterSetName = "WithException", mandatory = true)
    private Throwable exception;

    @Parameter(parameterSetName = "ErrorRecord", mandatory = true)
    private ErrorRecord errorRecord;

    @Parameter(parameterSetName = "NoException")
    @Parameter(parameterSetName = "WithException")
    private String errorId;

    @Parameter(parameterSetName = "NoException")
    @Parameter(parameterSetName = "WithException")
    private String category;

    @Parameter(parameterSetName = "NoException")
    @Parameter(parameterSetName = "WithException")
    private Object targetObject;

    @Parameter
    private String recommendedAction;

    @Parameter(aliases = {"Activity"})
    private String categoryActivity;

    @Parameter(aliases = {"Reason"})
    private String categoryReason;

    @Parameter(aliases = {"TargetName"})
    private String categoryTargetName;

    @Parameter(aliases = {"TargetType"})
    private String categoryTargetType;

    @Override
    protected void processRecord() {
        if (message instanceof ErrorRecord record && exception == null) {
            passOnError(described(record, null));
            return;
        }
        if (errorRecord != null) {
            passOnError(described(errorRecord, null));
            return;
        }
        String text = message == null ? null : LanguagePrimitives.toString(message);
        Throwable thrown = exception != null ? exception
                : new PSRuntimeException("WriteErrorException", categoryName(), text == null ? "" : text, null,
                        WRITE_ERROR_EXCEPTION);
        Object owner = frame().variable("__commandname");
        String id = (errorId == null || errorId.isEmpty() ? ExceptionNames.of(thrown) : errorId)
                + (owner == null ? "" : "," + owner);
        boolean inFunction = owner != null && !owner.toString().endsWith(".ps1");
        ErrorRecord.ScriptPosition where = ErrorRecord.ScriptPosition.NONE;
        if (inFunction && frame().variable("myinvocation") instanceof InvocationInfo info && info.callSite() != null) {
            where = info.callSite();
        }
        ErrorRecord record = new ErrorRecord(thrown, id, categoryName(), targetObject, where,
                inFunction ? owner.toString() : null);
        passOnError(described(record, exception != null && text != null && !text.isEmpty() ? text : null));
    }

    /** pwsh's name for -Category in any case; an unknown name is refused as the ErrorCategory enum refuses it. */
    private String categoryName() {
        if (category == null) {
            return "NotSpecified";
        }
        String name = ErrorCategories.named(category);
        if (name == null) {
            throw terminatingError(RuntimeFailures.create("CannotConvertArgumentNoMessage", "InvalidArgument",
                    "Cannot bind parameter 'Category'. Cannot convert value \"" + category + "\" to type \""
                    + "System.Management.Automation.ErrorCategory\". Error: \"" + ErrorCategories.refusal(category)
                    + "\"", category, "System.Management.Automation.ParameterBindingException").record());
        }
        return name;
    }

    /** The record with the category info and error details the parameters give; unchanged when none is given. */
    private ErrorRecord described(ErrorRecord record, String detailsMessage) {
        boolean recommends = recommendedAction != null && !recommendedAction.isEmpty();
        if (detailsMessage == null && !recommends && categoryActivity == null && categoryReason == null
                && categoryTargetName == null && categoryTargetType == null) {
            return record;
        }
        String details = detailsMessage != null ? detailsMessage
                : recommends && record.getErrorDetails() == null ? record.message() : null;
        ErrorRecord.Described given = record.described();
        return record.describedAs(new ErrorRecord.Described(
                categoryActivity != null ? categoryActivity : given == null ? null : given.activity(),
                categoryReason != null ? categoryReason : given == null ? null : given.reason(),
                categoryTargetName != null ? categoryTargetName : given == null ? null : given.targetName(),
                categoryTargetType != null ? categoryTargetType : given == null ? null : given.targetType(),
                details != null ? details : given == null ? null : given.message(),
                recommends ? recommendedAction : given == null ? null : given.recommendedAction()));
    }
}
