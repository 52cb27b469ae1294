package dev.jpwsh.engine.languageapi;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.TypeRegistration;
import java.util.List;

/** The .NET names of the language API's classes: every AST class, token, extent, visitor and the parsers. */
public final class LanguageTypeRegistration implements TypeRegistration {
    private static final List<Class<?>> HOLDERS = List.of(BlockAsts.class, AttributeAsts.class, CommandAsts.class,
            ExpressionAsts.class, StatementAsts.class, ClassAsts.class, ScriptTypeNames.class, ScriptToken.class);
    private static final List<Class<?>> TYPES = List.of(Ast.class, AstVisitor.class, AstVisitor2.class,
            ICustomAstVisitor.class, ICustomAstVisitor2.class, AstVisitAction.class, ScriptExtent.class,
            ScriptPosition.class, ScriptTokenKind.class, TokenFlags.class, StringConstantType.class,
            RedirectionStream.class, ScriptVariablePath.class, ScriptParseError.class, ScriptToken.class,
            LanguageParser.class, PSParser.class, PSToken.class, PSTokenType.class, PSParseError.class,
            AstTypeInference.class, AstTypeInference.TypeInferenceRuntimePermissions.class, SyntheticTypeName.class,
            SyntheticTypeName.Member.class,
            dev.jpwsh.engine.command.Cmdlet.class);

    @Override
    public void register(Registrar registrar) {
        TYPES.forEach(type -> alias(registrar, type));
        registrar.alias(ScriptBlockAttributes.CmdletBindingAttribute.class, "CmdletBinding",
                "System.Management.Automation.CmdletBindingAttribute");
        registrar.alias(ScriptBlockAttributes.OutputTypeAttribute.class, "OutputType",
                "System.Management.Automation.OutputTypeAttribute");
        for (Class<?> holder : HOLDERS) {
            for (Class<?> type : holder.getDeclaredClasses()) {
                alias(registrar, type);
            }
        }
    }

    private static void alias(Registrar registrar, Class<?> type) {
        DotNetName name = type.getAnnotation(DotNetName.class);
        if (name != null) {
            registrar.alias(type, name.value());
        }
    }
}
