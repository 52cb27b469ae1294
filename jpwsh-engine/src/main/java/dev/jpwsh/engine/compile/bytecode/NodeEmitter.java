package dev.jpwsh.engine.compile.bytecode;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_Throwable;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;
import static java.lang.constant.ConstantDescs.INIT_NAME;
import static java.lang.constant.ConstantDescs.MTD_void;

import dev.jpwsh.engine.compile.bytecode.BlockCompiler.Constants;
import dev.jpwsh.engine.compile.bytecode.BlockCompiler.Types;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.FlowSignal;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.node.Expr;
import dev.jpwsh.engine.node.Literals;
import dev.jpwsh.engine.node.Loops;
import dev.jpwsh.engine.node.Operators;
import dev.jpwsh.engine.node.Pipelines;
import dev.jpwsh.engine.node.Statements;
import dev.jpwsh.engine.node.Stmt;
import dev.jpwsh.engine.node.Variables;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.Modifier;

/**
 * Writes the code of a block: for each node it takes apart, the same steps its {@code exec} or {@code eval} takes,
 * in the same order, calling the node's own methods for each; for any other node, a direct call of its {@code exec}
 * or {@code eval}. The code keeps one rule that makes every exception handler valid: the operand stack is empty
 * whenever a child's code starts (values computed so far wait in locals), and a statement's code leaves it empty, an
 * expression's code with its one value on it.
 */
final class NodeEmitter {
    /** The local slot of {@code exec}'s frame and of its pipe; {@link #NULL_PIPE} stands for {@link Pipe#NULL}. */
    static final int FRAME = 1;
    static final int OUT = 2;
    static final int NULL_PIPE = -1;
    /** Nodes written out in one method at most; past that, nodes are called, so the method stays JIT-sized. */
    private static final int BUDGET = 300;

    private static final ClassDesc CD_EXPR = Types.desc(Expr.class);
    private static final ClassDesc CD_ENUMERABLES = Types.desc(Enumerables.class);
    private static final ClassDesc CD_COLLECTOR = Types.desc(Enumerables.Collector.class);
    private static final ClassDesc CD_PRIMITIVES = Types.desc(LanguagePrimitives.class);
    private static final ClassDesc CD_LOOPS = Types.desc(Loops.class);
    private static final ClassDesc CD_FLOW = Types.desc(FlowSignal.class);
    private static final ClassDesc CD_BREAK = Types.desc(FlowSignal.Break.class);
    private static final ClassDesc CD_CONTINUE = Types.desc(FlowSignal.Continue.class);
    private static final ClassDesc CD_RETURN = Types.desc(FlowSignal.Return.class);
    private static final ClassDesc CD_PSEXCEPTION = Types.desc(PSException.class);
    private static final ClassDesc CD_RUNTIME_EXCEPTION = Types.desc(RuntimeException.class);
    private static final ClassDesc CD_VARIABLE = Types.desc(PSVariable.class);
    private static final ClassDesc CD_ASSIGNABLE = Types.desc(dev.jpwsh.engine.node.Assignable.class);
    private static final ClassDesc CD_CONTEXT = Types.desc(dev.jpwsh.engine.exec.ExecutionContext.class);
    private static final ClassDesc CD_POSITION = Types.desc(dev.jpwsh.runtime.error.ErrorRecord.ScriptPosition.class);
    private static final MethodTypeDesc EVAL = MethodTypeDesc.of(CD_Object, Types.FRAME);
    private static final MethodTypeDesc OF_FRAME = MethodTypeDesc.of(CD_void, Types.FRAME);

    private final CodeBuilder code;
    private final Constants constants;
    private int budget = BUDGET;

    NodeEmitter(CodeBuilder code, Constants constants) {
        this.code = code;
        this.constants = constants;
    }

    /** Code that runs {@code node}, writing its output to the pipe in local {@code out} (or {@link #NULL_PIPE}). */
    void stmt(Stmt node, int out) {
        if (--budget < 0) {
            call(node, out);
            return;
        }
        switch (node) {
            case Tiered tiered -> stmt(tiered.body(), out);
            case Statements.StatementList list -> statementList(list, out);
            case Statements.Located located -> located(located, out);
            case Statements.ExpressionStatement statement -> {
                exprKeepingNothing(statement.expression());
                loadPipe(out);
                code.invokestatic(CD_ENUMERABLES, "write", MethodTypeDesc.of(CD_void, CD_Object, Types.PIPE));
            }
            case Statements.Discard discard -> {
                expr(discard.expression());
                code.pop();
            }
            case Statements.If branches -> ifStatement(branches, out);
            case Statements.CompoundAssign update -> compoundAssign(update, out);
            case Statements.Assign assign -> assign(assign);
            case Statements.ReturnTarget target -> returnTarget(target, out);
            case TieredLoop tiered when NumericLoop.fits(tiered.loop()) -> call(tiered, out);
            case TieredLoop tiered -> stmt(tiered.loop(), out);
            case Loops.For loop -> forLoop(loop, out);
            case Loops.DoLoop loop -> doLoop(loop, out);
            case Pipelines.Pipeline pipeline when CommandCall.compilable(pipeline) -> commandCall(pipeline, out);
            default -> call(node, out);
        }
    }

    /** Code that evaluates {@code node} and leaves its value on the stack. */
    void expr(Expr node) {
        if (--budget < 0) {
            call(node);
            return;
        }
        switch (node) {
            case Literals.Constant constant -> constants.load(code, constant.value(), CD_Object);
            case Operators.ArithmeticNode arithmetic -> {
                int left = spill(arithmetic.left());
                int right = spillKeepingNothing(arithmetic.right());
                constants.load(code, arithmetic.op(), Types.desc(Operators.ArithmeticOp.class));
                code.aload(left).aload(right).invokestatic(Types.desc(Operators.class), "arithmetic",
                        MethodTypeDesc.of(CD_Object, Types.desc(Operators.ArithmeticOp.class), CD_Object, CD_Object));
            }
            case Operators.CompareNode compare -> {
                int left = spill(compare.left());
                int right = spill(compare.right());
                loadNode(compare);
                code.aload(left).aload(right).invokevirtual(Types.desc(Operators.CompareNode.class), "compare",
                        MethodTypeDesc.of(CD_Object, CD_Object, CD_Object));
            }
            case Statements.LocatedCondition condition -> locatedCondition(condition);
            case Literals.SubExpression sub -> subExpression(sub, "result");
            default -> call(node);
        }
    }

    /**
     * Code that leaves {@code node}'s {@code evalKeepingNothing} value on the stack: the nodes {@link #expr} takes
     * apart give the same as their {@code eval}, but a sub-expression that wrote nothing gives AutomationNull.
     */
    private void exprKeepingNothing(Expr node) {
        switch (node) {
            case Literals.SubExpression sub when budget > 0 -> {
                budget--;
                subExpression(sub, "resultOrNothing");
            }
            case Literals.Constant constant -> expr(constant);
            case Operators.ArithmeticNode arithmetic -> expr(arithmetic);
            case Operators.CompareNode compare -> expr(compare);
            case Statements.LocatedCondition condition -> expr(condition);
            default -> callOn(node, CD_EXPR, "evalKeepingNothing", EVAL, () -> code.aload(FRAME));
        }
    }

    /**
     * The body's output collected, then the collector's {@code result} (or {@code resultOrNothing}); a return in the
     * body carries what was collected on, as {@link Literals.SubExpression} does.
     */
    private void subExpression(Literals.SubExpression sub, String result) {
        int collector = code.allocateLocal(TypeKind.REFERENCE);
        code.new_(CD_COLLECTOR).dup().invokespecial(CD_COLLECTOR, INIT_NAME, MTD_void).astore(collector);
        guarded(() -> stmt(sub.body(), collector), signal -> code.aload(collector).aload(signal)
                .invokevirtual(CD_COLLECTOR, "carriedBy", MethodTypeDesc.of(CD_RETURN, CD_RETURN)).athrow(), CD_RETURN);
        code.aload(collector).invokevirtual(CD_COLLECTOR, result, MethodTypeDesc.of(CD_Object));
    }

    /**
     * A pipeline of one command whose arguments are all plain values: each value evaluated into an array, in order,
     * as {@code CommandElement.processor} evaluates them, then the pipeline's {@code runAlone}.
     */
    private void commandCall(Pipelines.Pipeline pipeline, int out) {
        Pipelines.CommandElement command = (Pipelines.CommandElement) pipeline.elements().getFirst();
        int at = code.allocateLocal(TypeKind.REFERENCE);
        int values = code.allocateLocal(TypeKind.REFERENCE);
        code.aload(FRAME).invokevirtual(Types.FRAME, "context", MethodTypeDesc.of(CD_CONTEXT))
                .invokevirtual(CD_CONTEXT, "currentPosition", MethodTypeDesc.of(CD_POSITION)).astore(at);
        code.loadConstant(command.arguments().size()).anewarray(CD_Object).astore(values);
        for (int i = 0; i < command.arguments().size(); i++) {
            int evaluated = spill(((Pipelines.ValueArgument) command.arguments().get(i)).value());
            code.aload(values).loadConstant(i).aload(evaluated).aastore();
        }
        loadNode(pipeline);
        code.aload(FRAME).aload(values).aload(at);
        loadPipe(out);
        code.invokevirtual(Types.desc(Pipelines.Pipeline.class), "runAlone",
                MethodTypeDesc.of(CD_void, Types.FRAME, CD_Object.arrayType(), CD_POSITION, Types.PIPE));
    }

    /** Evaluates {@code node} into a new local, whose slot it returns. */
    private int spill(Expr node) {
        expr(node);
        return store();
    }

    /** As {@link #spill}, with the value {@link #exprKeepingNothing} gives. */
    private int spillKeepingNothing(Expr node) {
        exprKeepingNothing(node);
        return store();
    }

    private int store() {
        int slot = code.allocateLocal(TypeKind.REFERENCE);
        code.astore(slot);
        return slot;
    }

    /** Each statement in turn; a statement's error goes to the list's {@code handle}; a direct return ends the list. */
    private void statementList(Statements.StatementList list, int out) {
        Label end = code.newLabel();
        for (Stmt statement : list.statements()) {
            guarded(() -> stmt(statement, out), error -> {
                loadNode(list);
                code.aload(FRAME);
                loadPipe(out);
                code.aload(error).invokevirtual(Types.desc(Statements.StatementList.class), "handle",
                        MethodTypeDesc.of(CD_void, Types.FRAME, Types.PIPE, CD_PSEXCEPTION));
            }, CD_PSEXCEPTION);
            returningJumpsTo(end);
        }
        code.labelBinding(end);
    }

    private void returningJumpsTo(Label target) {
        code.aload(FRAME).invokevirtual(Types.FRAME, "returning", MethodTypeDesc.of(CD_boolean)).ifne(target);
    }

    /**
     * The code {@code body} writes, with a handler for the exceptions of the {@code caught} types (every exception when
     * none is given) thrown in it: the handler's code, which {@code handler} writes with the exception in the local it
     * is given, throws or goes on after the whole.
     */
    private void guarded(Runnable body, java.util.function.IntConsumer handler, ClassDesc... caught) {
        Label start = code.newLabel();
        Label stop = code.newLabel();
        Label handling = code.newLabel();
        Label after = code.newLabel();
        code.labelBinding(start).nop(); // a handler needs a range, even around a body that wrote no code
        body.run();
        code.labelBinding(stop).goto_(after).labelBinding(handling);
        int failure = code.allocateLocal(TypeKind.REFERENCE);
        code.astore(failure);
        handler.accept(failure);
        if (caught.length == 0) {
            code.exceptionCatchAll(start, stop, handling);
        }
        for (ClassDesc type : caught) {
            code.exceptionCatch(start, stop, handling, type);
        }
        code.labelBinding(after);
    }

    /** {@code enter}, the statement, {@code leave}; a failure of either becomes the node's {@code failure}. */
    private void located(Statements.Located located, int out) {
        ClassDesc type = Types.desc(Statements.Located.class);
        loadNode(located);
        code.aload(FRAME).invokevirtual(type, "enter", OF_FRAME);
        guarded(() -> {
            stmt(located.inner(), out);
            loadNode(located);
            code.aload(FRAME).invokevirtual(type, "leave", OF_FRAME);
        }, failure -> {
            loadNode(located);
            code.aload(failure).invokevirtual(type, "failure", MethodTypeDesc.of(CD_RUNTIME_EXCEPTION, CD_Throwable))
                    .athrow();
        }, CD_RUNTIME_EXCEPTION, Types.desc(StackOverflowError.class), Types.desc(OutOfMemoryError.class));
    }

    /** The condition's value, in a local while its code runs; a failure becomes the node's {@code failure}. */
    private void locatedCondition(Statements.LocatedCondition condition) {
        int value = code.allocateLocal(TypeKind.REFERENCE);
        guarded(() -> {
            expr(condition.inner());
            code.astore(value);
        }, failure -> {
            loadNode(condition);
            code.aload(failure).invokevirtual(Types.desc(Statements.LocatedCondition.class), "failure",
                    MethodTypeDesc.of(CD_RUNTIME_EXCEPTION, CD_RUNTIME_EXCEPTION)).athrow();
        }, CD_RUNTIME_EXCEPTION);
        code.aload(value);
    }

    private void ifStatement(Statements.If branches, int out) {
        Label done = code.newLabel();
        for (int i = 0; i < branches.conditions().size(); i++) {
            Label next = code.newLabel();
            isTrue(branches.conditions().get(i));
            code.ifeq(next);
            stmt(branches.bodies().get(i), out);
            code.goto_(done).labelBinding(next);
        }
        if (branches.elseBody() != null) {
            stmt(branches.elseBody(), out);
        }
        code.labelBinding(done);
    }

    /** The end block with direct returns, then the frame's returning mark cleared however it ended. */
    private void returnTarget(Statements.ReturnTarget target, int out) {
        guarded(() -> stmt(target.body(), out), failure -> {
            clearReturning();
            code.aload(failure).athrow();
        });
        clearReturning();
    }

    private void clearReturning() {
        code.aload(FRAME).iconst_0().invokevirtual(Types.FRAME, "setReturning", MethodTypeDesc.of(CD_void, CD_boolean));
    }

    /** Leaves whether {@code condition}'s value is true, as an int. */
    private void isTrue(Expr condition) {
        expr(condition);
        code.invokestatic(CD_PRIMITIVES, "isTrue", MethodTypeDesc.of(CD_boolean, CD_Object));
    }

    /** The value, then the target's {@code assign}. */
    private void assign(Statements.Assign assign) {
        int value = assign.target() instanceof Variables.Variable ? spillKeepingNothing(assign.value())
                : spill(assign.value());
        callOn(assign.target(), CD_ASSIGNABLE, "assign", MethodTypeDesc.of(CD_void, Types.FRAME, CD_Object),
                () -> code.aload(FRAME).aload(value));
    }

    /** In place when {@code updatable} finds the variable, else as the node runs it. */
    private void compoundAssign(Statements.CompoundAssign update, int out) {
        ClassDesc type = Types.desc(Statements.CompoundAssign.class);
        Label slow = code.newLabel();
        Label done = code.newLabel();
        int variable = code.allocateLocal(TypeKind.REFERENCE);
        loadNode(update);
        code.aload(FRAME).invokevirtual(type, "updatable", MethodTypeDesc.of(CD_VARIABLE, Types.FRAME))
                .astore(variable).aload(variable).ifnull(slow);
        int right = spillKeepingNothing(update.value());
        loadNode(update);
        code.aload(variable).aload(right)
                .invokevirtual(type, "update", MethodTypeDesc.of(CD_void, CD_VARIABLE, CD_Object))
                .goto_(done);
        code.labelBinding(slow);
        call(update, out);
        code.labelBinding(done);
    }

    /**
     * {@code for} and {@code while}: the initializer (output discarded), then while the condition holds, the back
     * edge, the body (a break or continue for this loop handled as {@code Loops.runBody} does) and the iterator.
     */
    private void forLoop(Loops.For loop, int out) {
        if (loop.initializer() != null) {
            stmt(loop.initializer(), NULL_PIPE);
        }
        Expr condition = loop.condition();
        int iteration = code.allocateLocal(TypeKind.INT);
        code.iconst_0().istore(iteration);
        Label top = code.newLabel();
        Label exit = code.newLabel();
        Label next = code.newLabel();
        code.labelBinding(top);
        if (condition != null) {
            isTrue(condition);
            code.ifeq(exit);
        }
        backEdge(iteration);
        body(loop.label(), loop.body(), out, next, exit);
        code.labelBinding(next);
        if (loop.iterator() != null) {
            stmt(loop.iterator(), NULL_PIPE);
        }
        code.goto_(top).labelBinding(exit);
    }

    /** {@code do { } while/until (c)}: the back edge and the body, then the condition. */
    private void doLoop(Loops.DoLoop loop, int out) {
        int iteration = code.allocateLocal(TypeKind.INT);
        code.iconst_0().istore(iteration);
        Label top = code.newLabel();
        Label exit = code.newLabel();
        Label next = code.newLabel();
        code.labelBinding(top);
        backEdge(iteration);
        body(loop.label(), loop.body(), out, next, exit);
        code.labelBinding(next);
        isTrue(loop.condition());
        if (loop.until()) {
            code.ifeq(top);
        } else {
            code.ifne(top);
        }
        code.labelBinding(exit);
    }

    private void backEdge(int iteration) {
        code.iload(iteration).invokestatic(CD_LOOPS, "backEdge", MethodTypeDesc.of(CD_int, CD_int)).istore(iteration);
    }

    /**
     * The body; a break for this loop goes to {@code exit}, a continue for it to {@code next}, which the caller binds
     * right after; others go on up.
     */
    private void body(String label, Stmt body, int out, Label next, Label exit) {
        guarded(() -> guarded(() -> stmt(body, out),
                signal -> signal(signal, CD_CONTINUE, label, next), CD_CONTINUE),
                signal -> signal(signal, CD_BREAK, label, exit), CD_BREAK);
    }

    /** A break's or continue's handler: to {@code target} when the signal names this loop, else thrown on. */
    private void signal(int signal, ClassDesc type, String label, Label target) {
        code.aload(signal).invokevirtual(type, "label", MethodTypeDesc.of(CD_String));
        if (label == null) {
            code.aconst_null();
        } else {
            code.ldc(label);
        }
        code.invokestatic(CD_FLOW, "targets", MethodTypeDesc.of(CD_boolean, CD_String, CD_String))
                .ifne(target)
                .aload(signal)
                .athrow();
    }

    /** A direct call of the statement's {@code exec}, as {@link #callOn} makes it. */
    private void call(Stmt node, int out) {
        callOn(node, Types.STMT, "exec", Types.EXEC, () -> {
            code.aload(FRAME);
            loadPipe(out);
        });
    }

    /** A direct call of the expression's {@code eval}, as {@link #callOn} makes it. */
    private void call(Expr node) {
        callOn(node, CD_EXPR, "eval", EVAL, () -> code.aload(FRAME));
    }

    /**
     * A call of {@code node}'s {@code method} with the {@code arguments} pushed: as the class the node is when the
     * code may name that class (a direct call of a final record), else through the interface that declares it.
     */
    private void callOn(Object node, ClassDesc declaring, String method, MethodTypeDesc type, Runnable arguments) {
        boolean named = nameable(node.getClass());
        ClassDesc owner = named ? Types.desc(node.getClass()) : declaring;
        constants.load(code, node, owner);
        arguments.run();
        if (named) {
            code.invokevirtual(owner, method, type);
        } else {
            code.invokeinterface(owner, method, type);
        }
    }

    private void loadNode(Object node) {
        constants.load(code, node, Types.desc(node.getClass()));
    }

    private void loadPipe(int out) {
        if (out == NULL_PIPE) {
            code.getstatic(Types.PIPE, "NULL", Types.PIPE);
        } else {
            code.aload(out);
        }
    }

    /** Whether generated code in another package may name the class: public, and so is every class around it. */
    private static boolean nameable(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isHidden() || c.isAnonymousClass()) {
                return false;
            }
        }
        return true;
    }
}
