package dev.jpwsh.engine.compile;

import dev.jpwsh.engine.classes.ClassErrors;
import dev.jpwsh.engine.classes.DefineTypes;
import dev.jpwsh.engine.classes.TypeDefinition;
import dev.jpwsh.engine.classes.TypeGroup;
import dev.jpwsh.engine.classes.UsingAssembly;
import dev.jpwsh.engine.classes.UsingModule;
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
import dev.jpwsh.language.source.Extent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The class and enum definitions of a script block, compiled into one {@link DefineTypes} statement that the block
 * runs first: as in pwsh, a type is known from the start of the block that defines it, not from its statement.
 * The definitions inside a nested script block (a function's body) belong to that block.
 */
final class ClassCompiler {
    private ClassCompiler() {
    }

    /**
     * What a script block runs before its first statement, or null for nothing: its {@code using module} imports and
     * {@code using assembly} checks, then the definitions of its own types.
     */
    static Stmt prologue(ScriptBlockAst ast) {
        List<Stmt> prologue = new ArrayList<>();
        for (StatementAst.Using using : usings(ast)) {
            switch (using.kind()) {
                case "module" -> prologue.add(new UsingModule(moduleImport(using), usingName(using),
                        using.extent()));
                case "assembly" -> prologue.add(new UsingAssembly(usingName(using), using.extent()));
                default -> {
                }
            }
        }
        Stmt definitions = definitions(ast);
        if (definitions != null) {
            prologue.add(definitions);
        }
        return prologue.isEmpty() ? null : prologue.size() == 1 ? prologue.getFirst()
                : new dev.jpwsh.engine.node.Statements.StatementList(List.copyOf(prologue), List.of());
    }

    /** The namespaces in force in {@code ast}: the enclosing ones and those its {@code using namespace} names. */
    static List<String> namespaces(ScriptBlockAst ast, List<String> enclosing) {
        List<String> namespaces = new ArrayList<>(enclosing);
        for (StatementAst.Using using : usings(ast)) {
            if (using.kind().equals("namespace") && !namespaces.contains(usingName(using))) {
                namespaces.add(usingName(using));
            }
        }
        return namespaces.size() == enclosing.size() ? enclosing : List.copyOf(namespaces);
    }

    /** The block's using statements (they stand at its top, before any other). */
    private static List<StatementAst.Using> usings(ScriptBlockAst ast) {
        return ast.usings();
    }

    private static String usingName(StatementAst.Using using) {
        return using.name() instanceof ExpressionAst.StringConstant constant ? constant.value()
                : using.name().extent().text();
    }

    /**
     * {@code Import-Module} of a {@code using module}'s module, as a statement: a path is relative to the script's
     * folder, as pwsh resolves it when it parses the script.
     */
    private static Stmt moduleImport(StatementAst.Using using) {
        String name = usingName(using);
        String script = using.extent().source().name();
        if ((name.startsWith(".") || name.contains("/")) && !script.isEmpty() && !java.nio.file.Path.of(name)
                .isAbsolute()) {
            java.nio.file.Path folder = java.nio.file.Path.of(script).toAbsolutePath().getParent();
            if (folder != null) {
                name = folder.resolve(name).normalize().toString();
            }
        }
        String text = "Import-Module -Name '" + name.replace("'", "''") + "' -ErrorAction Stop";
        dev.jpwsh.language.parse.ParseResult parsed = dev.jpwsh.language.parse.Parser.parse(
                new dev.jpwsh.language.source.SourceText(script, text));
        return Compiler.statement(parsed.ast().endBlock().statements().getFirst());
    }

    /** The statement that defines the block's own types, or null when it has none. */
    static Stmt definitions(ScriptBlockAst ast) {
        String text = ast.extent().text().toLowerCase(Locale.ROOT);
        if (!text.contains("class") && !text.contains("enum")) {
            return null;
        }
        List<TypeDefinition> own = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (StatementAst.TypeDefinition t : own(blocks(ast), StatementAst.TypeDefinition.class)) {
            if (!names.add(t.name().toLowerCase(Locale.ROOT))) {
                throw ClassErrors.memberAlreadyDefined(t.name(), t.extent());
            }
            own.add(definition(t));
        }
        return own.isEmpty() ? null : new DefineTypes(new TypeGroup(List.copyOf(own), Compiler.namespaces()));
    }

    /** The nodes of a kind below {@code root} that belong to it, not to a script block nested in it. */
    private static <T> List<T> own(Object root, Class<T> type) {
        List<T> all = AstSearch.findAll(root, type);
        if (all.isEmpty()) {
            return all;
        }
        List<T> nested = new ArrayList<>();
        for (ScriptBlockAst inner : AstSearch.findAll(root, ScriptBlockAst.class)) {
            if (inner != root) {
                nested.addAll(AstSearch.findAll(inner, type));
            }
        }
        List<T> own = new ArrayList<>();
        for (T node : all) {
            if (nested.stream().noneMatch(n -> n == node)) {
                own.add(node);
            }
        }
        return own;
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
        return new TypeDefinition(t.name(), isEnum, t.baseTypes().stream().map(ClassCompiler::typeName).toList(),
                flags, List.copyOf(properties), List.copyOf(methods), t.extent());
    }

    private static TypeDefinition.TypeName typeName(AttributeBaseAst.TypeConstraint constraint) {
        return constraint == null ? null : new TypeDefinition.TypeName(constraint.typeName().fullName(),
                constraint.typeName().extent());
    }

    private static TypeDefinition.Property property(TypeMemberAst.Property p) {
        List<Validation> validations = new ArrayList<>();
        for (AttributeAst attribute : p.attributes()) {
            if (Validation.isValidation(attribute.typeName().fullName())) {
                validations.add(Compiler.validation(attribute));
            }
        }
        return new TypeDefinition.Property(p.name(), typeName(p.propertyType()), p.modifiers().contains("static"),
                p.modifiers().contains("hidden"), p.initialValue() == null ? null : Compiler.expr(p.initialValue()),
                List.copyOf(validations), p.extent(), parameter(p));
    }

    /** A property's {@code [Parameter()]} declaration, read as a param block's parameter is; null without one. */
    private static dev.jpwsh.engine.command.ParameterSpec parameter(TypeMemberAst.Property p) {
        if (p.attributes().stream().noneMatch(a -> a.typeName().fullName().equalsIgnoreCase("parameter"))) {
            return null;
        }
        List<AttributeBaseAst> attributes = new ArrayList<>(p.attributes());
        if (p.propertyType() != null) {
            attributes.add(p.propertyType());
        }
        ExpressionAst.Variable name = new ExpressionAst.Variable(p.extent(),
                dev.jpwsh.language.ast.VariablePath.parse(p.name()), false);
        return CommandAttributes.parameter(new ParameterAst(p.extent(), List.copyOf(attributes), name, null), 0);
    }

    /**
     * pwsh's checks of a method's returns: a void method (or constructor) returns no value, any other returns one
     * with every {@code return} and on every code path ({@link MethodFlow}).
     */
    private static void checkReturns(TypeMemberAst.Method m, boolean returnsValue, MethodFlow flow) {
        for (StatementAst.Return r : own(m.body(), StatementAst.Return.class)) {
            if (r.pipeline() != null && !returnsValue) {
                throw ClassErrors.voidMethodHasReturn(r.extent());
            }
            if (r.pipeline() == null && returnsValue) {
                throw ClassErrors.nonVoidMethodMissingReturnValue(r.extent());
            }
        }
        if (returnsValue && flow.endReachable()) {
            throw ClassErrors.methodHasCodePathNotReturn(nameExtent(m));
        }
    }

    /** Where a method's name is written: after its return type, before its parameter list. */
    private static Extent nameExtent(TypeMemberAst.Method m) {
        String text = m.extent().text();
        int at = text.toLowerCase(Locale.ROOT).indexOf(m.name().toLowerCase(Locale.ROOT),
                m.returnType() == null ? 0 : m.returnType().extent().end() - m.extent().start());
        return at < 0 ? m.extent() : new Extent(m.extent().source(), m.extent().start() + at,
                m.extent().start() + at + m.name().length());
    }

    private static TypeDefinition.Method method(TypeMemberAst.Method m) {
        List<TypeDefinition.Parameter> parameters = new ArrayList<>();
        for (ParameterAst p : m.parameters()) {
            TypeDefinition.TypeName type = null;
            for (AttributeBaseAst a : p.attributes()) {
                if (a instanceof AttributeBaseAst.TypeConstraint constraint) {
                    type = typeName(constraint);
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
        TypeDefinition.TypeName returnType = typeName(m.returnType());
        if (returnType != null && (returnType.name().equalsIgnoreCase("void")
                || returnType.name().equalsIgnoreCase("System.Void"))) {
            returnType = null;
        }
        MethodFlow flow = MethodFlow.of(m);
        checkReturns(m, returnType != null, flow);
        flow.checkVariables();
        return new TypeDefinition.Method(m.name(), returnType, m.modifiers().contains("static"),
                m.modifiers().contains("hidden"), m.constructor(), List.copyOf(parameters), baseArguments,
                Compiler.methodBody(m.body()), m.extent());
    }
}
