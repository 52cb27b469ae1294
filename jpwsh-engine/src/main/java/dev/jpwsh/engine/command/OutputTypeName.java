package dev.jpwsh.engine.command;

import dev.jpwsh.engine.types.TypeResolver;
import dev.jpwsh.language.ast.AttributeAst;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a command's OutputType: a type's name and, when jpwsh knows it, the type itself (pwsh's
 * PSTypeName). Immutable.
 */
@DotNetName("System.Management.Automation.PSTypeName")
public record OutputTypeName(String name, Class<?> type) {
    /** The entry for a type written by name: its full .NET name when the name resolves, else as written. */
    static OutputTypeName of(String written) {
        Class<?> type = TypeResolver.shared().resolve(written, false);
        return new OutputTypeName(type == null ? written : TypeNames.of(type), type);
    }

    /** A cmdlet's {@link OutputType} names. */
    static List<Object> ofCmdlet(Class<?> implementingType) {
        OutputType declared = implementingType.getAnnotation(OutputType.class);
        List<Object> names = new ArrayList<>();
        if (declared != null) {
            for (String n : declared.value()) {
                names.add(of(n));
            }
        }
        return names;
    }

    /** A function's {@code [OutputType()]} attributes, read from its definition (types or type names). */
    static List<Object> ofFunction(Extent definition) {
        List<Object> names = new ArrayList<>();
        if (definition == null) {
            return names;
        }
        String text = definition.source().text().substring(definition.start(), definition.end());
        ScriptBlockAst ast = Parser.parse(text).ast();
        if (ast.endBlock() != null && !ast.endBlock().statements().isEmpty()
                && ast.endBlock().statements().getFirst() instanceof StatementAst.FunctionDefinition f) {
            ast = f.body();
        }
        if (ast.paramBlock() == null) {
            return names;
        }
        for (AttributeAst attribute : ast.paramBlock().attributes()) {
            if (!attribute.typeName().fullName().equalsIgnoreCase("OutputType")) {
                continue;
            }
            for (ExpressionAst argument : attribute.positionalArguments()) {
                switch (argument) {
                    case ExpressionAst.TypeLiteral t -> names.add(of(t.typeName().fullName()));
                    case ExpressionAst.StringConstant s -> names.add(of(s.value()));
                    default -> {
                    }
                }
            }
        }
        return names;
    }

    public String getName() {
        return name;
    }

    public Class<?> getType() {
        return type;
    }

    @Override
    public String toString() {
        return name;
    }
}
