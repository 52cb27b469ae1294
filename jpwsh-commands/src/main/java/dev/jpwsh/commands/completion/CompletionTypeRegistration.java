package dev.jpwsh.commands.completion;

import dev.jpwsh.runtime.object.TypeRegistration;

/** The completion types as type literals: {@code [System.Management.Automation.CommandCompletion]} and its results. */
public final class CompletionTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(CommandCompletion.class, "System.Management.Automation.CommandCompletion");
        registrar.alias(CompletionResult.class, "System.Management.Automation.CompletionResult");
        registrar.alias(CompletionResultType.class, "System.Management.Automation.CompletionResultType");
        registrar.alias(CompletionCompleters.class, "System.Management.Automation.CompletionCompleters");
        registrar.alias(IArgumentCompleter.class, "System.Management.Automation.IArgumentCompleter");
    }
}
