package dev.jpwsh.commands.utility;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.engine.types.TypeResolver;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.ExceptionNames;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSObject;
import java.util.List;
import java.util.Map;

/**
 * New-Object: an instance of a type with constructor arguments, or a custom object from -Property. In
 * ConstrainedLanguage only core types may be created.
 */
@DotNetName("Microsoft.PowerShell.Commands.NewObjectCommand")
public final class NewObjectCommand extends Cmdlet {
    @Parameter(position = 0)
    private String typeName;

    @Parameter(position = 1, aliases = {"Args"})
    private Object argumentList;

    @Parameter
    private Map<?, ?> property;

    @Override
    protected void endProcessing() {
        if (typeName == null || typeName.equalsIgnoreCase("psobject")
                || typeName.equalsIgnoreCase("System.Management.Automation.PSObject")) {
            writeObject(Conversions.toCustomObject(property == null ? Map.of() : property));
            return;
        }
        Class<?> type = MemberGate.resolveType(frame().context(), typeName);
        if (type == null) {
            throw terminatingError(RuntimeFailures.create("TypeNotFound", "InvalidType", "Cannot find type ["
                    + typeName + "]: verify that the assembly containing this type is loaded.", typeName).record());
        }
        List<Object> args = argumentList == null ? List.of() : Enumeration.toList(argumentList);
        Object instance = construct(type, args);
        if (property != null) {
            property.forEach((k, v) -> MemberGate.set(frame().context(), instance, String.valueOf(k), v, false));
        }
        writeObject(instance);
    }

    /**
     * The new instance; a constructor that failed, or none that fits the arguments, is pwsh's terminating
     * ConstructorInvokedThrowException around the method error.
     */
    private Object construct(Class<?> type, List<Object> args) {
        try {
            return MemberGate.newObject(frame().context(), type, TypeResolver.shared().typeArguments(typeName), args);
        } catch (PSException failed) {
            Throwable cause = failed.record().exception();
            boolean methodError = failed.record().fullyQualifiedErrorId().startsWith("MethodCountCouldNotFindBest")
                    || ExceptionNames.of(cause).endsWith(".MethodInvocationException")
                    || ExceptionNames.of(cause).endsWith(".MethodException");
            if (!methodError) {
                throw failed;
            }
            throw terminatingError(new ErrorRecord(cause, "ConstructorInvokedThrowException", "InvalidOperation",
                    null, null));
        }
    }
}
