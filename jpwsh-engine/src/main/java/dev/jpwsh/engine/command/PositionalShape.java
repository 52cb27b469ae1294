package dev.jpwsh.engine.command;

import dev.jpwsh.engine.node.Stmt;
import java.util.List;

/**
 * What a script block's declaration decides once about calls that pass it values only: whether such a call binds
 * by position alone ({@link #plain}: no {@code [CmdletBinding()]}, no parameter taking the remaining arguments,
 * naming a set or having an alias), the order the values bind in, whether the call can also skip the
 * begin/process/end protocol ({@link #direct}: an end block only), and whether its values need no conversion or check
 * ({@link #bare}). Immutable; made with the compiled body.
 */
public final class PositionalShape {
    private static final int NOT_POSITIONAL = Integer.MAX_VALUE;

    private final boolean plain;
    private final boolean direct;
    private final boolean bare;
    /** The indexes of the positional parameters in the order values bind to them. */
    private final int[] order;
    /** Per parameter, its place in {@link #order}, or {@value #NOT_POSITIONAL}. */
    private final int[] rank;

    private PositionalShape(boolean plain, boolean direct, boolean bare, int[] order, int[] rank) {
        this.plain = plain;
        this.direct = direct;
        this.bare = bare;
        this.order = order;
        this.rank = rank;
    }

    /** The shape of a body with these parameters and named blocks. */
    public static PositionalShape of(List<ParameterSpec> parameters, boolean cmdletBinding, Stmt begin, Stmt process,
            Stmt clean) {
        boolean plain = !cmdletBinding;
        for (ParameterSpec p : parameters) {
            plain &= !p.fromRemainingArguments() && p.parameterSets().isEmpty() && p.aliases().isEmpty();
        }
        boolean[] taken = new boolean[parameters.size()];
        int[] rank = new int[parameters.size()];
        java.util.Arrays.fill(rank, NOT_POSITIONAL);
        int count = 0;
        for (int i = ScriptParameterBinder.nextPositional(parameters, taken, true); i >= 0;
                i = ScriptParameterBinder.nextPositional(parameters, taken, true)) {
            taken[i] = true;
            rank[i] = count++;
        }
        int[] order = new int[count];
        for (int i = 0; i < rank.length; i++) {
            if (rank[i] != NOT_POSITIONAL) {
                order[rank[i]] = i;
            }
        }
        boolean bare = true;
        for (int i = 0; i < rank.length; i++) {
            ParameterSpec p = parameters.get(i);
            bare &= p.type() == null && p.validations().isEmpty() && !p.mandatory() && rank[i] != NOT_POSITIONAL;
        }
        return new PositionalShape(plain, plain && begin == null && process == null && clean == null, plain && bare,
                order, rank);
    }

    /** Whether a call passing values only binds them by position alone. */
    public boolean plain() {
        return plain;
    }

    /** Whether such a call, with no pipeline input, only binds and runs the end block. */
    public boolean direct() {
        return direct;
    }

    /**
     * Whether every parameter is positional, untyped, unvalidated and optional, so that a call giving each a value binds
     * them as they are, with nothing to convert, check or default.
     */
    boolean bare() {
        return bare;
    }

    /** How many values bind to parameters; the rest go to {@code $args}. */
    int positionalCount() {
        return order.length;
    }

    /** The parameters in the order values bind to them: the {@code n}th value binds to parameter {@code order[n]}. */
    int[] order() {
        return order;
    }

    /** Which value parameter {@code index} takes: its place in {@link #order}, or {@code Integer.MAX_VALUE}. */
    int rank(int index) {
        return rank[index];
    }
}
