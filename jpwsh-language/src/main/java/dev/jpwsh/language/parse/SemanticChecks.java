package dev.jpwsh.language.parse;

import dev.jpwsh.language.ast.AstSearch;
import dev.jpwsh.language.ast.AttributeAst;
import dev.jpwsh.language.ast.AttributeBaseAst;
import dev.jpwsh.language.ast.CommandElementAst;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.NamedAttributeArgumentAst;
import dev.jpwsh.language.ast.ParamBlockAst;
import dev.jpwsh.language.ast.ParameterAst;
import dev.jpwsh.language.ast.PipelineElementAst;
import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.ast.TypeMemberAst;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.token.TokenKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The checks pwsh makes on a finished tree, which the grammar alone cannot see: an attribute's named argument given
 * twice, {@code [void]} as a parameter type, workflow-only {@code foreach} parameters, {@code ++}/{@code --} and
 * assignments to what cannot be assigned, {@code [ref]} combined with other types, the parts a class method may not
 * have (a param block, named blocks, a constructor's return type, several types on a parameter), a splatted variable
 * in a command's argument list, and workflows, which pwsh 7 refuses (with their {@code parallel} and {@code sequence}
 * blocks anywhere else); what depends on the enclosing nodes ({@code finally} blocks, class members) is
 * {@link EnclosureChecks}'.
 *
 * <p>They are made as the rules make the nodes, while the nodes are fresh (a walk of the finished tree costs more than
 * the parse): each rule hands its new node to {@link #made}, which notes what it finds in a journal that a rewound
 * reading cuts back ({@link #mark}, {@link #rewind}); what only a later node can settle waits in it (a {@code [ref]}
 * beside another type, allowed on the left of an assignment; {@code parallel}, allowed in a workflow). {@link #errors}
 * then gives them in the order pwsh's walk of the tree meets the nodes: by where the node starts, an enclosing node
 * before the nodes in it.
 */
final class SemanticChecks {
    /** An error and the node pwsh's walk is at when it finds it. */
    record Found(Extent at, ParseError error) {
    }

    /** Where {@link EnclosureChecks} reports. */
    static final class Report {
        private final List<Found> found = new ArrayList<>();

        void add(Extent at, String id, Extent extent, Object... args) {
            found.add(new Found(at, ParseErrors.create(id, extent, false, args)));
        }
    }

    private sealed interface Noted {
    }

    private record Error(Found found) implements Noted {
    }

    /** ReferenceNeedsToBeLastTypeInTypeConversion for {@code reference}, unless it is on the left of an assignment. */
    private record ReferenceBesideType(ExpressionAst.Convert reference, Found found) implements Noted {
    }

    /** The conversions on the left of an assignment (not inside a command there). */
    private record Assigned(List<ExpressionAst.Convert> conversions) implements Noted {
    }

    /** UnexpectedKeyword for {@code parallel} or {@code sequence}, unless a workflow holds it. */
    private record Keyword(StatementAst.Block block) implements Noted {
    }

    private record Workflow(Extent extent) implements Noted {
    }

    private record Finally(StatementAst.Try statement) implements Noted {
    }

    private record TypeDefinition(StatementAst.TypeDefinition type) implements Noted {
    }

    /** What the rules' nodes gave, in the order they were made. */
    private final List<Noted> journal = new ArrayList<>();

    /** {@return where the journal is now, for {@link #rewind}} */
    int mark() {
        return journal.size();
    }

    /** Forgets what the nodes made since {@code mark} gave: a reading that was backed out of. */
    void rewind(int mark) {
        journal.subList(mark, journal.size()).clear();
    }

    /** Checks {@code node}, just made by a rule, and {@return it} */
    <T> T made(T node) {
        switch (node) {
            case StatementAst.Assignment a -> {
                assignable(a.extent(), a.target(), a.operator() == TokenKind.EQUALS, "InvalidLeftHandSide");
                journal.add(new Assigned(assignedConversions(a.target(), new ArrayList<>())));
            }
            case ExpressionAst.Unary u when isIncrement(u.operator()) -> assignable(u.extent(), u.child(), false,
                    "OperatorRequiresVariableOrProperty", u.operator().text());
            case ExpressionAst.Convert c -> conversion(c);
            case AttributeAst attribute -> duplicateNamedArguments(attribute);
            case ParamBlockAst block -> voidParameters(block.extent(), block.parameters());
            case StatementAst.FunctionDefinition function -> {
                voidParameters(function.extent(), function.parameters());
                if (function.kind().equalsIgnoreCase("workflow")) {
                    report(function.extent(), "WorkflowNotSupportedInPowerShellCore", function.extent());
                    journal.add(new Workflow(function.extent()));
                }
            }
            case StatementAst.ForEach loop -> workflowParameters(loop);
            case TypeMemberAst.Method method -> method(method);
            case PipelineElementAst.Command command -> splattedInList(command);
            case StatementAst.Block block -> journal.add(new Keyword(block));
            case StatementAst.Try t when t.finallyBody() != null -> journal.add(new Finally(t));
            case StatementAst.TypeDefinition type -> journal.add(new TypeDefinition(type));
            default -> {
            }
        }
        return node;
    }

    /** {@return the errors found, in the order pwsh reports them} */
    List<ParseError> errors() {
        Set<ExpressionAst.Convert> assigned = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Extent> workflows = new ArrayList<>();
        for (Noted noted : journal) {
            switch (noted) {
                case Assigned a -> assigned.addAll(a.conversions());
                case Workflow w -> workflows.add(w.extent());
                default -> {
                }
            }
        }
        Report report = new Report();
        List<StatementAst.Try> finallyBlocks = new ArrayList<>();
        List<StatementAst.TypeDefinition> types = new ArrayList<>();
        for (Noted noted : journal) {
            switch (noted) {
                case Error e -> report.found.add(e.found());
                case ReferenceBesideType r when !assigned.contains(r.reference()) -> report.found.add(r.found());
                case Keyword k when workflows.stream().noneMatch(w -> encloses(w, k.block().extent())) -> {
                    Extent block = k.block().extent();
                    report.add(block, "UnexpectedKeyword", new Extent(block.source(), block.start(),
                            block.start() + k.block().kind().length()), k.block().kind());
                }
                case Finally f -> finallyBlocks.add(f.statement());
                case TypeDefinition t -> types.add(t.type());
                default -> {
                }
            }
        }
        outermost(finallyBlocks, t -> t.finallyBody().extent()).forEach(t -> EnclosureChecks.finallyBlock(t, report));
        outermost(types, StatementAst.TypeDefinition::extent).forEach(t -> EnclosureChecks.typeDefinition(t, report));
        return report.found.stream().sorted(Comparator.comparingInt((Found f) -> f.at().start())
                .thenComparing(Comparator.comparingInt((Found f) -> f.at().end()).reversed()))
                .map(Found::error).toList();
    }

    /** Those of {@code nodes} whose {@code extent} is in no other's, in source order. */
    private static <T> List<T> outermost(List<T> nodes, Function<T, Extent> extent) {
        List<T> sorted = new ArrayList<>(nodes);
        sorted.sort(Comparator.comparingInt((T node) -> extent.apply(node).start())
                .thenComparing(Comparator.comparingInt((T node) -> extent.apply(node).end()).reversed()));
        List<T> outer = new ArrayList<>();
        int end = -1;
        for (T node : sorted) {
            if (extent.apply(node).end() > end) {
                outer.add(node);
                end = extent.apply(node).end();
            }
        }
        return outer;
    }

    private static boolean encloses(Extent outer, Extent inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }

    private void report(Extent at, String id, Extent extent, Object... args) {
        journal.add(new Error(new Found(at, ParseErrors.create(id, extent, false, args))));
    }

    /**
     * {@code [ref]} in a conversion: it may appear once ({@code [ref][ref]$x} is ReferenceNeedsToBeByItselfInTypeSequence)
     * and only last, next to the value ({@code [int][ref]$x} is ReferenceNeedsToBeLastTypeInTypeConversion, except on
     * the left of an assignment, whose own check reports it).
     */
    private void conversion(ExpressionAst.Convert convert) {
        if (isReference(convert.type())) {
            ExpressionAst child = convert.child();
            while (child instanceof ExpressionAst.Convert || child instanceof ExpressionAst.Attributed) {
                if (child instanceof ExpressionAst.Convert inner) {
                    if (isReference(inner.type())) {
                        report(convert.extent(), "ReferenceNeedsToBeByItselfInTypeSequence", inner.type().extent());
                    }
                    child = inner.child();
                } else {
                    child = ((ExpressionAst.Attributed) child).child();
                }
            }
        } else if (convert.child() instanceof ExpressionAst.Convert reference && isReference(reference.type())
                && !holdsReference(reference.child())) {
            journal.add(new ReferenceBesideType(reference, new Found(reference.extent(), ParseErrors.create(
                    "ReferenceNeedsToBeLastTypeInTypeConversion", reference.type().extent(), false))));
        }
    }

    /** Whether the conversions and attributes that start {@code expression} include a {@code [ref]}. */
    private static boolean holdsReference(ExpressionAst expression) {
        ExpressionAst child = expression;
        while (child instanceof ExpressionAst.Convert || child instanceof ExpressionAst.Attributed) {
            if (child instanceof ExpressionAst.Convert inner) {
                if (isReference(inner.type())) {
                    return true;
                }
                child = inner.child();
            } else {
                child = ((ExpressionAst.Attributed) child).child();
            }
        }
        return false;
    }

    /** The conversions in an assignment's {@code target}, but not in a command's expression there, into {@code into}. */
    private static List<ExpressionAst.Convert> assignedConversions(Object target, List<ExpressionAst.Convert> into) {
        if (target instanceof List<?> list) {
            for (Object item : list) {
                assignedConversions(item, into);
            }
        } else if (target instanceof Record node && !(node instanceof PipelineElementAst.CommandExpression)) {
            if (node instanceof ExpressionAst.Convert convert) {
                into.add(convert);
            }
            for (Object child : AstSearch.children(node)) {
                assignedConversions(child, into);
            }
        }
        return into;
    }

    /** {@code f 'a', @rest}: a splatted variable in a command's list of arguments. */
    private void splattedInList(PipelineElementAst.Command command) {
        for (CommandElementAst element : command.elements()) {
            if (element instanceof ExpressionAst.ArrayLiteral list) {
                for (ExpressionAst item : list.elements()) {
                    if (item instanceof ExpressionAst.Variable v && v.splatted()) {
                        report(v.extent(), "SplattingNotPermittedInArgumentList", v.extent(), v.path().name());
                    }
                }
            }
        }
    }

    private void duplicateNamedArguments(AttributeAst attribute) {
        Extent at = attribute.extent();
        Set<String> names = new HashSet<>();
        for (NamedAttributeArgumentAst argument : attribute.namedArguments()) {
            if (!names.add(argument.name().toLowerCase(Locale.ROOT))) {
                report(at, "DuplicateNamedArgument", argument.extent(), argument.name());
            }
        }
    }

    private void voidParameters(Extent at, List<ParameterAst> parameters) {
        for (ParameterAst parameter : parameters) {
            typeConstraints(parameter.attributes()).filter(type -> isNamed(type, "void", "System.Void")).findFirst()
                    .ifPresent(type -> report(at, "VoidTypeConstraintNotAllowed", type.extent()));
        }
    }

    /** {@code foreach -Parallel} and {@code -ThrottleLimit} are workflow syntax, refused as pwsh refuses them. */
    private void workflowParameters(StatementAst.ForEach loop) {
        Extent at = loop.extent();
        if (loop.parallel()) {
            report(at, "KeywordParameterReservedForFutureUse", loop.extent(), "foreach", "parallel");
        }
        if (loop.throttleLimit() != null) {
            report(at, "KeywordParameterReservedForFutureUse", loop.extent(), "foreach", "throttlelimit");
            if (!loop.parallel()) {
                report(at, "ThrottleLimitRequiresParallelFlag", loop.extent());
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
    private void assignable(Extent at, ExpressionAst target, boolean simple, String error, Object... args) {
        switch (target) {
            case ExpressionAst.ArrayLiteral list when simple -> list.elements()
                    .forEach(element -> assignable(at, element, true, error, args));
            case ExpressionAst.Paren paren when pureExpression(paren.pipeline()) != null ->
                    assignable(at, pureExpression(paren.pipeline()), simple, error, args);
            case ExpressionAst.Paren paren -> report(at, error, paren.pipeline().extent(), args);
            case ExpressionAst.Variable v -> {
            }
            case ExpressionAst.Member m when !m.nullConditional() -> {
            }
            case ExpressionAst.Index i when !i.nullConditional() -> {
            }
            case ExpressionAst.Convert c -> constrainedTarget(at, c, simple, error, args);
            case ExpressionAst.Attributed a -> constrainedTarget(at, a, simple, error, args);
            default -> report(at, error, target.extent(), args);
        }
    }

    /** Type constraints and attributes on an assignment's target, then what they constrain. */
    private void constrainedTarget(Extent at, ExpressionAst target, boolean simple, String error,
            Object... args) {
        int converts = 0;
        Extent reference = null;
        ExpressionAst inner = target;
        while (inner instanceof ExpressionAst.Convert || inner instanceof ExpressionAst.Attributed) {
            if (inner instanceof ExpressionAst.Convert convert) {
                converts++;
                if (isReference(convert.type())) {
                    reference = convert.type().extent();
                } else if (isNamed(convert.type(), "void", "System.Void")) {
                    report(at, "VoidTypeConstraintNotAllowed", convert.type().extent());
                }
                inner = convert.child();
            } else {
                inner = ((ExpressionAst.Attributed) inner).child();
            }
        }
        if (reference != null && converts > 1) {
            report(at, "ReferenceNeedsToBeByItselfInTypeConstraint", reference);
        } else {
            assignable(at, inner, simple, error, args);
        }
    }

    /** The expression a pipeline is when it is one expression and nothing else, else null. */
    private static ExpressionAst pureExpression(StatementAst.PipelineBase pipeline) {
        return pipeline instanceof StatementAst.Pipeline p && p.elements().size() == 1 && !p.background()
                && p.elements().getFirst() instanceof PipelineElementAst.CommandExpression e
                && e.redirections().isEmpty() ? e.expression() : null;
    }

    /** What a class method or constructor may not have. */
    private void method(TypeMemberAst.Method method) {
        Extent at = method.extent();
        ScriptBlockAst body = method.body();
        if (body != null && body.paramBlock() != null) {
            report(at, "ParamBlockNotAllowedInMethod", body.paramBlock().extent());
        }
        if (body != null && (body.beginBlock() != null || body.processBlock() != null || body.cleanBlock() != null
                || body.dynamicParamBlock() != null || body.endBlock() != null && !body.endBlock().unnamed())) {
            Stream.of(body.dynamicParamBlock(), body.beginBlock(), body.processBlock(), body.endBlock())
                    .filter(Objects::nonNull).findFirst()
                    .ifPresent(block -> report(at, "NamedBlockNotAllowedInMethod", block.extent()));
        }
        if (method.constructor() && method.returnType() != null) {
            report(at, "ConstructorCantHaveReturnType", method.returnType().extent());
        }
        for (ParameterAst parameter : method.parameters()) {
            typeConstraints(parameter.attributes()).skip(1).findFirst()
                    .ifPresent(type -> report(at, "MultipleTypeConstraintsOnMethodParam", type.extent()));
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
