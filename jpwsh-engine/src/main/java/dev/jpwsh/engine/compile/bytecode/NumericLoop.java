package dev.jpwsh.engine.compile.bytecode;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.node.Expr;
import dev.jpwsh.engine.node.Literals;
import dev.jpwsh.engine.node.Loops;
import dev.jpwsh.engine.node.Operators;
import dev.jpwsh.engine.node.Statements;
import dev.jpwsh.engine.node.Stmt;
import dev.jpwsh.engine.node.Variables;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.ops.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The rest of a {@code for} or {@code while} loop (its initializer has run) whose condition and statements do nothing
 * but compute with int and double values held in a few variables: comparisons, {@code + - *}, assignments,
 * compound assignments and {@code ++}/{@code --}, as {@code for ($i = 1; $i -le $n; $i++) { $s += $i }} does. Such a
 * loop runs as a kernel ({@link NumericKernels}) that keeps the variables in JVM locals, unboxed, and writes them back
 * when it leaves; nothing else can see them meanwhile, as nothing else runs in the loop.
 *
 * <p>A kernel is made for the types the variables hold when the loop reaches it (its signature: which hold an int,
 * which a double), so its arithmetic is typed. Where PowerShell would change a variable's type (an int sum that
 * overflows becomes a double), and where anything from outside must be noticed (a stop, a pending engine event
 * action), the kernel gives up at the start of the iteration it was in: it writes the variables back as they were
 * then, this class runs that one iteration through the loop's nodes, which do what PowerShell does, and enters the
 * kernel for the new types. Variables the loop only reads are read again each iteration (a host or another thread
 * may change them), and the kernel gives up if one no longer holds its type. Variables that are not numbers,
 * constrained, read-only, computed or (when assigned) not the loop's scope's own, and a loop in the global scope,
 * whose variables other threads may read meanwhile, leave the loop to its ordinary code.
 *
 * <p>Kernels are made on first use per signature, by any thread: two threads may both make one, and either result
 * is right. {@link #kernels} is an atomic array, so a thread that sees a kernel sees it finished.
 */
final class NumericLoop implements Stmt {
    /** Variables a kernel holds at most: a signature is one bit per variable. */
    private static final int MAX_VARIABLES = 8;

    /** What {@link Kernel#run} returns: the loop's condition became false, or it gave up at an iteration's start. */
    static final int ENDED = 0;
    static final int GAVE_UP = 1;

    /** The code made for one signature. */
    interface Kernel {
        /**
         * Runs the loop with {@code variables} (in {@link #keys} order, holding the signature's types) until it ends
         * or gives up; either way the variables it assigns hold their values at the start of the iteration it stopped
         * in (when the condition was false, their last values).
         */
        int run(PSVariable[] variables, Frame frame);
    }

    /** Stands in {@link #kernels} for a signature no kernel can be made for. */
    private static final Kernel NONE = (variables, frame) -> {
        throw new IllegalStateException("no kernel");
    };

    private final Loops.For loop;
    private final Stmt ordinary;
    /** The variables' keys, in the order their nodes first appear; {@link #assigned} says which the loop assigns. */
    private final List<String> keys;
    private final boolean[] assigned;
    private final AtomicReferenceArray<Kernel> kernels;

    private NumericLoop(Loops.For loop, Stmt ordinary, List<String> keys, boolean[] assigned) {
        this.loop = loop;
        this.ordinary = ordinary;
        this.keys = keys;
        this.assigned = assigned;
        this.kernels = new AtomicReferenceArray<>(1 << keys.size());
    }

    /**
     * The loop {@code rest} (without initializer) as a numeric loop running {@code ordinary} where no kernel can, or
     * null when its nodes are not all of the kinds a kernel computes.
     */
    static NumericLoop of(Loops.For rest, Stmt ordinary) {
        Shape shape = new Shape();
        if (rest.initializer() != null || rest.condition() == null || !shape.condition(rest.condition())
                || !shape.statement(rest.body()) || rest.iterator() != null && !shape.statement(rest.iterator())
                || shape.keys.isEmpty() || shape.keys.size() > MAX_VARIABLES) {
            return null;
        }
        boolean[] assigned = new boolean[shape.keys.size()];
        for (int i = 0; i < assigned.length; i++) {
            assigned[i] = shape.assigned.contains(shape.keys.get(i));
        }
        return new NumericLoop(rest, ordinary, List.copyOf(shape.keys), assigned);
    }

    /** Whether {@code loop}'s rest could run as a numeric loop (which its types decide at run time). */
    static boolean fits(Loops.For loop) {
        return of(loop.withoutInitializer(), loop) != null;
    }

    Loops.For loop() {
        return loop;
    }

    List<String> keys() {
        return keys;
    }

    boolean assigns(int variable) {
        return assigned[variable];
    }

    @Override
    public void exec(Frame frame, Pipe out) {
        PSVariable[] variables = new PSVariable[keys.size()];
        while (true) {
            int signature = signature(frame, variables);
            Kernel kernel = signature < 0 ? NONE : kernel(signature);
            if (kernel == NONE) {
                ordinary.exec(frame, out);
                return;
            }
            if (kernel.run(variables, frame) == ENDED || loop.run(frame, out, 1)) {
                return;
            }
        }
    }

    /**
     * Finds the variables and returns which hold ints (bit {@code i} for variable {@code i}); -1 when one is missing or
     * is not a plain int or double variable the kernel may keep.
     */
    private int signature(Frame frame, PSVariable[] variables) {
        if (frame.scope().parent() == null) {
            return -1; // the global scope's variables may be read from other threads while the loop runs
        }
        int signature = 0;
        for (int i = 0; i < variables.length; i++) {
            String key = keys.get(i);
            PSVariable variable = assigned[i] ? frame.scope().local(key) : frame.lookup(key);
            if (variable == null || variable.isComputed() || variable.typeConstraint() != null
                    || assigned[i] && variable.isReadOnly()) {
                return -1;
            }
            Object value = variable.value();
            if (value instanceof Integer) {
                signature |= 1 << i;
            } else if (!(value instanceof Double)) {
                return -1;
            }
            variables[i] = variable;
        }
        return signature;
    }

    private Kernel kernel(int signature) {
        Kernel kernel = kernels.get(signature);
        if (kernel == null) {
            kernel = NumericKernels.compile(this, signature);
            kernels.set(signature, kernel == null ? NONE : kernel);
        }
        return kernel == null ? NONE : kernel;
    }

    /**
     * A kernel's back-edge: the iteration count with this one, or -1 when the loop must give up so that its nodes
     * notice what came from outside (a stop, an engine event action waiting). On a virtual thread it pauses as
     * {@link Loops#backEdge} does.
     */
    static int backEdge(int iteration, Frame frame) {
        if (Thread.currentThread().isInterrupted() || frame.context().pendingActions().hasPendingActions()) {
            return -1;
        }
        return Loops.backEdge(iteration);
    }

    /** The comparison kinds by ordinal, for {@link #compare}. */
    private static final Comparison.Kind[] KINDS = Comparison.Kind.values();

    /** A comparison with a double side, as {@link Operators.CompareNode} makes it. */
    static boolean compare(int kind, Object left, Object right) {
        return LanguagePrimitives.isTrue(Comparison.compare(KINDS[kind], left, right, false));
    }

    /** The variables of a loop's nodes, and whether every node is of a kind a kernel computes. */
    private static final class Shape {
        private final List<String> keys = new ArrayList<>();
        private final List<String> assigned = new ArrayList<>();

        boolean condition(Expr node) {
            Expr inner = node instanceof Statements.LocatedCondition located ? located.inner() : node;
            return inner instanceof Operators.CompareNode compare && number(compare.left()) && number(compare.right());
        }

        boolean statement(Stmt node) {
            return switch (node) {
                case Statements.Located located -> statement(located.inner());
                case Statements.StatementList list -> list.traps().isEmpty()
                        && list.statements().stream().allMatch(this::statement);
                case Statements.Assign assign -> target(assign.target()) && number(assign.value());
                case Statements.CompoundAssign update -> arithmetic(update.op()) && target(update.target())
                        && number(update.value());
                case Statements.Discard(Operators.Increment increment) -> target(increment.target());
                default -> false;
            };
        }

        boolean number(Expr node) {
            return switch (node) {
                case Literals.Constant constant -> constant.value() instanceof Integer
                        || constant.value() instanceof Double;
                case Variables.Variable variable -> variable(variable);
                case Operators.ArithmeticNode arithmetic -> arithmetic(arithmetic.op())
                        && number(arithmetic.left()) && number(arithmetic.right());
                default -> false;
            };
        }

        private boolean target(dev.jpwsh.engine.node.Assignable node) {
            if (node instanceof Variables.Variable variable && variable(variable)) {
                if (!assigned.contains(variable.key())) {
                    assigned.add(variable.key());
                }
                return true;
            }
            return false;
        }

        private boolean variable(Variables.Variable variable) {
            if (!variable.qualifier().isEmpty()) {
                return false;
            }
            if (!keys.contains(variable.key())) {
                keys.add(variable.key());
            }
            return true;
        }

        private static boolean arithmetic(Operators.ArithmeticOp op) {
            return op == Operators.ArithmeticOp.ADD || op == Operators.ArithmeticOp.SUBTRACT
                    || op == Operators.ArithmeticOp.MULTIPLY;
        }
    }
}
