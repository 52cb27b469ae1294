package dev.jpwsh.engine.compile;

import dev.jpwsh.engine.classes.DefineTypes;
import dev.jpwsh.engine.classes.TypeDefinition;
import dev.jpwsh.engine.classes.TypeGroup;
import dev.jpwsh.engine.command.Validation;
import dev.jpwsh.engine.node.Expr;
import dev.jpwsh.engine.node.Stmt;
import dev.jpwsh.language.ast.AttributeAst;
import dev.jpwsh.language.ast.AttributeBaseAst;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.ParameterAst;
import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.ast.TypeMemberAst;
import dev.jpwsh.language.ast.AstSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The class and enum definitions of a script block, compiled into one {@link DefineTypes} statement that the block
 * runs first: as in pwsh, a type is known from the start of the block that defines it, not from its statement.
 * The definitions inside a nested script block (a function's body) belong to that block.
 */
final class ClassCompiler {
    private ClassCompiler() {
    }

    /** The statement that defines the block's own types, or null when it has none. */
    static Stmt definitions(ScriptBlockAst ast) {
        String text = ast.extent().text().toLowerCase(Locale.ROOT);
        if (!text.contains("class") && !text.contains("enum")) {
            return null;
        }
        List<StatementAst.TypeDefinition> all = AstSearch.findAll(blocks(ast), StatementAst.TypeDefinition.class);
        if (all.isEmpty()) {
            return null;
        }
        List<StatementAst.TypeDefinition> nested = new ArrayList<>();
        for (ScriptBlockAst inner : AstSearch.findAll(blocks(ast), ScriptBlockAst.class)) {
            nested.addAll(AstSearch.findAll(inner, StatementAst.TypeDefinition.class));
        }
        List<TypeDefinition> own = new ArrayList<>();
        for (StatementAst.TypeDefinition t : all) {
            if (!nested.contains(t)) {
                own.add(definition(t));
            }
        }
        return own.isEmpty() ? null : new DefineTypes(new TypeGroup(List.copyOf(own)));
    }

    /** The block's parts that hold its statements (not its param block, whose defaults are not definitions). */
    private static List<Object> blocks(ScriptBlockAst ast) {
        List<Object> parts = new ArrayList<>();
        for (Object block : new Object[] {ast.beginBlock(), ast.processBlock(), ast.endBlock(), ast.cleanBlock()}) {
            if (block != null) {
                parts.add(block);
            }
        }
        return parts;
    }

    private static TypeDefinition definition(StatementAst.TypeDefinition t) {
        boolean isEnum = t.kind().equalsIgnoreCase("enum");
        boolean flags = t.attributes().stream().anyMatch(a -> a.typeName().fullName().equalsIgnoreCase("Flags")
                || a.typeName().fullName().equalsIgnoreCase("System.Flags")
                || a.typeName().fullName().equalsIgnoreCase("FlagsAttribute"));
        List<TypeDefinition.Property> properties = new ArrayList<>();
        List<TypeDefinition.Method> methods = new ArrayList<>();
        for (TypeMemberAst member : t.members()) {
            switch (member) {
                case TypeMemberAst.Property p -> properties.add(property(p));
                case TypeMemberAst.Method m -> methods.add(method(m));
            }
        }
        return new TypeDefinition(t.name(), isEnum, t.baseTypes().stream().map(b -> b.typeName().fullName()).toList(),
                flags, List.copyOf(properties), List.copyOf(methods), t.extent());
    }

    private static TypeDefinition.Property property(TypeMemberAst.Property p) {
        List<Validation> validations = new ArrayList<>();
        for (AttributeAst attribute : p.attributes()) {
            if (Validation.isValidation(attribute.typeName().fullName())) {
                validations.add(Compiler.validation(attribute));
            }
        }
        return new TypeDefinition.Property(p.name(), p.propertyType() == null ? null
                : p.propertyType().typeName().fullName(), p.modifiers().contains("static"),
                p.modifiers().contains("hidden"), p.initialValue() == null ? null : Compiler.expr(p.initialValue()),
                List.copyOf(validations), p.extent());
    }

    private static TypeDefinition.Method method(TypeMemberAst.Method m) {
        List<TypeDefinition.Parameter> parameters = new ArrayList<>();
        for (ParameterAst p : m.parameters()) {
            String type = null;
            for (AttributeBaseAst a : p.attributes()) {
                if (a instanceof AttributeBaseAst.TypeConstraint constraint) {
                    type = constraint.typeName().fullName();
                }
            }
            parameters.add(new TypeDefinition.Parameter(p.name().path().name(), type));
        }
        List<Expr> baseArguments = null;
        if (m.baseArguments() != null) {
            baseArguments = new ArrayList<>();
            for (ExpressionAst e : m.baseArguments()) {
                baseArguments.add(Compiler.expr(e));
            }
            baseArguments = List.copyOf(baseArguments);
        }
        String returnType = m.returnType() == null ? null : m.returnType().typeName().fullName();
        if (returnType != null && (returnType.equalsIgnoreCase("void") || returnType.equalsIgnoreCase("System.Void"))) {
            returnType = null;
        }
        return new TypeDefinition.Method(m.name(), returnType, m.modifiers().contains("static"),
                m.modifiers().contains("hidden"), m.constructor(), List.copyOf(parameters), baseArguments,
                Compiler.methodBody(m.body()), m.extent());
    }
}
