package dev.jpwsh.commands.completion;

import dev.jpwsh.runtime.object.DotNetName;

/** What a completion stands for, as pwsh's CompletionResultType names it (the values are .NET's). */
@DotNetName("System.Management.Automation.CompletionResultType")
public enum CompletionResultType {
    Text, History, Command, ProviderItem, ProviderContainer, Property, Method, ParameterName, ParameterValue,
    Variable, Namespace, Type, Keyword, DynamicKeyword
}
