package dev.jpwsh.engine.compile;

import dev.jpwsh.engine.command.ArgumentSpelling;
import dev.jpwsh.engine.compile.bytecode.Tiered;
import dev.jpwsh.engine.compile.bytecode.TieredLoop;
import dev.jpwsh.engine.command.CommandName;
import dev.jpwsh.engine.command.ParameterSpec;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.node.Access;
import dev.jpwsh.engine.node.Assignable;
import dev.jpwsh.engine.node.Expr;
import dev.jpwsh.engine.node.Literals;
import dev.jpwsh.engine.node.Loops;
import dev.jpwsh.engine.node.Operators.ArithmeticOp;
import dev.jpwsh.engine.node.Pipelines;
import dev.jpwsh.engine.node.Redirections;
import dev.jpwsh.engine.node.Statements;
import dev.jpwsh.engine.node.Stmt;
import dev.jpwsh.engine.node.TextOperators;
import dev.jpwsh.engine.node.Variables;
import dev.jpwsh.language.ast.AttributeAst;
import dev.jpwsh.language.ast.CatchClauseAst;
import dev.jpwsh.language.ast.CommandElementAst;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.NamedBlockAst;
import dev.jpwsh.language.ast.ParameterAst;
import dev.jpwsh.language.ast.PipelineElementAst;
import dev.jpwsh.language.ast.RedirectionAst;
import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.ast.StatementBlockAst;
import dev.jpwsh.language.ast.VariablePath;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.token.TokenKind;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.ops.Comparison;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Turns a syntax tree into executable nodes: one exhaustive switch per AST family, one node per construct.
 * The result holds no session state, so it is shared by every runspace. Stateless; any thread may compile.
 */
public final class Compiler {
    private Compiler() {
    }

    /**
     * Whether the code being compiled on this thread is a class method's body, whose {@code return} gives the
     * method's value rather than output. A script block literal inside a method is not.
     */
    private static final ThreadLocal<Boolean> IN_METHOD = ThreadLocal.withInitial(() -> false);

    /**
     * The namespaces the {@code using namespace} statements of the script being compiled on this thread name: its
     * nested blocks' type names are looked up in them too.
     */
    private static final ThreadLocal<List<String>> NAMESPACES = ThreadLocal.withInitial(List::of);

    /** A script file or script block body. */
    public static ScriptBlock.Compiled scriptBlock(ScriptBlockAst ast) {
        return body(ast, false);
    }

    /** A type name as the script being compiled means it: in its {@code using namespace} namespaces too. */
    static Access.TypeLiteral typeLiteral(String name) {
        return new Access.TypeLiteral(name, NAMESPACES.get());
    }

    /** The namespaces in force while compiling {@code ast}: those its own using statements add to the enclosing. */
    static List<String> namespaces() {
        return NAMESPACES.get();
    }

    /** A class method's or constructor's body: its {@code return} gives the method's value. */
    static ScriptBlock.Compiled methodBody(ScriptBlockAst ast) {
        return body(ast, true);
    }

    private static ScriptBlock.Compiled body(ScriptBlockAst ast, boolean method) {
        boolean outer = IN_METHOD.get();
        List<String> outerNamespaces = NAMESPACES.get();
        IN_METHOD.set(method);
        NAMESPACES.set(ClassCompiler.namespaces(ast, outerNamespaces));
        try {
            return compileBody(ast);
        } finally {
            IN_METHOD.set(outer);
            NAMESPACES.set(outerNamespaces);
        }
    }

    private static ScriptBlock.Compiled compileBody(ScriptBlockAst ast) {
        List<ParameterSpec> parameters = new ArrayList<>();
        boolean cmdletBinding = false;
        String defaultSet = null;
        if (ast.paramBlock() != null) {
            cmdletBinding = ast.paramBlock().attributes().stream().anyMatch(CommandAttributes::isCmdletBinding);
            defaultSet = CommandAttributes.defaultParameterSet(ast.paramBlock().attributes());
            int index = 0;
            for (ParameterAst p : ast.paramBlock().parameters()) {
                ParameterSpec spec = CommandAttributes.parameter(p, index++);
                cmdletBinding |= p.attributes().stream().anyMatch(a -> a instanceof AttributeAst attr
                        && attr.typeName().fullName().equalsIgnoreCase("Parameter"));
                parameters.add(spec);
            }
        }
        Stmt begin = block(ast.beginBlock());
        Stmt process = block(ast.processBlock());
        Stmt end = DirectReturns.endBlock(block(ast.endBlock()));
        Stmt types = ClassCompiler.prologue(ast);
        if (types != null) {
            if (begin != null || process == null && end == null) {
                begin = begin == null ? types : new Statements.StatementList(List.of(types, begin), List.of());
            } else if (process != null) {
                process = new Statements.StatementList(List.of(types, process), List.of());
            } else {
                end = new Statements.StatementList(List.of(types, end), List.of());
            }
        }
        return new ScriptBlock.Compiled(bodyText(ast), List.copyOf(parameters), Tiered.of(begin), Tiered.of(process),
                Tiered.of(end), Tiered.of(block(ast.cleanBlock())), cmdletBinding, defaultSet, ast.extent(),
                CommandAttributes.options(ast));
    }

    /** A script block's text as {@code ToString()} gives it: a literal's without its braces. */
    private static String bodyText(ScriptBlockAst ast) {
        String text = ast.extent().text();
        return text.length() >= 2 && text.startsWith("{") && text.endsWith("}") ? text.substring(1, text.length() - 1)
                : text;
    }

    /**
     * A function: its {@code function f($a)} parameters, if any, come before its body's param block; its text, as
     * pwsh's ToString gives it, is then {@code param($a)}, a line break and the body without its braces.
     */
    private static ScriptBlock.Compiled function(StatementAst.FunctionDefinition f) {
        ScriptBlock.Compiled body = scriptBlock(f.body());
        List<ParameterSpec> parameters = new ArrayList<>();
        StringJoiner paramText = new StringJoiner(", ", "param(", ")\n");
        int index = 0;
        for (ParameterAst p : f.parameters()) {
            parameters.add(CommandAttributes.parameter(p, index++));
            paramText.add(p.extent().text());
        }
        return new ScriptBlock.Compiled(f.parameters().isEmpty() ? body.text() : paramText + body.text(),
                f.parameters().isEmpty() ? body.parameters() : List.copyOf(parameters), body.begin(), body.process(),
                body.end(), body.clean(), body.cmdletBinding(), body.defaultParameterSet(), f.extent(),
                body.options());
    }

    /** A {@code [Validate*()]} attribute with its arguments compiled. */
    static dev.jpwsh.engine.command.Validation validation(AttributeAst attribute) {
        List<Expr> args = new ArrayList<>();
        for (ExpressionAst e : attribute.positionalArguments()) {
            args.add(expr(e));
        }
        return new dev.jpwsh.engine.command.Validation(attribute.typeName().fullName().toLowerCase(Locale.ROOT),
                List.copyOf(args));
    }

    static Stmt block(NamedBlockAst block) {
        return block == null ? null : statements(block.statements(), block.traps());
    }

    static Stmt block(StatementBlockAst block) {
        return statements(block.statements(), block.traps());
    }

    /**
     * The body of a {@code do} or {@code foreach} loop, which runs often enough to be compiled to JVM code even when
     * its loop runs once; a {@code for} or {@code while} loop is compiled whole instead ({@link TieredLoop}).
     */
    private static Stmt loopBody(StatementBlockAst body) {
        return Tiered.of(block(body));
    }

    private static Stmt statements(List<StatementAst> statements, List<StatementAst.Trap> traps) {
        List<Stmt> compiled = new ArrayList<>(statements.size());
        for (StatementAst s : statements) {
            compiled.add(new Statements.Located(statement(s), position(s.extent())));
        }
        List<Statements.Trap> compiledTraps = new ArrayList<>();
        for (StatementAst.Trap t : traps) {
            compiledTraps.add(new Statements.Trap(t.trapType() == null ? null : t.trapType().typeName().fullName(),
                    block(t.body())));
        }
        return new Statements.StatementList(List.copyOf(compiled), List.copyOf(compiledTraps));
    }

    static ErrorRecord.ScriptPosition position(Extent extent) {
        return ErrorRecord.ScriptPosition.of(extent);
    }

    // ---- statements ----

    static Stmt statement(StatementAst s) {
        return switch (s) {
            case StatementAst.Pipeline p when p.background() -> BackgroundJobs.of(p);
            case StatementAst.PipelineChain c when c.background() -> BackgroundJobs.of(c);
            case StatementAst.Pipeline p -> pipeline(p);
            case StatementAst.PipelineChain c -> chain(c);
            case StatementAst.Assignment a -> assignment(a);
            case StatementAst.If i -> ifStatement(i);
            case StatementAst.While w -> TieredLoop.of(new Loops.For(w.label(), null, locatedCondition(w.condition()), null,
                    block(w.body())));
            case StatementAst.DoLoop d -> new Loops.DoLoop(d.label(), loopBody(d.body()), locatedCondition(d.condition()),
                    d.until());
            case StatementAst.For f -> TieredLoop.of(new Loops.For(f.label(), f.initializer() == null ? null
                    : statement(f.initializer()), f.condition() == null ? null : locatedCondition(f.condition()),
                    f.iterator() == null ? null : statement(f.iterator()), block(f.body())));
            case StatementAst.ForEach f -> new Loops.ForEach(f.label(), (Assignable) expr(f.variable()),
                    condition(f.collection()), loopBody(f.body()));
            case StatementAst.Switch sw -> switchStatement(sw);
            case StatementAst.Try t -> tryStatement(t);
            case StatementAst.Trap t -> new Statements.Discard(new Literals.Constant(null));
            case StatementAst.Break b -> new Statements.Break(label(b.label()));
            case StatementAst.Continue c -> new Statements.Continue(label(c.label()));
            case StatementAst.Return r when IN_METHOD.get() -> new Statements.MethodReturn(r.pipeline() == null ? null
                    : condition(r.pipeline()));
            case StatementAst.Return r -> new Statements.Return(r.pipeline() == null ? null : condition(r.pipeline()),
                    false);
            case StatementAst.Exit e -> new Statements.Exit(e.pipeline() == null ? null : condition(e.pipeline()));
            case StatementAst.Throw t -> new Statements.Throw(t.pipeline() == null ? null : condition(t.pipeline()));
            case StatementAst.FunctionDefinition f -> functionDefinition(f);
            case StatementAst.Data d -> d.variable() == null ? block(d.body())
                    : new Statements.Assign((Assignable) variable(VariablePath.parse(d.variable())),
                            new Literals.SubExpression(block(d.body())));
            case StatementAst.Using u -> new Statements.Discard(new Literals.Constant(null));
            case StatementAst.TypeDefinition t -> new Statements.Discard(new Literals.Constant(null));
            case StatementAst.Block b -> block(b.body());
            case StatementAst.Error e -> throw Unsupported.construct("a statement with parse errors", e.extent());
        };
    }

    private static String label(ExpressionAst label) {
        return label instanceof ExpressionAst.StringConstant s ? s.value() : null;
    }

    private static Stmt functionDefinition(StatementAst.FunctionDefinition f) {
        String name = f.name();
        String qualifier = "";
        int colon = name.indexOf(':');
        if (colon > 0) {
            qualifier = name.substring(0, colon);
            name = name.substring(colon + 1);
        }
        return new Statements.FunctionDefinition(name, qualifier, function(f));
    }

    private static Stmt chain(StatementAst.PipelineChain c) {
        Stmt left = statement(c.left());
        Stmt right = pipeline(c.right());
        return new dev.jpwsh.engine.node.Chains.Chain(left, c.operator() == TokenKind.AND_AND, right);
    }

    private static Stmt ifStatement(StatementAst.If i) {
        List<Expr> conditions = new ArrayList<>();
        List<Stmt> bodies = new ArrayList<>();
        for (StatementAst.IfClause clause : i.clauses()) {
            conditions.add(locatedCondition(clause.condition()));
            bodies.add(block(clause.body()));
        }
        return new Statements.If(conditions, bodies, i.elseBody() == null ? null : block(i.elseBody()));
    }

    private static Stmt tryStatement(StatementAst.Try t) {
        List<Statements.Catch> catches = new ArrayList<>();
        for (CatchClauseAst c : t.catches()) {
            catches.add(new Statements.Catch(c.catchTypes().stream().map(ct -> ct.typeName().fullName()).toList(),
                    block(c.body())));
        }
        return new Statements.Try(block(t.body()), catches, t.finallyBody() == null ? null : block(t.finallyBody()));
    }

    private static Stmt switchStatement(StatementAst.Switch sw) {
        Loops.SwitchMode mode = Loops.SwitchMode.EQUALS;
        boolean caseSensitive = false;
        for (String flag : sw.flags()) {
            switch (flag) {
                case "regex" -> mode = Loops.SwitchMode.REGEX;
                case "wildcard" -> mode = Loops.SwitchMode.WILDCARD;
                case "exact" -> mode = Loops.SwitchMode.EXACT;
                case "casesensitive" -> caseSensitive = true;
                case "file" -> throw Unsupported.construct("switch -File", sw.extent());
                default -> {
                }
            }
        }
        List<Loops.SwitchClause> clauses = new ArrayList<>();
        for (StatementAst.SwitchClause c : sw.clauses()) {
            clauses.add(new Loops.SwitchClause(expr(c.test()), block(c.body())));
        }
        return new Loops.Switch(sw.label(), mode, caseSensitive, condition(sw.condition()), clauses,
                sw.defaultBody() == null ? null : block(sw.defaultBody()));
    }

    /** An assignment used as a value ({@code $a = $b = 1}, {@code ($x = 5)}): assigns, then gives the value. */
    static Expr assignmentValue(StatementAst.Assignment a) {
        Stmt assign = assignment(a);
        Expr target = expr(a.target());
        return frame -> {
            assign.exec(frame, dev.jpwsh.engine.exec.Pipe.NULL);
            return target.eval(frame);
        };
    }

    /** What a condition or right-hand side yields: a lone expression as is, any other pipeline's output. */
    static Expr condition(StatementAst.PipelineBase pipeline) {
        if (pipeline instanceof StatementAst.Assignment a) {
            return assignmentValue(a);
        }
        ExpressionAst lone = loneExpression(pipeline);
        if (lone != null) {
            return expr(lone);
        }
        return new Literals.SubExpression(statement(pipeline));
    }

    /**
     * The condition of an {@code if} or a loop: when it is a lone expression, with its own position for the errors
     * it raises, as pwsh places them; a pipeline of commands places its errors itself.
     */
    private static Expr locatedCondition(StatementAst.PipelineBase pipeline) {
        Expr condition = condition(pipeline);
        return loneExpression(pipeline) == null ? condition
                : new Statements.LocatedCondition(condition, position(pipeline.extent()));
    }

    private static ExpressionAst loneExpression(StatementAst statement) {
        if (statement instanceof StatementAst.Pipeline p && p.elements().size() == 1 && !p.background()
                && p.elements().getFirst() instanceof PipelineElementAst.CommandExpression c
                && c.redirections().isEmpty()) {
            return c.expression();
        }
        return null;
    }

    /**
     * What a statement gives where a value is needed (the right-hand side of {@code =}, a hashtable entry): a lone
     * expression as is, so a collection stays one object; anything else its collected output.
     */
    static Expr statementValue(StatementAst statement) {
        return statement instanceof StatementAst.PipelineBase p ? condition(p)
                : new Literals.SubExpression(statement(statement));
    }

    private static Stmt assignment(StatementAst.Assignment a) {
        Expr value = statementValue(a.value());
        if (a.target() instanceof ExpressionAst.ArrayLiteral targets && a.operator() == TokenKind.EQUALS) {
            List<Assignable> list = new ArrayList<>();
            for (ExpressionAst t : targets.elements()) {
                list.add(assignable(t));
            }
            return new Statements.MultiAssign(list, value);
        }
        Assignable target = assignable(a.target());
        return switch (a.operator()) {
            case EQUALS -> new Statements.Assign(target, value);
            case PLUS_EQUALS -> new Statements.CompoundAssign(target, ArithmeticOp.ADD, value);
            case MINUS_EQUALS -> new Statements.CompoundAssign(target, ArithmeticOp.SUBTRACT, value);
            case MULTIPLY_EQUALS -> new Statements.CompoundAssign(target, ArithmeticOp.MULTIPLY, value);
            case DIVIDE_EQUALS -> new Statements.CompoundAssign(target, ArithmeticOp.DIVIDE, value);
            case REMAINDER_EQUALS -> new Statements.CompoundAssign(target, ArithmeticOp.REMAINDER, value);
            case QUESTION_QUESTION_EQUALS -> new Statements.CoalesceAssign(target, value);
            default -> throw new IllegalStateException(a.operator().name());
        };
    }

    private static Assignable assignable(ExpressionAst target) {
        if (target instanceof ExpressionAst.Attributed a) {
            // [ValidateSet(...)][string]$x = ...: the variable is assigned; its attributes are not checked yet
            return assignable(a.child());
        }
        if (target instanceof ExpressionAst.Convert c) {
            // [int][string]$x = ...: converted to each type from the inside out, as pwsh applies the converters;
            // the outermost constrains $x
            List<String> inner = new ArrayList<>();
            ExpressionAst child = c.child();
            while (child instanceof ExpressionAst.Convert || child instanceof ExpressionAst.Attributed) {
                if (child instanceof ExpressionAst.Convert k) {
                    inner.add(k.type().typeName().fullName());
                    child = k.child();
                } else {
                    child = ((ExpressionAst.Attributed) child).child();
                }
            }
            Assignable converted = convertedTarget(child, c.type().typeName().fullName());
            if (converted != null) {
                for (String type : inner) {
                    converted = new Variables.ConvertedTarget(converted, typeLiteral(type));
                }
                return converted;
            }
        }
        Expr e = expr(target);
        if (e instanceof Assignable assignable) {
            return assignable;
        }
        if (target instanceof ExpressionAst.Variable v) {
            return Unsupported.notWritable(v.path().name(), e);
        }
        throw Unsupported.invalidAssignment(target.extent());
    }

    /** {@code [T]$x} or {@code [T]$a.b} as an assignment's target: a typed variable, a converting one; else null. */
    private static Assignable convertedTarget(ExpressionAst child, String type) {
        if (child instanceof ExpressionAst.Variable v) {
            Expr variable = expr(v);
            return variable instanceof Variables.Variable plain
                    ? new Variables.TypedVariable(plain, typeLiteral(type))
                    : Unsupported.notWritable(v.path().name(), variable);
        }
        return expr(child) instanceof Assignable member ? new Variables.ConvertedTarget(member, typeLiteral(type))
                : null;
    }

    // ---- pipelines ----

    private static Stmt pipeline(StatementAst.Pipeline p) {
        ExpressionAst lone = loneExpression(p);
        if (lone != null) {
            return expressionStatement(lone);
        }
        List<Pipelines.Element> elements = new ArrayList<>();
        List<Set<RedirectionAst.Stream>> merged = new ArrayList<>();
        List<RedirectionAst.File> files = new ArrayList<>();
        for (PipelineElementAst element : p.elements()) {
            Set<RedirectionAst.Stream> streams = EnumSet.noneOf(RedirectionAst.Stream.class);
            for (RedirectionAst r : element.redirections()) {
                switch (r) {
                    case RedirectionAst.Merging m -> streams.addAll(streamsOf(m.from()));
                    case RedirectionAst.File f -> files.add(f);
                }
            }
            merged.add(Set.copyOf(streams));
            elements.add(switch (element) {
                case PipelineElementAst.CommandExpression c -> new Pipelines.ExpressionElement(expr(c.expression()));
                case PipelineElementAst.Command c -> command(c);
            });
        }
        boolean merging = merged.stream().anyMatch(s -> !s.isEmpty());
        Stmt result = elements.size() == 1 && !merging && elements.getFirst() instanceof Pipelines.ExpressionElement e
                ? new Statements.ExpressionStatement(e.expression())
                : new Pipelines.Pipeline(elements, merging ? List.copyOf(merged) : null);
        for (RedirectionAst.File f : files) {
            result = redirected(result, f);
        }
        return result;
    }

    /** The streams a redirection names: one, or for {@code *} every one but the output. */
    private static Set<RedirectionAst.Stream> streamsOf(RedirectionAst.Stream from) {
        if (from != RedirectionAst.Stream.ALL) {
            return EnumSet.of(from);
        }
        return EnumSet.range(RedirectionAst.Stream.ERROR, RedirectionAst.Stream.INFORMATION);
    }

    private static Stmt redirected(Stmt inner, RedirectionAst.File f) {
        boolean toNull = f.location() instanceof ExpressionAst.Variable v && v.path().name().equalsIgnoreCase("null");
        Expr target = toNull ? null : expr(f.location());
        Set<RedirectionAst.Stream> streams = EnumSet.copyOf(streamsOf(f.from()));
        if (f.from() == RedirectionAst.Stream.ALL) {
            streams.add(RedirectionAst.Stream.OUTPUT);
        }
        return new Redirections.ToFile(inner, target, f.append(), Set.copyOf(streams));
    }

    /** {@code $i++} and assignments-as-expressions give no output as statements. */
    private static Stmt expressionStatement(ExpressionAst e) {
        Expr compiled = expr(e);
        boolean increment = e instanceof ExpressionAst.Unary u && switch (u.operator()) {
            case PLUS_PLUS, MINUS_MINUS, POSTFIX_PLUS_PLUS, POSTFIX_MINUS_MINUS -> true;
            default -> false;
        };
        if (increment || compiled instanceof Expressions.VoidExpr) {
            return new Statements.Discard(compiled);
        }
        if (compiled instanceof Access.InvokeMember call) {
            return new Statements.MethodCall(call);
        }
        return new Statements.ExpressionStatement(compiled);
    }

    private static Pipelines.CommandElement command(PipelineElementAst.Command c) {
        List<CommandElementAst> elements = c.elements();
        Expr name = commandName(elements.getFirst());
        List<Pipelines.Argument> arguments = new ArrayList<>();
        for (CommandElementAst element : elements.subList(1, elements.size())) {
            if (element instanceof CommandElementAst.VerbatimArgument) {
                arguments.add(new Pipelines.ValueArgument(new Literals.Constant("--%")));
            }
            arguments.add(switch (element) {
                case CommandElementAst.Parameter p -> new Pipelines.NamedArgument(p.name(),
                        p.argument() == null ? null : expr(p.argument()), position(p.extent()));
                case CommandElementAst.VerbatimArgument v -> new Pipelines.ValueArgument(
                        new Literals.Constant(v.text()));
                case ExpressionAst.Variable v when v.splatted() -> new Pipelines.SplatArgument(expr(
                        new ExpressionAst.Variable(v.extent(), v.path(), false)));
                case ExpressionAst e -> new Pipelines.ValueArgument(expr(e), spelling(e));
            });
        }
        CommandName written = name instanceof Literals.Constant constant && constant.value() instanceof String text
                ? written(text) : null;
        return new Pipelines.CommandElement(name, List.copyOf(arguments),
                c.invocationOperator() == PipelineElementAst.InvocationOperator.DOT, isLikeMethodCall(elements), written);
    }

    /** A command name written as a constant; one that starts a job gets the job processes ready early. */
    private static CommandName written(String text) {
        JobProcesses.compiled(text);
        return new CommandName(text);
    }

    /** How a plain argument is written, which decides how a native program receives it. */
    private static ArgumentSpelling spelling(ExpressionAst argument) {
        return switch (argument) {
            case ExpressionAst.StringConstant s when s.kind() != ExpressionAst.StringKind.BARE_WORD ->
                    ArgumentSpelling.QUOTED;
            case ExpressionAst.ExpandableString s when s.kind() != ExpressionAst.StringKind.BARE_WORD ->
                    ArgumentSpelling.QUOTED;
            case ExpressionAst.ArrayLiteral array -> ArgumentSpelling.arrayLiteral(array.extent().text());
            case ExpressionAst.Number number when !number.extent().text().equals(
                    dev.jpwsh.runtime.convert.LanguagePrimitives.toString(Expressions.number(number.literal()))) ->
                    ArgumentSpelling.number(number.extent().text());
            default -> ArgumentSpelling.UNQUOTED;
        };
    }

    /** {@code name(a, b)}: one argument, a parenthesised list, written right after the command name. */
    private static boolean isLikeMethodCall(List<CommandElementAst> elements) {
        return elements.size() == 2 && elements.get(1) instanceof ExpressionAst.Paren paren
                && paren.extent().start() == elements.getFirst().extent().end()
                && paren.pipeline() instanceof StatementAst.Pipeline pipeline && pipeline.elements().size() == 1
                && pipeline.elements().getFirst() instanceof PipelineElementAst.CommandExpression e
                && e.expression() instanceof ExpressionAst.ArrayLiteral;
    }

    private static Expr commandName(CommandElementAst first) {
        return switch (first) {
            case ExpressionAst.StringConstant s -> new Literals.Constant(s.value());
            case ExpressionAst e -> expr(e);
            default -> throw new IllegalStateException("command name " + first);
        };
    }

    // ---- expressions ----

    static Expr expr(ExpressionAst e) {
        return Expressions.compile(e);
    }

    static Comparison.Kind comparison(TokenKind op) {
        return switch (op) {
            case IEQ, CEQ -> Comparison.Kind.EQ;
            case INE, CNE -> Comparison.Kind.NE;
            case IGT, CGT -> Comparison.Kind.GT;
            case IGE, CGE -> Comparison.Kind.GE;
            case ILT, CLT -> Comparison.Kind.LT;
            case ILE, CLE -> Comparison.Kind.LE;
            default -> null;
        };
    }

    /** The node for variable path {@code path} ({@code x}, {@code global:x}, {@code env:X}, {@code function:f}). */
    public static Expr variable(VariablePath path) {
        String qualifier = path.qualifier();
        if (qualifier.isEmpty()) {
            switch (path.name().toLowerCase(Locale.ROOT)) {
                case "true" -> {
                    return new Literals.Constant(true);
                }
                case "false" -> {
                    return new Literals.Constant(false);
                }
                case "null" -> {
                    return new NullVariable();
                }
                case "?" -> {
                    return new Variables.LastSucceeded();
                }
                case "executioncontext" -> {
                    return frame -> frame.context().executionContextVariable(frame);
                }
                default -> {
                }
            }
        }
        if (qualifier.equalsIgnoreCase("env")) {
            return new Variables.Environment(path.name());
        }
        if (qualifier.equalsIgnoreCase("function")) {
            return new Variables.FunctionDrive(path.name());
        }
        String scope = path.isScopeQualified() ? qualifier : "";
        return Variables.Variable.of(path.name(), scope);
    }

    /** {@code $null}: reads null; assigning to it discards. */
    record NullVariable() implements Assignable {
        @Override
        public Object eval(dev.jpwsh.engine.exec.Frame frame) {
            return null;
        }

        @Override
        public void assign(dev.jpwsh.engine.exec.Frame frame, Object value) {
        }
    }

    static TextOperators.Split split(Expr left, ExpressionAst right, boolean caseSensitive) {
        if (right instanceof ExpressionAst.ArrayLiteral a && a.elements().size() >= 2) {
            return new TextOperators.Split(left, expr(a.elements().get(0)), expr(a.elements().get(1)),
                    a.elements().size() > 2 ? expr(a.elements().get(2)) : null, caseSensitive);
        }
        return new TextOperators.Split(left, expr(right), null, null, caseSensitive);
    }
}
