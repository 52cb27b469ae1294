package dev.jpwsh.engine.exec;

import dev.jpwsh.engine.command.CommandTypes;
import dev.jpwsh.engine.command.RuntimeParameters;
import dev.jpwsh.engine.command.ValidateRangeKind;
import dev.jpwsh.engine.languagemode.PSLanguageMode;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.VariableOptions;
import dev.jpwsh.runtime.object.TypeRegistration;

/**
 * The type names of the interpreter core's classes that scripts see: script blocks, progress records, data
 * collections, language modes, options.
 */
public final class CoreTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(ScriptBlock.class, "scriptblock", "System.Management.Automation.ScriptBlock");
        registrar.alias(CommandTypes.class, "System.Management.Automation.CommandTypes");
        registrar.alias(ValidateRangeKind.class, "System.Management.Automation.ValidateRangeKind");
        registrar.alias(VariableOptions.class, "System.Management.Automation.ScopedItemOptions");
        registrar.alias(ProgressRecord.class, "System.Management.Automation.ProgressRecord");
        registrar.alias(InformationRecord.class, "System.Management.Automation.InformationRecord");
        registrar.alias(PathInfo.class, "System.Management.Automation.PathInfo");
        registrar.alias(ProgressRecord.RecordType.class, "System.Management.Automation.ProgressRecordType");
        registrar.alias(PSDataCollection.class, "System.Management.Automation.PSDataCollection");
        registrar.alias(PSLanguageMode.class, "System.Management.Automation.PSLanguageMode");
        registrar.alias(PSVariable.class, "psvariable", "System.Management.Automation.PSVariable");
        registrar.alias(ConfirmImpact.class, "System.Management.Automation.ConfirmImpact");
        registrar.alias(ShouldProcessReason.class, "System.Management.Automation.ShouldProcessReason");
        registrar.alias(PagingParameters.class, "System.Management.Automation.PagingParameters");
        registrar.alias(RuntimeParameters.Attribute.class, "System.Attribute");
        registrar.alias(RuntimeParameters.Dictionary.class,
                "System.Management.Automation.RuntimeDefinedParameterDictionary");
        registrar.alias(RuntimeParameters.Parameter.class, "System.Management.Automation.RuntimeDefinedParameter");
        registrar.alias(RuntimeParameters.ParameterAttribute.class, "Parameter",
                "System.Management.Automation.ParameterAttribute");
        registrar.alias(RuntimeParameters.AliasAttribute.class, "Alias", "System.Management.Automation.AliasAttribute");
        registrar.alias(RuntimeParameters.ValidateSetAttribute.class, "ValidateSet",
                "System.Management.Automation.ValidateSetAttribute");
        registrar.alias(RuntimeParameters.ValidateNotNullOrEmptyAttribute.class, "ValidateNotNullOrEmpty",
                "System.Management.Automation.ValidateNotNullOrEmptyAttribute");
        registrar.alias(RuntimeParameters.ValidateNotNullAttribute.class, "ValidateNotNull",
                "System.Management.Automation.ValidateNotNullAttribute");
        registrar.alias(RuntimeParameters.ValidateRangeAttribute.class, "ValidateRange",
                "System.Management.Automation.ValidateRangeAttribute");
        registrar.alias(RuntimeParameters.ValidatePatternAttribute.class, "ValidatePattern",
                "System.Management.Automation.ValidatePatternAttribute");
        registrar.alias(RuntimeParameters.ValidateLengthAttribute.class, "ValidateLength",
                "System.Management.Automation.ValidateLengthAttribute");
        registrar.alias(RuntimeParameters.ValidateCountAttribute.class, "ValidateCount",
                "System.Management.Automation.ValidateCountAttribute");
    }
}
