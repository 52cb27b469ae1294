package dev.jpwsh.language.parse;

import dev.jpwsh.language.ast.AstSearch;
import dev.jpwsh.language.ast.AttributeAst;
import dev.jpwsh.language.ast.AttributeBaseAst;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.NamedAttributeArgumentAst;
import dev.jpwsh.language.ast.NamedBlockAst;
import dev.jpwsh.language.ast.ParamBlockAst;
import dev.jpwsh.language.ast.ParameterAst;
import dev.jpwsh.language.ast.PipelineElementAst;
import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.ast.StatementBlockAst;
import dev.jpwsh.language.ast.TypeMemberAst;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.token.TokenKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The checks pwsh makes on a finished tree, which the grammar alone cannot see: flow that leaves a {@code finally}
 * (ControlLeavingFinally), a loop label a class method lacks (LabelNotFound), an attribute's named argument given
 * twice, {@code [void]} as a parameter type, workflow-only {@code foreach} parameters, {@code ++}/{@code --} and
 * assignments to what cannot be assigned, {@code [ref]} combined with other types, the parts a class method may
 * not have (a param block, named blocks, a constructor's return type, several types on a parameter), {@code $this} in
 * a static member, a splatted variable in a command's argument list, and workflows, which pwsh 7 refuses (with
 * their {@code parallel} and {@code sequence} blocks anywhere else). One walk over
 * the tree, keeping the nodes above the current one; errors are pwsh's ids at pwsh's positions.
 */
final class SemanticChecks {
    private final List<ParseError> errors = new ArrayList<>();
    /** The nodes from the root down to the one being checked (not including it). */
    private final List<Record> ancestors = new ArrayList<>();

    private SemanticChecks() {
    }

    /** {@return the errors the checks find in {@code script}, in the order met} */
    static List<ParseError> of(ScriptBlockAst script) {
        SemanticChecks checks = new SemanticChecks();
        checks.walk(script);
        return checks.errors;
    }

    private void walk(Object node) {
        if (node instanceof List<?> list) {
            for (Object item : list) {
                walk(item);
            }
            return;
        }
        if (!(node instanceof Record record)) {
            return;
        }
        check(record);
        ancestors.add(record);
        for (Object child : AstSearch.children(record)) {
            walk(child);
        }
        ancestors.removeLast();
    }

    private void check(Record node) {
        switch (node) {
            case StatementAst.Break b -> flowStatement(b, b.label());
            case StatementAst.Continue c -> flowStatement(c, c.label());
            case StatementAst.Return r -> flowOutOfFinally(r.extent(), null);
            case AttributeAst attribute -> duplicateNamedArguments(attribute);
            case ParamBlockAst block -> voidParameters(block.parameters());
            case StatementAst.FunctionDefinition function -> {
                voidParameters(function.parameters());
                if (function.kind().equalsIgnoreCase("workflow")) {
                    report("WorkflowNotSupportedInPowerShellCore", function.extent());
                }
            }
            case StatementAst.ForEach loop -> workflowParameters(loop);
            case ExpressionAst.Unary unary when isIncrement(unary.operator()) -> assignable(unary.child(), false,
                    "OperatorRequiresVariableOrProperty", unary.operator().text());
            case StatementAst.Assignment assignment -> assignable(assignment.target(),
                    assignment.operator() == TokenKind.EQUALS, "InvalidLeftHandSide");
            case ExpressionAst.Convert convert when isReference(convert.type()) -> referenceConversion(convert);
            case TypeMemberAst.Method method -> method(method);
            case ExpressionAst.Variable v when v.splatted() -> splattedInList(v);
            case ExpressionAst.Variable v when v.path().name().equalsIgnoreCase("this") && inStaticMember() ->
                    report("NonStaticMemberAccessInStaticMember", v.extent(), v.path().name());
            case StatementAst.Block block when !inWorkflow() -> report("UnexpectedKeyword",
                    new Extent(block.extent().source(), block.extent().start(),
                            block.extent().start() + block.kind().length()), block.kind());
            default -> {
            }
        }
    }

    private void report(String id, Extent extent, Object... args) {
        errors.add(ParseErrors.create(id, extent, false, args));
    }

    /** A break or continue: its label when written as a constant ("" when none, null when computed). */
    private void flowStatement(StatementAst statement, ExpressionAst label) {
        String name = label == null ? "" : label instanceof ExpressionAst.StringConstant s ? s.value() : null;
        flowOutOfFinally(statement.extent(), name);
        labelExists(statement.extent(), name);
    }

    /**
     * ControlLeavingFinally: the statement is in a {@code finally} block of the same script block, function or trap,
     * and no loop between them takes its label ({@code label} null: a return, or a label not known until it runs).
     */
    private void flowOutOfFinally(Extent statement, String label) {
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            Record parent = ancestors.get(i);
            if (parent instanceof NamedBlockAst || parent instanceof StatementAst.Trap
                    || parent instanceof ScriptBlockAst) {
                return;
            }
            if (label != null && matchesLabel(parent, label)) {
                return;
            }
            if (parent instanceof StatementBlockAst block && i > 0
                    && ancestors.get(i - 1) instanceof StatementAst.Try t && t.finallyBody() == block) {
                report("ControlLeavingFinally", statement);
                return;
            }
        }
    }

    /** LabelNotFound: in a class method, a constant label no enclosing loop of the method has. */
    private void labelExists(Extent statement, String label) {
        if (label == null || label.isEmpty()) {
            return;
        }
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            Record parent = ancestors.get(i);
            if (parent instanceof TypeMemberAst.Method) {
                report("LabelNotFound", statement, label);
                return;
            }
            if (parent instanceof StatementAst.FunctionDefinition || matchesLabel(parent, label)) {
                return;
            }
        }
    }

    /** Whether {@code node} is a loop or switch labelled {@code label}, which a break or continue with it ends. */
    private static boolean matchesLabel(Record node, String label) {
        String own = switch (node) {
            case StatementAst.While w -> w.label();
            case StatementAst.DoLoop d -> d.label();
            case StatementAst.For f -> f.label();
            case StatementAst.ForEach f -> f.label();
            case StatementAst.Switch s -> s.label();
            default -> null;
        };
        boolean loop = node instanceof StatementAst.While || node instanceof StatementAst.DoLoop
                || node instanceof StatementAst.For || node instanceof StatementAst.ForEach
                || node instanceof StatementAst.Switch;
        return loop && label.equalsIgnoreCase(Objects.requireNonNullElse(own, ""));
    }

    /** {@code f 'a', @rest}: a splatted variable in a command's list of arguments. */
    private void splattedInList(ExpressionAst.Variable variable) {
        int parent = ancestors.size() - 1;
        if (parent > 0 && ancestors.get(parent) instanceof ExpressionAst.ArrayLiteral
                && ancestors.get(parent - 1) instanceof PipelineElementAst.Command) {
            report("SplattingNotPermittedInArgumentList", variable.extent(), variable.path().name());
        }
    }

    /** Whether the nearest class member above is static (a static method, or a static property's initial value). */
    private boolean inStaticMember() {
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            if (ancestors.get(i) instanceof TypeMemberAst member) {
                List<String> modifiers = member instanceof TypeMemberAst.Method m ? m.modifiers()
                        : ((TypeMemberAst.Property) member).modifiers();
                return modifiers.contains("static");
            }
        }
        return false;
    }

    /** Whether a workflow definition encloses the node, where {@code parallel { }} and {@code sequence { }} belong. */
    private boolean inWorkflow() {
        return ancestors.stream().anyMatch(node -> node instanceof StatementAst.FunctionDefinition f
                && f.kind().equalsIgnoreCase("workflow"));
    }

    private void duplicateNamedArguments(AttributeAst attribute) {
        Set<String> names = new HashSet<>();
        for (NamedAttributeArgumentAst argument : attribute.namedArguments()) {
            if (!names.add(argument.name().toLowerCase(Locale.ROOT))) {
                report("DuplicateNamedArgument", argument.extent(), argument.name());
            }
        }
    }

    private void voidParameters(List<ParameterAst> parameters) {
        for (ParameterAst parameter : parameters) {
            typeConstraints(parameter.attributes()).filter(type -> isNamed(type, "void", "System.Void")).findFirst()
                    .ifPresent(type -> report("VoidTypeConstraintNotAllowed", type.extent()));
        }
    }

    /** {@code foreach -Parallel} and {@code -ThrottleLimit} are workflow syntax, refused as pwsh refuses them. */
    private void workflowParameters(StatementAst.ForEach loop) {
        if (loop.parallel()) {
            report("KeywordParameterReservedForFutureUse", loop.extent(), "foreach", "parallel");
        }
        if (loop.throttleLimit() != null) {
            report("KeywordParameterReservedForFutureUse", loop.extent(), "foreach", "throttlelimit");
            if (!loop.parallel()) {
                report("ThrottleLimitRequiresParallelFlag", loop.extent());
            }
        }
    }

    private static boolean isIncrement(TokenKind operator) {
        return operator == TokenKind.PLUS_PLUS || operator == TokenKind.MINUS_MINUS
                || operator == TokenKind.POSTFIX_PLUS_PLUS || operator == TokenKind.POSTFIX_MINUS_MINUS;
    }

    /**
     * pwsh's rule for what {@code =} (a {@code simple} assignment, which may spread over an array of targets), the
     * compound assignments and {@code ++}/{@code --} may change: a variable, a property or an element (not through
     * {@code ?.} or {@code ?[]}), behind type constraints where {@code [ref]} stands alone and {@code [void]} does not
     * stand; the {@code error} at the first part that is none of these.
     */
    private void assignable(ExpressionAst target, boolean simple, String error, Object... args) {
        switch (target) {
            case ExpressionAst.ArrayLiteral list when simple -> list.elements()
                    .forEach(element -> assignable(element, true, error, args));
            case ExpressionAst.Paren paren when pureExpression(paren.pipeline()) != null ->
                    assignable(pureExpression(paren.pipeline()), simple, error, args);
            case ExpressionAst.Paren paren -> report(error, paren.pipeline().extent(), args);
            case ExpressionAst.Variable v -> {
            }
            case ExpressionAst.Member m when !m.nullConditional() -> {
            }
            case ExpressionAst.Index i when !i.nullConditional() -> {
            }
            case ExpressionAst.Convert c -> constrainedTarget(c, simple, error, args);
            case ExpressionAst.Attributed a -> constrainedTarget(a, simple, error, args);
            default -> report(error, target.extent(), args);
        }
    }

    /** Type constraints and attributes on an assignment's target, then what they constrain. */
    private void constrainedTarget(ExpressionAst target, boolean simple, String error, Object... args) {
        int converts = 0;
        Extent reference = null;
        ExpressionAst inner = target;
        while (inner instanceof ExpressionAst.Convert || inner instanceof ExpressionAst.Attributed) {
            if (inner instanceof ExpressionAst.Convert convert) {
                converts++;
                if (isReference(convert.type())) {
                    reference = convert.type().extent();
                } else if (isNamed(convert.type(), "void", "System.Void")) {
                    report("VoidTypeConstraintNotAllowed", convert.type().extent());
                }
                inner = convert.child();
            } else {
                inner = ((ExpressionAst.Attributed) inner).child();
            }
        }
        if (reference != null && converts > 1) {
            report("ReferenceNeedsToBeByItselfInTypeConstraint", reference);
        } else {
            assignable(inner, simple, error, args);
        }
    }

    /** The expression a pipeline is when it is one expression and nothing else, else null. */
    private static ExpressionAst pureExpression(StatementAst.PipelineBase pipeline) {
        return pipeline instanceof StatementAst.Pipeline p && p.elements().size() == 1 && !p.background()
                && p.elements().getFirst() instanceof PipelineElementAst.CommandExpression e
                && e.redirections().isEmpty() ? e.expression() : null;
    }

    /**
     * {@code [ref]} in a conversion: it may appear once ({@code [ref][ref]$x} is ReferenceNeedsToBeByItselfInTypeSequence)
     * and only last, next to the value ({@code [int][ref]$x} is ReferenceNeedsToBeLastTypeInTypeConversion, except on
     * the left of an assignment, whose own check reports it).
     */
    private void referenceConversion(ExpressionAst.Convert convert) {
        boolean multiple = false;
        ExpressionAst child = convert.child();
        while (child instanceof ExpressionAst.Convert || child instanceof ExpressionAst.Attributed) {
            if (child instanceof ExpressionAst.Convert inner) {
                if (isReference(inner.type())) {
                    multiple = true;
                    report("ReferenceNeedsToBeByItselfInTypeSequence", inner.type().extent());
                }
                child = inner.child();
            } else {
                child = ((ExpressionAst.Attributed) child).child();
            }
        }
        if (!multiple && !ancestors.isEmpty() && ancestors.getLast() instanceof ExpressionAst.Convert parent
                && !isReference(parent.type()) && !onLeftOfAssignment(convert)) {
            report("ReferenceNeedsToBeLastTypeInTypeConversion", convert.type().extent());
        }
    }

    /** Whether {@code node} is in the target of the assignment that encloses it (up to the statement's command). */
    private boolean onLeftOfAssignment(ExpressionAst node) {
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            Record parent = ancestors.get(i);
            if (parent instanceof StatementAst.Assignment assignment) {
                return AstSearch.findAll(assignment.target(), ExpressionAst.Convert.class).contains(node);
            }
            if (parent instanceof PipelineElementAst.CommandExpression) {
                return false;
            }
        }
        return false;
    }

    /** What a class method or constructor may not have. */
    private void method(TypeMemberAst.Method method) {
        ScriptBlockAst body = method.body();
        if (body != null && body.paramBlock() != null) {
            report("ParamBlockNotAllowedInMethod", body.paramBlock().extent());
        }
        if (body != null && (body.beginBlock() != null || body.processBlock() != null || body.cleanBlock() != null
                || body.dynamicParamBlock() != null || body.endBlock() != null && !body.endBlock().unnamed())) {
            Stream.of(body.dynamicParamBlock(), body.beginBlock(), body.processBlock(), body.endBlock())
                    .filter(Objects::nonNull).findFirst()
                    .ifPresent(block -> report("NamedBlockNotAllowedInMethod", block.extent()));
        }
        if (method.constructor() && method.returnType() != null) {
            report("ConstructorCantHaveReturnType", method.returnType().extent());
        }
        for (ParameterAst parameter : method.parameters()) {
            typeConstraints(parameter.attributes()).skip(1).findFirst()
                    .ifPresent(type -> report("MultipleTypeConstraintsOnMethodParam", type.extent()));
        }
    }

    private static Stream<AttributeBaseAst.TypeConstraint> typeConstraints(List<AttributeBaseAst> attributes) {
        return attributes.stream().filter(AttributeBaseAst.TypeConstraint.class::isInstance)
                .map(AttributeBaseAst.TypeConstraint.class::cast);
    }

    private static boolean isReference(AttributeBaseAst.TypeConstraint type) {
        return isNamed(type, "ref", "System.Management.Automation.PSReference");
    }

    private static boolean isNamed(AttributeBaseAst.TypeConstraint type, String accelerator, String fullName) {
        String name = type.typeName().fullName();
        return name.equalsIgnoreCase(accelerator) || name.equalsIgnoreCase(fullName);
    }
}
