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
 * collections, language modes, options, the command infos Get-Command returns.
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
        registrar.alias(AutomationNull.class, "System.Management.Automation.Internal.AutomationNull");
        registrar.alias(PSLanguageMode.class, "System.Management.Automation.PSLanguageMode");
        registrar.alias(PSVariable.class, "psvariable", "System.Management.Automation.PSVariable");
        registrar.alias(ConfirmImpact.class, "System.Management.Automation.ConfirmImpact");
        registrar.alias(ShouldProcessReason.class, "System.Management.Automation.ShouldProcessReason");
        registrar.alias(PagingParameters.class, "System.Management.Automation.PagingParameters");
        registrar.alias(dev.jpwsh.engine.command.CommandInfo.class, "System.Management.Automation.CommandInfo");
        registrar.alias(dev.jpwsh.engine.command.AliasInfo.class, "System.Management.Automation.AliasInfo");
        registrar.alias(dev.jpwsh.engine.command.CmdletInfo.class, "System.Management.Automation.CmdletInfo");
        registrar.alias(dev.jpwsh.engine.command.CmdletAttribute.class,
                "System.Management.Automation.CmdletAttribute");
        registrar.alias(dev.jpwsh.engine.command.FunctionInfo.class, "System.Management.Automation.FunctionInfo");
        registrar.alias(dev.jpwsh.engine.command.CommonParameterProperties.class,
                "System.Management.Automation.Internal.CommonParameters");
        registrar.alias(dev.jpwsh.engine.command.ApplicationInfo.class, "System.Management.Automation.ApplicationInfo");
        registrar.alias(dev.jpwsh.engine.command.ExternalScriptInfo.class,
                "System.Management.Automation.ExternalScriptInfo");
        registrar.alias(dev.jpwsh.engine.command.OutputTypeName.class, "System.Management.Automation.PSTypeName");
        registrar.alias(MemberInfoTypes.PSScriptMethod.class, "psscriptmethod",
                "System.Management.Automation.PSScriptMethod");
        registrar.alias(MemberInfoTypes.PSScriptProperty.class, "psscriptproperty",
                "System.Management.Automation.PSScriptProperty");
        registrar.alias(MemberInfoTypes.PSAliasProperty.class, "psaliasproperty",
                "System.Management.Automation.PSAliasProperty");
        registrar.alias(MemberInfoTypes.PSVariableProperty.class, "psvariableproperty",
                "System.Management.Automation.PSVariableProperty");
        for (Class<?> type : RuntimeParameters.class.getClasses()) {
            registerRuntimeParameterType(registrar, type);
        }
        for (Class<?> type : dev.jpwsh.engine.command.ParameterAttributeTypes.class.getClasses()) {
            if (type.isEnum() || type == dev.jpwsh.engine.command.ParameterAttributeTypes.PSTypeNameAttribute.class) {
                // pwsh's accelerators name these by their own names ([PSTypeName] is System.Management.Automation.PSTypeName)
                String full = type.getAnnotation(dev.jpwsh.runtime.object.DotNetName.class).value();
                registrar.alias(type, full.substring(full.lastIndexOf('.') + 1), full);
            } else {
                registerRuntimeParameterType(registrar, type);
            }
        }
    }

    /**
     * A {@code dynamicparam} type by its .NET name; an attribute also by the short name a script writes it with
     * ({@code [Parameter]}, {@code [ValidateSet]}), as pwsh finds {@code XAttribute} when asked for {@code X}.
     */
    private static void registerRuntimeParameterType(Registrar registrar, Class<?> type) {
        dev.jpwsh.runtime.object.DotNetName name = type.getAnnotation(dev.jpwsh.runtime.object.DotNetName.class);
        if (name == null) {
            return;
        }
        String full = name.value();
        String simple = full.substring(full.lastIndexOf('.') + 1);
        if (simple.endsWith("Attribute") && !simple.equals("Attribute")) {
            registrar.alias(type, simple.substring(0, simple.length() - "Attribute".length()), full);
        } else {
            registrar.alias(type, full);
        }
    }
}
