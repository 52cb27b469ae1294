package dev.jpwsh.engine.languageapi;

import dev.jpwsh.engine.command.OutputTypeName;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/**
 * System.Management.Automation.AstTypeInference: the types a syntax tree's node is known to produce before it runs
 * ({@code InferTypeOf({ 1 }.Ast)} is System.Int32), as PSTypeNames (synthetic ones for hashtable literals). pwsh keeps the class internal; scripts and tests
 * reach it through reflection ({@code [Cmdlet].Assembly.GetType(...)}). {@link TypeInference} does the work.
 */
@DotNetName("System.Management.Automation.AstTypeInference")
public final class AstTypeInference {
    private AstTypeInference() {
    }

    /**
     * The list is declared as pwsh's IList[PSTypeName], which scripts see in the method's signature; it also holds
     * {@link SyntheticTypeName}s, pwsh's PSTypeName subclass, which no Java caller reads as an OutputTypeName.
     */
    @SuppressWarnings("unchecked")
    public static List<OutputTypeName> InferTypeOf(Ast ast) {
        return (List<OutputTypeName>) (List<?>) new TypeInference().infer(ast);
    }

    /** As {@link #InferTypeOf(Ast)}: nothing is evaluated, whatever the permissions allow. */
    public static List<OutputTypeName> InferTypeOf(Ast ast, TypeInferenceRuntimePermissions permissions) {
        return InferTypeOf(ast);
    }

    /** System.Management.Automation.TypeInferenceRuntimePermissions: whether inference may evaluate safe code. */
    @DotNetName("System.Management.Automation.TypeInferenceRuntimePermissions")
    public enum TypeInferenceRuntimePermissions {
        None, AllowSafeEval
    }
}
