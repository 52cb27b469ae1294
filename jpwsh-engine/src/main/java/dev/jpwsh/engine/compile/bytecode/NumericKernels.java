package dev.jpwsh.engine.compile.bytecode;

import static java.lang.classfile.ClassFile.ACC_FINAL;
import static java.lang.classfile.ClassFile.ACC_PUBLIC;
import static java.lang.classfile.ClassFile.ACC_SYNTHETIC;
import static java.lang.constant.ConstantDescs.CD_Double;
import static java.lang.constant.ConstantDescs.CD_Integer;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;
import static java.lang.constant.ConstantDescs.INIT_NAME;
import static java.lang.constant.ConstantDescs.MTD_void;

import dev.jpwsh.engine.compile.bytecode.BlockCompiler.Types;
import dev.jpwsh.engine.node.Expr;
import dev.jpwsh.engine.node.Literals;
import dev.jpwsh.engine.node.Operators;
import dev.jpwsh.engine.node.Statements;
import dev.jpwsh.engine.node.Stmt;
import dev.jpwsh.engine.node.Variables;
import dev.jpwsh.engine.scope.PSVariable;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Makes the kernel of a {@link NumericLoop} for one signature: a hidden class whose {@code run} loads the variables
 * into int and double locals, runs the loop on them and writes the assigned ones back. Its arithmetic is PowerShell's
 * for these types: an int result is computed in a long and, where it does not fit an int (where PowerShell would
 * make a double), the kernel gives up; a double with an int or a double is a double. A comparison of two ints is an
 * int comparison; one with a double side is made by {@link NumericLoop#compare}, as the interpreter makes it. Every
 * value is kept in a local of its own, so the operand stack is empty wherever the code jumps.
 */
final class NumericKernels {
    private static final ClassDesc SELF = ClassDesc.of(NumericKernels.class.getPackageName(), "NumericKernel");
    private static final ClassDesc CD_KERNEL = Types.desc(NumericLoop.Kernel.class);
    private static final ClassDesc CD_LOOP = Types.desc(NumericLoop.class);
    private static final ClassDesc CD_VARIABLE = Types.desc(PSVariable.class);
    private static final ClassDesc CD_VARIABLES = CD_VARIABLE.arrayType();
    private static final int VARIABLES = 1;
    private static final int FRAME = 2;

    private final CodeBuilder code;
    private final NumericLoop loop;
    private final Typing types;
    private final int[] current;
    private final int[] atIterationStart;
    private final int wide;
    private final Label gaveUp;

    private NumericKernels(CodeBuilder code, NumericLoop loop, int signature) {
        this.code = code;
        this.loop = loop;
        this.types = new Typing(loop, signature);
        this.current = new int[loop.keys().size()];
        this.atIterationStart = new int[current.length];
        this.wide = code.allocateLocal(TypeKind.LONG);
        this.gaveUp = code.newLabel();
    }

    /**
     * The kernel for {@code signature}, or null when the loop's types do not stay as the signature has them (or, unless
     * {@code -Djpwsh.tier.strict=true}, when the class cannot be made).
     */
    static NumericLoop.Kernel compile(NumericLoop loop, int signature) {
        Typing types = new Typing(loop, signature);
        if (!types.holds(loop.loop().body())
                || loop.loop().iterator() != null && !types.holds(loop.loop().iterator())) {
            return null;
        }
        byte[] bytes = BlockCompiler.CLASS_FILE.build(SELF, type -> type.withFlags(ACC_FINAL | ACC_SYNTHETIC)
                .withInterfaceSymbols(CD_KERNEL)
                .withMethodBody(INIT_NAME, MTD_void, ACC_PUBLIC, code -> code
                        .aload(0).invokespecial(CD_Object, INIT_NAME, MTD_void).return_())
                .withMethodBody("run", MethodTypeDesc.of(CD_int, CD_VARIABLES, Types.FRAME), ACC_PUBLIC,
                        code -> new NumericKernels(code, loop, signature).run()));
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(bytes, true);
            return (NumericLoop.Kernel) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class))
                    .invoke();
        } catch (Throwable e) {
            if (BlockCompiler.STRICT) {
                throw new IllegalStateException("the numeric kernel cannot be made for " + loop.loop(), e);
            }
            return null;
        }
    }

    private void run() {
        Label unchanged = code.newLabel();
        for (int i = 0; i < current.length; i++) {
            boolean isInt = isInt(i);
            current[i] = code.allocateLocal(isInt ? TypeKind.INT : TypeKind.DOUBLE);
            atIterationStart[i] = code.allocateLocal(isInt ? TypeKind.INT : TypeKind.DOUBLE);
            if (loop.assigns(i)) {
                read(i, unchanged);
            }
        }
        code.lconst_0().lstore(wide);
        int iteration = code.allocateLocal(TypeKind.INT);
        code.iconst_0().istore(iteration);
        Label top = code.newLabel();
        Label ended = code.newLabel();
        code.labelBinding(top);
        for (int i = 0; i < current.length; i++) {
            if (loop.assigns(i)) {
                load(i, current[i]);
                store(i, atIterationStart[i]);
            }
        }
        for (int i = 0; i < current.length; i++) {
            if (!loop.assigns(i)) {
                read(i, gaveUp);
            }
        }
        condition(loop.loop().condition(), ended);
        code.iload(iteration).aload(FRAME)
                .invokestatic(CD_LOOP, "backEdge", MethodTypeDesc.of(CD_int, CD_int, Types.FRAME))
                .istore(iteration);
        code.iload(iteration).iflt(gaveUp);
        statement(loop.loop().body());
        if (loop.loop().iterator() != null) {
            statement(loop.loop().iterator());
        }
        code.goto_(top);
        code.labelBinding(ended);
        writeBack();
        code.loadConstant(NumericLoop.ENDED).ireturn();
        code.labelBinding(gaveUp);
        writeBack();
        code.labelBinding(unchanged);
        code.loadConstant(NumericLoop.GAVE_UP).ireturn();
    }

    /** Reads variable {@code i}'s value into its local, jumping to {@code wrongType} when it holds another type. */
    private void read(int i, Label wrongType) {
        ClassDesc box = isInt(i) ? CD_Integer : CD_Double;
        int value = code.allocateLocal(TypeKind.REFERENCE);
        code.aload(VARIABLES).loadConstant(i).aaload()
                .invokevirtual(CD_VARIABLE, "value", MethodTypeDesc.of(CD_Object)).astore(value);
        code.aload(value).instanceOf(box).ifeq(wrongType);
        code.aload(value).checkcast(box);
        if (isInt(i)) {
            code.invokevirtual(CD_Integer, "intValue", MethodTypeDesc.of(CD_int)).istore(current[i]);
        } else {
            code.invokevirtual(CD_Double, "doubleValue", MethodTypeDesc.of(CD_double)).dstore(current[i]);
        }
    }

    /** Puts the assigned variables' values at the iteration's start back into the variables. */
    private void writeBack() {
        for (int i = 0; i < current.length; i++) {
            if (!loop.assigns(i)) {
                continue;
            }
            code.aload(VARIABLES).loadConstant(i).aaload();
            if (isInt(i)) {
                code.iload(atIterationStart[i]).invokestatic(CD_Integer, "valueOf", MethodTypeDesc.of(CD_Integer, CD_int));
            } else {
                code.dload(atIterationStart[i]).invokestatic(CD_Double, "valueOf", MethodTypeDesc.of(CD_Double, CD_double));
            }
            code.invokevirtual(CD_VARIABLE, "setValue", MethodTypeDesc.of(CD_void, CD_Object));
        }
    }

    /** Jumps to {@code whenFalse} unless the condition holds. */
    private void condition(Expr node, Label whenFalse) {
        Operators.CompareNode compare = (Operators.CompareNode) (node instanceof Statements.LocatedCondition located
                ? located.inner() : node);
        boolean ints = isInt(compare.left()) && isInt(compare.right());
        int left = value(compare.left());
        int right = value(compare.right());
        if (ints) {
            code.iload(left).iload(right);
            code.branch(switch (compare.kind()) {
                case EQ -> Opcode.IF_ICMPNE;
                case NE -> Opcode.IF_ICMPEQ;
                case GT -> Opcode.IF_ICMPLE;
                case GE -> Opcode.IF_ICMPLT;
                case LT -> Opcode.IF_ICMPGE;
                case LE -> Opcode.IF_ICMPGT;
            }, whenFalse);
            return;
        }
        code.loadConstant(compare.kind().ordinal());
        boxed(compare.left(), left);
        boxed(compare.right(), right);
        code.invokestatic(CD_LOOP, "compare", MethodTypeDesc.of(CD_boolean, CD_int, CD_Object, CD_Object))
                .ifeq(whenFalse);
    }

    private void statement(Stmt node) {
        switch (node) {
            case Statements.Located located -> statement(located.inner());
            case Statements.StatementList list -> list.statements().forEach(this::statement);
            case Statements.Assign assign -> {
                int value = value(assign.value());
                int variable = index((Variables.Variable) assign.target());
                load(variable, value);
                store(variable, current[variable]);
            }
            case Statements.CompoundAssign update -> {
                Variables.Variable target = (Variables.Variable) update.target();
                int variable = index(target);
                int value = arithmetic(update.op(), target, update.value());
                load(variable, value);
                store(variable, current[variable]);
            }
            case Statements.Discard(Operators.Increment increment) -> {
                int variable = index((Variables.Variable) increment.target());
                if (isInt(variable)) {
                    code.iload(current[variable]).i2l().loadConstant((long) increment.delta()).ladd();
                    narrowed(current[variable]);
                } else {
                    code.dload(current[variable]).loadConstant((double) increment.delta()).dadd()
                            .dstore(current[variable]);
                }
            }
            default -> throw new IllegalStateException("not a numeric statement: " + node);
        }
    }

    /** Evaluates {@code node} into a local (an int or a double one, as {@link #isInt}), whose slot it returns. */
    private int value(Expr node) {
        return switch (node) {
            case Variables.Variable variable -> current[index(variable)];
            case Literals.Constant constant -> {
                if (constant.value() instanceof Integer number) {
                    int slot = code.allocateLocal(TypeKind.INT);
                    code.loadConstant(number).istore(slot);
                    yield slot;
                }
                int slot = code.allocateLocal(TypeKind.DOUBLE);
                code.loadConstant((Double) constant.value()).dstore(slot);
                yield slot;
            }
            case Operators.ArithmeticNode arithmetic -> arithmetic(arithmetic.op(), arithmetic.left(),
                    arithmetic.right());
            default -> throw new IllegalStateException("not a numeric expression: " + node);
        };
    }

    /** {@code left op right} into a new local: int op int in a long that must fit an int, else in doubles. */
    private int arithmetic(Operators.ArithmeticOp op, Expr left, Expr right) {
        int a = value(left);
        int b = value(right);
        if (isInt(left) && isInt(right)) {
            code.iload(a).i2l().iload(b).i2l();
            switch (op) {
                case ADD -> code.ladd();
                case SUBTRACT -> code.lsub();
                default -> code.lmul();
            }
            int slot = code.allocateLocal(TypeKind.INT);
            narrowed(slot);
            return slot;
        }
        asDouble(left, a);
        asDouble(right, b);
        switch (op) {
            case ADD -> code.dadd();
            case SUBTRACT -> code.dsub();
            default -> code.dmul();
        }
        int slot = code.allocateLocal(TypeKind.DOUBLE);
        code.dstore(slot);
        return slot;
    }

    /** Stores the long on the stack into int local {@code slot}, or gives up when it does not fit an int. */
    private void narrowed(int slot) {
        code.lstore(wide).lload(wide).l2i().i2l().lload(wide).lcmp().ifne(gaveUp);
        code.lload(wide).l2i().istore(slot);
    }

    private void asDouble(Expr node, int slot) {
        if (isInt(node)) {
            code.iload(slot).i2d();
        } else {
            code.dload(slot);
        }
    }

    private void boxed(Expr node, int slot) {
        if (isInt(node)) {
            code.iload(slot).invokestatic(CD_Integer, "valueOf", MethodTypeDesc.of(CD_Integer, CD_int));
        } else {
            code.dload(slot).invokestatic(CD_Double, "valueOf", MethodTypeDesc.of(CD_Double, CD_double));
        }
    }

    /** Loads local {@code slot}, of variable {@code variable}'s type. */
    private void load(int variable, int slot) {
        if (isInt(variable)) {
            code.iload(slot);
        } else {
            code.dload(slot);
        }
    }

    private void store(int variable, int slot) {
        if (isInt(variable)) {
            code.istore(slot);
        } else {
            code.dstore(slot);
        }
    }

    private boolean isInt(Expr node) {
        return types.isInt(node);
    }

    private boolean isInt(int variable) {
        return types.isInt(variable);
    }

    private int index(Variables.Variable variable) {
        return types.index(variable);
    }

    /** The types of a loop's values under one signature. */
    private record Typing(NumericLoop loop, int signature) {
        /** Whether every assignment gives its variable the type the signature says it holds. */
        boolean holds(Stmt node) {
            return switch (node) {
                case Statements.Located located -> holds(located.inner());
                case Statements.StatementList list -> list.statements().stream().allMatch(this::holds);
                case Statements.Assign assign -> isInt(assign.value()) == isInt((Variables.Variable) assign.target());
                case Statements.CompoundAssign update -> !isInt((Variables.Variable) update.target())
                        || isInt(update.value());
                default -> true; // ++ and -- keep an int an int (or give up) and a double a double
            };
        }

        /** Whether {@code node}'s value is an int: a variable holding one, an int constant, int op int. */
        boolean isInt(Expr node) {
            return switch (node) {
                case Variables.Variable variable -> isInt(index(variable));
                case Literals.Constant constant -> constant.value() instanceof Integer;
                case Operators.ArithmeticNode arithmetic -> isInt(arithmetic.left()) && isInt(arithmetic.right());
                default -> throw new IllegalStateException("not a numeric expression: " + node);
            };
        }

        boolean isInt(int variable) {
            return (signature & 1 << variable) != 0;
        }

        int index(Variables.Variable variable) {
            return loop.keys().indexOf(variable.key());
        }
    }
}
