package dev.jpwsh.engine.compile;

import dev.jpwsh.engine.node.Access;
import dev.jpwsh.engine.node.Assignable;
import dev.jpwsh.engine.node.Expr;
import dev.jpwsh.engine.node.Literals;
import dev.jpwsh.engine.node.Operators;
import dev.jpwsh.engine.node.Operators.ArithmeticOp;
import dev.jpwsh.engine.node.TextOperators;
import dev.jpwsh.language.ast.CommandElementAst;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.token.NumberLiteral;
import dev.jpwsh.language.token.TokenKind;
import dev.jpwsh.runtime.number.UInt16;
import dev.jpwsh.runtime.number.UInt32;
import dev.jpwsh.runtime.number.UInt64;
import dev.jpwsh.runtime.number.UInt8;
import dev.jpwsh.runtime.number.UnsignedInteger;
import dev.jpwsh.runtime.ops.Comparison;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The expression half of the compiler: one case per expression node. */
final class Expressions {
    private Expressions() {
    }

    static Expr compile(ExpressionAst e) {
        return switch (e) {
            case ExpressionAst.Number n -> new Literals.Constant(number(n.literal()));
            case ExpressionAst.StringConstant s -> new Literals.Constant(s.value());
            case ExpressionAst.ExpandableString s -> expandable(s);
            case ExpressionAst.Variable v -> Compiler.variable(v.path());
            case ExpressionAst.Using u -> using(u);
            case ExpressionAst.Binary b -> binary(b);
            case ExpressionAst.Unary u -> unary(u);
            case ExpressionAst.Ternary t -> new Operators.Ternary(compile(t.condition()), compile(t.ifTrue()),
                    compile(t.ifFalse()));
            case ExpressionAst.Convert c -> convert(c);
            case ExpressionAst.Attributed a -> attributed(a);
            case ExpressionAst.TypeLiteral t -> Compiler.typeLiteral(t.typeName().fullName());
            case ExpressionAst.Member m -> new Access.Member(compile(m.target()), memberName(m.member()),
                    m.isStatic(), m.nullConditional());
            case ExpressionAst.InvokeMember m -> new Access.InvokeMember(compile(m.target()), memberName(m.member()),
                    all(m.arguments()), m.isStatic(), m.nullConditional(),
                    m.genericArguments().stream().map(t -> Compiler.typeLiteral(t.fullName())).toList(),
                    !m.isStatic() && isThisCast(m.target()));
            case ExpressionAst.Index i -> new Access.Index(compile(i.target()), compile(i.index()),
                    i.nullConditional());
            case ExpressionAst.ArrayLiteral a -> new Literals.ArrayLiteral(all(a.elements()));
            case ExpressionAst.ArrayExpression a -> new Literals.ArrayExpression(statements(a.body()));
            case ExpressionAst.SubExpression s -> new Literals.SubExpression(statements(s.body()));
            case ExpressionAst.Paren p -> paren(p);
            case ExpressionAst.Hashtable h -> hashtable(h, false);
            case ExpressionAst.ScriptBlock s -> new Literals.ScriptBlockLiteral(Compiler.scriptBlock(s.body()));
            case ExpressionAst.Error err -> throw Unsupported.construct("an expression with parse errors",
                    err.extent());
        };
    }

    /** {@code ([Base]$this)}, the target of a call of a base class's method. */
    private static boolean isThisCast(ExpressionAst target) {
        ExpressionAst inner = target instanceof ExpressionAst.Paren p && p.pipeline() instanceof
                dev.jpwsh.language.ast.StatementAst.Pipeline pipe && pipe.elements().size() == 1
                && pipe.elements().getFirst() instanceof dev.jpwsh.language.ast.PipelineElementAst.CommandExpression e
                ? e.expression() : target;
        return inner instanceof ExpressionAst.Convert c && c.child() instanceof ExpressionAst.Variable v
                && v.path().name().equalsIgnoreCase("this");
    }

    /** {@code $using:name}: the caller's value when the session was given one. */
    private static Expr using(ExpressionAst.Using u) {
        Expr local = compile(u.expression());
        return u.expression() instanceof ExpressionAst.Variable v
                ? new dev.jpwsh.engine.node.Variables.UsingVariable(dev.jpwsh.engine.scope.Scope.key(v.path().name()),
                        local)
                : local;
    }

    private static dev.jpwsh.engine.node.Stmt statements(dev.jpwsh.language.ast.StatementBlockAst block) {
        return Compiler.block(block);
    }

    /** {@code (pipeline)}: a lone expression keeps its value as is ({@code (,1)} stays an array). */
    private static Expr paren(ExpressionAst.Paren p) {
        return Compiler.condition(p.pipeline());
    }

    static Object number(NumberLiteral literal) {
        return switch (literal.type()) {
            case BYTE -> unsigned(UInt8.class, literal);
            case UINT16 -> unsigned(UInt16.class, literal);
            case UINT32 -> unsigned(UInt32.class, literal);
            case UINT64 -> unsigned(UInt64.class, literal);
            default -> literal.value();
        };
    }

    private static Object unsigned(Class<?> type, NumberLiteral literal) {
        Number value = literal.value();
        return UnsignedInteger.exact(type, value instanceof BigInteger b ? b : BigInteger.valueOf(value.longValue()));
    }

    private static Expr memberName(CommandElementAst member) {
        return member instanceof ExpressionAst e ? compile(e) : new Literals.Constant(member.extent().text());
    }

    private static List<Expr> all(List<ExpressionAst> list) {
        List<Expr> out = new ArrayList<>(list.size());
        for (ExpressionAst e : list) {
            out.add(compile(e));
        }
        return List.copyOf(out);
    }

    private static Expr expandable(ExpressionAst.ExpandableString s) {
        List<Expr> parts = new ArrayList<>();
        for (Expr part : all(s.parts())) {
            parts.add(part instanceof dev.jpwsh.engine.node.Variables.Variable v ? v.inExpandableString() : part);
        }
        return new Literals.ExpandableString(List.copyOf(parts));
    }

    private static Expr hashtable(ExpressionAst.Hashtable h, boolean ordered) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (ExpressionAst.KeyValue kv : h.pairs()) {
            keys.add(compile(kv.key()));
            values.add(Compiler.statementValue(kv.value()));
        }
        return new Literals.Hashtable(List.copyOf(keys), List.copyOf(values), ordered);
    }

    private static Expr convert(ExpressionAst.Convert c) {
        String name = c.type().typeName().fullName();
        if (name.equalsIgnoreCase("ordered") && c.child() instanceof ExpressionAst.Hashtable h) {
            return hashtable(h, true);
        }
        if (name.equalsIgnoreCase("void")) {
            return new VoidExpr(compile(c.child()));
        }
        if (name.equalsIgnoreCase("ref") && compile(c.child()) instanceof dev.jpwsh.engine.node.Variables.Variable v) {
            return new dev.jpwsh.engine.node.Variables.Reference(v);
        }
        if (name.equalsIgnoreCase("pscustomobject")) {
            return new Access.CustomObject(compile(c.child()));
        }
        return new Access.Convert(Compiler.typeLiteral(name), compile(c.child()));
    }

    /**
     * {@code [void] expr}: evaluates and gives null; where the output counts it gives AutomationNull, so that as a
     * statement, piped on or as an array's element it outputs nothing.
     */
    record VoidExpr(Expr child) implements Expr {
        @Override
        public Object eval(dev.jpwsh.engine.exec.Frame frame) {
            child.eval(frame);
            return null;
        }

        @Override
        public Object evalKeepingNothing(dev.jpwsh.engine.exec.Frame frame) {
            child.eval(frame);
            return dev.jpwsh.engine.exec.AutomationNull.VALUE;
        }
    }

    private static Expr attributed(ExpressionAst.Attributed a) {
        return compile(a.child());
    }

    private static Expr unary(ExpressionAst.Unary u) {
        return switch (u.operator()) {
            case EXCLAIM, NOT -> new Operators.Not(compile(u.child()));
            case MINUS -> new Operators.Negate(compile(u.child()));
            case PLUS -> new Operators.Plus(compile(u.child()));
            case BNOT -> new Operators.BitwiseNot(compile(u.child()));
            case COMMA -> new Literals.UnaryArray(compile(u.child()));
            case JOIN -> new Operators.Join(compile(u.child()), null);
            case ISPLIT, CSPLIT -> new TextOperators.Split(compile(u.child()), null, null, null, false);
            case PLUS_PLUS -> new Operators.Increment(target(u.child()), 1, false);
            case MINUS_MINUS -> new Operators.Increment(target(u.child()), -1, false);
            case POSTFIX_PLUS_PLUS -> new Operators.Increment(target(u.child()), 1, true);
            case POSTFIX_MINUS_MINUS -> new Operators.Increment(target(u.child()), -1, true);
            default -> throw Unsupported.construct("the " + u.operator().sourceText() + " operator", u.extent());
        };
    }

    private static Assignable target(ExpressionAst e) {
        if (compile(e) instanceof Assignable a) {
            return a;
        }
        throw Unsupported.invalidAssignment(e.extent());
    }

    private static Expr binary(ExpressionAst.Binary b) {
        TokenKind op = b.operator();
        Expr left = compile(b.left());
        boolean cs = op.isCaseSensitive();
        Comparison.Kind comparison = Compiler.comparison(op);
        if (comparison != null) {
            return new Operators.CompareNode(comparison, cs, left, compile(b.right()));
        }
        return switch (op) {
            case PLUS -> new Operators.ArithmeticNode(ArithmeticOp.ADD, left, compile(b.right()));
            case MINUS -> new Operators.ArithmeticNode(ArithmeticOp.SUBTRACT, left, compile(b.right()));
            case MULTIPLY -> new Operators.ArithmeticNode(ArithmeticOp.MULTIPLY, left, compile(b.right()));
            case DIVIDE -> new Operators.ArithmeticNode(ArithmeticOp.DIVIDE, left, compile(b.right()));
            case REM -> new Operators.ArithmeticNode(ArithmeticOp.REMAINDER, left, compile(b.right()));
            case AND -> new Operators.And(left, compile(b.right()));
            case OR -> new Operators.Or(left, compile(b.right()));
            case XOR -> new Operators.Xor(left, compile(b.right()));
            case DOT_DOT -> new Operators.Range(left, compile(b.right()));
            case QUESTION_QUESTION -> new Operators.Coalesce(left, compile(b.right()));
            case FORMAT -> new TextOperators.Format(left, compile(b.right()));
            case JOIN -> new Operators.Join(left, compile(b.right()));
            case ILIKE, CLIKE -> new TextOperators.Like(left, compile(b.right()), cs, false);
            case INOTLIKE, CNOTLIKE -> new TextOperators.Like(left, compile(b.right()), cs, true);
            case IMATCH, CMATCH -> new TextOperators.Match(left, compile(b.right()), cs, false);
            case INOTMATCH, CNOTMATCH -> new TextOperators.Match(left, compile(b.right()), cs, true);
            case IREPLACE, CREPLACE -> replace(left, b.right(), cs);
            case ISPLIT, CSPLIT -> Compiler.split(left, b.right(), cs);
            case ICONTAINS, CCONTAINS -> new Operators.Contains(left, compile(b.right()), cs, false);
            case INOTCONTAINS, CNOTCONTAINS -> new Operators.Contains(left, compile(b.right()), cs, true);
            case IIN, CIN -> new Operators.Contains(compile(b.right()), left, cs, false);
            case INOTIN, CNOTIN -> new Operators.Contains(compile(b.right()), left, cs, true);
            case IS -> new Operators.Is(left, compile(b.right()), false);
            case IS_NOT -> new Operators.Is(left, compile(b.right()), true);
            case AS -> new Operators.As(left, compile(b.right()));
            case BAND, BOR, BXOR, SHL, SHR -> new Operators.Bitwise(op.text(), left, compile(b.right()));
            default -> throw Unsupported.construct("the " + op.sourceText() + " operator", b.extent());
        };
    }

    private static Expr replace(Expr left, ExpressionAst right, boolean cs) {
        if (right instanceof ExpressionAst.ArrayLiteral a && a.elements().size() == 2) {
            return new TextOperators.Replace(left, compile(a.elements().get(0)), compile(a.elements().get(1)), cs);
        }
        return new TextOperators.Replace(left, compile(right), null, cs);
    }
}
