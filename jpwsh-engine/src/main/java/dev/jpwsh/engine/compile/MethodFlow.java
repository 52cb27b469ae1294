package dev.jpwsh.engine.compile;

import dev.jpwsh.engine.classes.ClassErrors;
import dev.jpwsh.language.ast.Ast;
import dev.jpwsh.language.ast.AstSearch;
import dev.jpwsh.language.ast.CatchClauseAst;
import dev.jpwsh.language.ast.CommandElementAst;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.NamedBlockAst;
import dev.jpwsh.language.ast.ParameterAst;
import dev.jpwsh.language.ast.PipelineElementAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.ast.StatementBlockAst;
import dev.jpwsh.language.ast.TypeMemberAst;
import dev.jpwsh.language.token.TokenKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * pwsh's flow analysis of a class method or constructor, for two of its parse-time checks: whether the end of the
 * method can be reached without {@code return} or {@code throw} (MethodHasCodePathNotReturn, for a method that
 * returns a value), and VariableNotLocal: a variable the method reads must be assigned in it, on every path that
 * reaches the read, before the read. This class follows the rules of pwsh's analysis:
 * <ul>
 *   <li>A state is the set of variables assigned on every path so far; null is a state no path reaches (after
 *       {@code return}, {@code throw}, {@code exit}, {@code break}, {@code continue}), which a join ignores.</li>
 *   <li>Parts that always run (a statement list, both sides of an operator other than {@code -and}/{@code -or}, a
 *       loop's first condition, a {@code finally}) carry the state on; parts that may not run (the right side of
 *       {@code -and}/{@code -or}, a ternary's branches, loop bodies, {@code switch} clauses, {@code if} branches)
 *       start from a copy, and the paths join where they meet. A {@code try} body may fail at its first statement,
 *       so its catches, and its finally unless a catch takes every exception, start from the state before it.</li>
 *   <li>Not checked: qualified variables other than {@code local:}/{@code private:}, {@code $true}/{@code $false}/
 *       {@code $null}, the automatic variables a method has and the few session variables pwsh lets methods read,
 *       and nested script blocks and functions, which have scopes of their own.</li>
 *   <li>As in pwsh, a variable pwsh keeps dynamic (every variable once the method dot-sources, uses
 *       {@code $private:} or calls a variable cmdlet; one assigned with attributes or several casts; a session-wide
 *       AllScope one) counts as assigned wherever it is read if the method assigns it anywhere.</li>
 * </ul>
 */
final class MethodFlow {
    /** The automatic variables a method has, and the session ones pwsh lets it read without assigning. */
    private static final Set<String> ACCESSIBLE = Set.of("_", "args", "this", "input", "pscmdlet",
            "psboundparameters", "myinvocation", "psscriptroot", "pscommandpath", "true", "false", "null",
            "lastexitcode", "error", "stacktrace", "outputencoding", "nestedpromptlevel", "pwd", "matches",
            "psapplicationoutputencoding", "foreach", "switch");
    /** Variables every session has with AllScope, which pwsh never gives a local slot. */
    private static final Set<String> ALL_SCOPE = Set.of("?", "executioncontext", "home", "host", "pid", "psculture",
            "pshome", "psuiculture", "psversiontable", "psedition", "shellid");
    /** Commands that make pwsh keep every variable of the method dynamic. */
    private static final Set<String> PESSIMIZING = Set.of("new-variable", "remove-variable", "set-variable",
            "set-psbreakpoint", "microsoft.powershell.utility\\new-variable",
            "microsoft.powershell.utility\\remove-variable", "microsoft.powershell.utility\\set-variable",
            "microsoft.powershell.utility\\set-psbreakpoint", "nv", "rv", "sbp", "sv", "set");

    /** Reads of variables not assigned on every path to them, in the order met. */
    private final List<ExpressionAst.Variable> unassignedReads = new ArrayList<>();
    private final Set<String> assignedAnywhere = new HashSet<>();
    private final Set<String> dynamic = new HashSet<>();
    private boolean allDynamic;
    /**
     * For each enclosing loop or switch, innermost first: the states its {@code break}s and {@code continue}s leave
     * with. Only a do loop and a {@code for} without a condition use them: the others are left through their
     * condition, which every break's state includes.
     */
    private final Deque<LoopExits> loops = new ArrayDeque<>();

    private static final class LoopExits {
        Set<String> broken;
        Set<String> continued;
        boolean anyBreak;
        boolean anyContinue;
    }

    /** The state at the end of the method's body: null when no path gets there. */
    private Set<String> end;

    private MethodFlow() {
    }

    /** The method's flow, analysed. */
    static MethodFlow of(TypeMemberAst.Method method) {
        MethodFlow flow = new MethodFlow();
        Set<String> state = new HashSet<>();
        for (ParameterAst p : method.parameters()) {
            state.add(key(p.name().path().name()));
        }
        flow.assignedAnywhere.addAll(state);
        for (NamedBlockAst block : blocks(method)) {
            state = flow.statements(block.statements(), state);
        }
        flow.end = state;
        return flow;
    }

    /** Whether a path through the method ends without {@code return}, {@code throw} or {@code exit}. */
    boolean endReachable() {
        return end != null && !(end instanceof Unreached);
    }

    /** Fails with pwsh's VariableNotLocal at the first read, in the source, of a variable the method does not assign. */
    void checkVariables() {
        unassignedReads.stream()
                .filter(read -> !keptDynamic(key(read.path().name())))
                .min(Comparator.comparingInt(read -> read.extent().start()))
                .ifPresent(read -> {
                    throw ClassErrors.variableNotLocal(read.extent());
                });
    }

    private static List<NamedBlockAst> blocks(TypeMemberAst.Method method) {
        List<NamedBlockAst> blocks = new ArrayList<>();
        for (NamedBlockAst block : new NamedBlockAst[] {method.body().beginBlock(), method.body().processBlock(),
                method.body().endBlock()}) {
            if (block != null) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    private boolean keptDynamic(String name) {
        return (allDynamic || dynamic.contains(name) || ALL_SCOPE.contains(name)) && assignedAnywhere.contains(name);
    }

    private static String key(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return key.equals("psitem") ? "_" : key;
    }

    /**
     * A state that pwsh's analysis follows for assignments but counts as unreachable for the returns check: what
     * comes after a {@code finally} reached only by the path that skips a failing {@code try} body. pwsh marks a
     * block reachable when an edge from a reachable block is added, and adds that edge after it has walked the
     * finally, so nothing after it becomes reachable through it.
     */
    private static final class Unreached extends HashSet<String> {
        Unreached(Set<String> assigned) {
            super(assigned);
        }
    }

    private static Set<String> copy(Set<String> state) {
        return state == null ? null : state instanceof Unreached ? new Unreached(state) : new HashSet<>(state);
    }

    /** Where two paths meet: what both assigned; a path no one takes adds nothing. */
    private static Set<String> join(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        Set<String> both = a instanceof Unreached && b instanceof Unreached ? new Unreached(a) : new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private Set<String> statements(List<StatementAst> statements, Set<String> state) {
        for (StatementAst statement : statements) {
            state = statement(statement, state);
        }
        return state;
    }

    private Set<String> block(StatementBlockAst block, Set<String> state) {
        return block == null ? state : statements(block.statements(), state);
    }

    private Set<String> statement(StatementAst statement, Set<String> state) {
        return switch (statement) {
            case StatementAst.Pipeline p -> pipeline(p, state);
            case StatementAst.PipelineChain c -> {
                Set<String> left = statement(c.left(), state);
                statement(c.right(), copy(left));
                yield left;
            }
            case StatementAst.Assignment a -> assignment(a, state);
            case StatementAst.If i -> ifStatement(i, state);
            case StatementAst.While w -> {
                Set<String> condition = statement(w.condition(), state);
                loopBody(w.body(), copy(condition), new LoopExits());
                yield condition;
            }
            case StatementAst.DoLoop d -> doLoop(d, state);
            case StatementAst.For f -> {
                Set<String> init = f.initializer() == null ? state : statement(f.initializer(), state);
                Set<String> condition = f.condition() == null ? init : statement(f.condition(), init);
                LoopExits exits = new LoopExits();
                Set<String> body = loopBody(f.body(), copy(condition), exits);
                if (f.iterator() != null) {
                    statement(f.iterator(), body == null ? copy(condition) : body);
                }
                yield f.condition() != null ? condition : exits.anyBreak ? exits.broken : null;
            }
            case StatementAst.ForEach f -> {
                // as in pwsh, the variable is assigned in the block that tests for a next item, which is also
                // where the loop is left: after the loop it counts as assigned
                Set<String> collection = statement(f.collection(), state);
                assign(f.variable(), collection);
                loopBody(f.body(), copy(collection), new LoopExits());
                yield collection;
            }
            case StatementAst.Switch s -> {
                Set<String> condition = statement(s.condition(), state);
                loops.push(new LoopExits());
                try {
                    for (StatementAst.SwitchClause clause : s.clauses()) {
                        block(clause.body(), expression(clause.test(), copy(condition)));
                    }
                    block(s.defaultBody(), copy(condition));
                } finally {
                    loops.pop();
                }
                yield condition;
            }
            case StatementAst.Try t -> tryStatement(t, state);
            case StatementAst.Break b -> {
                leaveLoop(state, true);
                yield null;
            }
            case StatementAst.Continue c -> {
                leaveLoop(state, false);
                yield null;
            }
            case StatementAst.Return r -> {
                if (r.pipeline() != null) {
                    statement(r.pipeline(), state);
                }
                yield null;
            }
            case StatementAst.Throw t -> {
                if (t.pipeline() != null) {
                    statement(t.pipeline(), state);
                }
                yield null;
            }
            case StatementAst.Exit e -> {
                if (e.pipeline() != null) {
                    statement(e.pipeline(), state);
                }
                yield null;
            }
            case StatementAst.Data d -> {
                Set<String> after = block(d.body(), state);
                if (d.variable() != null && after != null) {
                    after.add(key(d.variable()));
                    assignedAnywhere.add(key(d.variable()));
                }
                yield after;
            }
            case StatementAst.Block b -> block(b.body(), state);
            case StatementAst.Trap t -> state;
            case StatementAst.FunctionDefinition f -> state;
            case StatementAst.TypeDefinition t -> state;
            case StatementAst.Using u -> state;
            case StatementAst.Error e -> state;
        };
    }

    private Set<String> pipeline(StatementAst.Pipeline pipeline, Set<String> state) {
        for (PipelineElementAst element : pipeline.elements()) {
            switch (element) {
                case PipelineElementAst.Command command -> {
                    if (command.invocationOperator() == PipelineElementAst.InvocationOperator.DOT
                            || !command.elements().isEmpty() && command.elements().getFirst()
                                    instanceof ExpressionAst.StringConstant name
                                    && PESSIMIZING.contains(name.value().toLowerCase(Locale.ROOT))) {
                        allDynamic = true;
                    }
                    for (CommandElementAst part : command.elements()) {
                        state = part instanceof CommandElementAst.Parameter p
                                ? p.argument() == null ? state : expression(p.argument(), state)
                                : part instanceof ExpressionAst e ? expression(e, state) : state;
                    }
                }
                case PipelineElementAst.CommandExpression e -> state = expression(e.expression(), state);
            }
        }
        return state;
    }

    private Set<String> assignment(StatementAst.Assignment assignment, Set<String> state) {
        state = statement(assignment.value(), state);
        List<ExpressionAst> targets = assignment.target() instanceof ExpressionAst.ArrayLiteral list
                ? list.elements() : List.of(assignment.target());
        for (ExpressionAst target : targets) {
            int casts = 0;
            boolean attributes = false;
            ExpressionAst inner = target;
            while (true) {
                if (inner instanceof ExpressionAst.Convert c) {
                    casts++;
                    inner = c.child();
                } else if (inner instanceof ExpressionAst.Attributed a) {
                    casts++;
                    attributes = true;
                    inner = a.child();
                } else {
                    break;
                }
            }
            if (inner instanceof ExpressionAst.Variable v) {
                if (isLocal(v) && (attributes || casts > 1)) {
                    dynamic.add(key(v.path().name()));
                } else {
                    assign(v, state);
                }
            } else {
                state = expression(inner, state);
            }
        }
        return state;
    }

    private void assign(ExpressionAst.Variable variable, Set<String> state) {
        if (!isLocal(variable)) {
            return;
        }
        String name = key(variable.path().name());
        assignedAnywhere.add(name);
        if (state != null) {
            state.add(name);
        }
    }

    private Set<String> ifStatement(StatementAst.If statement, Set<String> state) {
        Set<String> joined = null;
        for (StatementAst.IfClause clause : statement.clauses()) {
            state = statement(clause.condition(), state);
            joined = join(joined, block(clause.body(), copy(state)));
        }
        return join(joined, block(statement.elseBody(), copy(state)));
    }

    /** A loop body other than a do loop's; {@code exits} gathers its breaks and continues. */
    private Set<String> loopBody(StatementBlockAst body, Set<String> state, LoopExits exits) {
        loops.push(exits);
        try {
            return block(body, state);
        } finally {
            loops.pop();
        }
    }

    private Set<String> doLoop(StatementAst.DoLoop loop, Set<String> state) {
        LoopExits exits = new LoopExits();
        loops.push(exits);
        Set<String> body;
        try {
            body = block(loop.body(), copy(state));
        } finally {
            loops.pop();
        }
        Set<String> condition = statement(loop.condition(), exits.anyContinue ? join(body, exits.continued) : body);
        return exits.anyBreak ? join(condition, exits.broken) : condition;
    }

    private void leaveLoop(Set<String> state, boolean isBreak) {
        LoopExits exits = loops.peek();
        if (exits == null || state == null) {
            return;
        }
        if (isBreak) {
            exits.broken = exits.anyBreak ? join(exits.broken, state) : copy(state);
            exits.anyBreak = true;
        } else {
            exits.continued = exits.anyContinue ? join(exits.continued, state) : copy(state);
            exits.anyContinue = true;
        }
    }

    private Set<String> tryStatement(StatementAst.Try statement, Set<String> state) {
        Set<String> before = copy(state);
        Set<String> reached = block(statement.body(), state);
        boolean catchAll = false;
        for (CatchClauseAst handler : statement.catches()) {
            catchAll |= handler.catchTypes().isEmpty();
            reached = join(reached, block(handler.body(), copy(before)));
        }
        if (statement.finallyBody() == null) {
            return reached;
        }
        boolean reachable = reached != null && !(reached instanceof Unreached);
        Set<String> after = block(statement.finallyBody(), catchAll ? reached : join(reached, copy(before)));
        return after == null || reachable ? after : new Unreached(after);
    }

    private Set<String> expression(Ast expression, Set<String> state) {
        switch (expression) {
            case null -> {
                return state;
            }
            case ExpressionAst.Variable v -> {
                if (state != null && isLocal(v) && !ACCESSIBLE.contains(key(v.path().name()))
                        && !state.contains(key(v.path().name()))) {
                    unassignedReads.add(v);
                }
                if (v.path().qualifier() != null && v.path().qualifier().equalsIgnoreCase("private")) {
                    allDynamic = true;
                }
                return state;
            }
            case ExpressionAst.Binary b when b.operator() == TokenKind.AND || b.operator() == TokenKind.OR -> {
                state = expression(b.left(), state);
                expression(b.right(), copy(state));
                return state;
            }
            case ExpressionAst.Ternary t -> {
                state = expression(t.condition(), state);
                return join(expression(t.ifTrue(), copy(state)), expression(t.ifFalse(), copy(state)));
            }
            case ExpressionAst.ScriptBlock s -> {
                return state;
            }
            case ExpressionAst.Using u -> {
                return state;
            }
            case ExpressionAst.Paren p -> {
                return statement(p.pipeline(), state);
            }
            case ExpressionAst.SubExpression s -> {
                return block(s.body(), state);
            }
            case ExpressionAst.ArrayExpression a -> {
                return block(a.body(), state);
            }
            case ExpressionAst.Hashtable h -> {
                for (ExpressionAst.KeyValue pair : h.pairs()) {
                    state = statement(pair.value(), expression(pair.key(), state));
                }
                return state;
            }
            default -> {
                return parts(expression, state);
            }
        }
    }

    /** An expression's sub-expressions, in the order they are written (its record components' order). */
    private Set<String> parts(Ast expression, Set<String> state) {
        if (!(expression instanceof Record node)) {
            return state;
        }
        for (Object value : AstSearch.children(node)) {
            List<?> children = value instanceof List<?> list ? list : java.util.Collections.singletonList(value);
            for (Object item : children) {
                if (item instanceof Ast child) {
                    state = child instanceof StatementAst s ? statement(s, state) : expression(child, state);
                }
            }
        }
        return state;
    }

    private static boolean isLocal(ExpressionAst.Variable variable) {
        String qualifier = variable.path().qualifier();
        return qualifier == null || qualifier.isEmpty() || qualifier.equalsIgnoreCase("local")
                || qualifier.equalsIgnoreCase("private");
    }
}
