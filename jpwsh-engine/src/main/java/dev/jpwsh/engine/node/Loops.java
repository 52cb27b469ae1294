package dev.jpwsh.engine.node;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.exec.FlowSignal;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.ListEnumerator;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.VariableOptions;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.ops.Comparison;
import dev.jpwsh.runtime.ops.RegexOperators;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Loops and switch. Each runs its body and handles break and continue aimed at it: unlabelled ones, or ones
 * naming its label; others pass on to an outer loop. Every iteration starts at a {@link #backEdge}, so a stop
 * ends even a loop whose body has no statement ({@code while ($true) {}}), and a spinning loop lets other virtual
 * threads run.
 */
public final class Loops {
    private Loops() {
    }

    /**
     * Where a running pipeline notices a stop: Stop(), Stop-Job, a timeout or Ctrl+C interrupt the pipeline's thread,
     * and this throws PipelineStoppedException when the calling thread is interrupted. One volatile read otherwise.
     */
    public static void stopPoint() {
        if (Thread.currentThread().isInterrupted()) {
            throw RuntimeFailures.pipelineStopped();
        }
    }

    /** Iterations between two pauses of a loop on a virtual thread (a power of two); see {@link #backEdge}. */
    private static final int PAUSE_EVERY = 1 << 13;
    /** How long such a pause asks for; the point is the unmount, not the time. */
    private static final long PAUSE_NANOS = 1_000;

    /**
     * A loop's back-edge, before each iteration: a {@link #stopPoint}, and on a virtual thread every
     * {@value #PAUSE_EVERY} iterations a very short park. Virtual threads are not preempted: loops spinning on as many
     * virtual threads as there are carriers (two -Parallel tasks on two cores) would starve every other virtual
     * thread, the pipelines that would time them out or stop them included. {@link Thread#yield} is not enough: a
     * yielded thread goes back to its carrier's own queue, which never empties while other spinners are in it, so
     * work submitted from outside (a thread started by a platform thread) would still wait for ever; a timed park is
     * resumed from outside, through the same queue. Platform threads are preempted by the OS and never pause here.
     *
     * @param iteration the loop's iterations so far
     * @return the count with this one
     */
    public static int backEdge(int iteration) {
        stopPoint();
        if ((iteration & (PAUSE_EVERY - 1)) == PAUSE_EVERY - 1 && Thread.currentThread().isVirtual()) {
            LockSupport.parkNanos(PAUSE_NANOS);
        }
        return iteration + 1;
    }

    /** Runs the body once; returns false when a break for this loop ended it. */
    static boolean runBody(Stmt body, String label, Frame frame, Pipe out) {
        try {
            body.exec(frame, out);
            return true;
        } catch (FlowSignal.Break b) {
            if (FlowSignal.targets(b.label(), label)) {
                return false;
            }
            throw b;
        } catch (FlowSignal.Continue c) {
            if (FlowSignal.targets(c.label(), label)) {
                return true;
            }
            throw c;
        }
    }

    /** {@code do { } while (c)} and {@code do { } until (c)}. */
    public record DoLoop(String label, Stmt body, Expr condition, boolean until) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            int iteration = 0;
            do {
                iteration = backEdge(iteration);
                if (!runBody(body, label, frame, out)) {
                    return;
                }
            } while (LanguagePrimitives.isTrue(condition.eval(frame)) != until);
        }
    }

    /** A {@code limit} of {@link For#run} that lets the loop run to its end. */
    public static final int UNLIMITED = -1;

    /**
     * {@code for (init; condition; iterator) { }}; a missing condition is true. A {@code while (c) { }} is one without
     * initializer and iterator.
     */
    public record For(String label, Stmt initializer, Expr condition, Stmt iterator, Stmt body) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            run(frame, out, UNLIMITED);
        }

        /**
         * Runs the loop, initializer first, for at most {@code limit} iterations ({@link #UNLIMITED}: all of them).
         * Returns true when the loop ended, false when it stopped after {@code limit} iterations, before its condition
         * was evaluated again: everything a loop iteration leaves is in the script's variables, so the loop goes on
         * exactly where it stopped when {@link #withoutInitializer} runs next.
         */
        public boolean run(Frame frame, Pipe out, int limit) {
            if (initializer != null) {
                initializer.exec(frame, Pipe.NULL);
            }
            for (int iteration = 0; limit == UNLIMITED || iteration < limit;) {
                if (condition != null && !LanguagePrimitives.isTrue(condition.eval(frame))) {
                    return true;
                }
                iteration = backEdge(iteration);
                if (!runBody(body, label, frame, out)) {
                    return true;
                }
                if (iterator != null) {
                    iterator.exec(frame, Pipe.NULL);
                }
            }
            return false;
        }

        /** The rest of a loop {@link #run} stopped: the same loop without its initializer. */
        public For withoutInitializer() {
            return new For(label, null, condition, iterator, body);
        }
    }

    /**
     * {@code foreach ($x in collection) { }}: the collection is enumerated; null gives no iteration. While the
     * loop runs, {@code $foreach} is its enumerator; afterwards the variable is as it was before.
     */
    public record ForEach(String label, Assignable variable, Expr collection, Stmt body) implements Stmt {
        private static final String ENUMERATOR = "foreach";

        @Override
        public void exec(Frame frame, Pipe out) {
            List<Object> items;
            if (collection instanceof Operators.Range range) {
                items = range.enumerate(frame);
            } else {
                Object value = collection.eval(frame);
                if (value == null) {
                    return;
                }
                items = Enumeration.toList(value);
            }
            ListEnumerator enumerator = new ListEnumerator(items);
            PSVariable outer = frame.scope().local(ENUMERATOR);
            frame.scope().define(new PSVariable(ENUMERATOR, enumerator, VariableOptions.NONE));
            try {
                int iteration = 0;
                while (enumerator.MoveNext()) {
                    variable.assign(frame, enumerator.getCurrent());
                    iteration = backEdge(iteration);
                    if (!runBody(body, label, frame, out)) {
                        return;
                    }
                }
            } finally {
                if (outer != null) {
                    frame.scope().define(outer);
                } else {
                    frame.scope().remove(ENUMERATOR);
                }
            }
        }
    }

    /** How a switch clause compares. */
    public enum SwitchMode {
        EQUALS, REGEX, WILDCARD, EXACT
    }

    /** One switch clause: a test value or script block, and its body. */
    public record SwitchClause(Expr test, Stmt body) {
    }

    /**
     * {@code switch (values) { clauses }}: every value is tested against every clause in order ({@code $_} is
     * the value); {@code break} leaves the switch, {@code continue} moves to the next value; the default
     * clause runs for a value no clause matched.
     */
    public record Switch(String label, SwitchMode mode, boolean caseSensitive, Expr values,
            List<SwitchClause> clauses, Stmt defaultBody) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            Object input = values.eval(frame);
            int iteration = 0;
            for (Object value : Enumeration.toList(input == null ? new Object[] {null} : input)) {
                iteration = backEdge(iteration);
                frame.setLocal("_", value);
                boolean matched = false;
                try {
                    for (SwitchClause clause : clauses) {
                        if (matches(frame, clause.test(), value)) {
                            matched = true;
                            frame.setLocal("_", value);
                            clause.body().exec(frame, out);
                        }
                    }
                    if (!matched && defaultBody != null) {
                        defaultBody.exec(frame, out);
                    }
                } catch (FlowSignal.Break b) {
                    if (FlowSignal.targets(b.label(), label)) {
                        return;
                    }
                    throw b;
                } catch (FlowSignal.Continue c) {
                    if (!FlowSignal.targets(c.label(), label)) {
                        throw c;
                    }
                }
            }
        }

        private boolean matches(Frame frame, Expr test, Object value) {
            Object t = test.eval(frame);
            if (t instanceof ScriptBlock block) {
                return LanguagePrimitives.isTrue(block.invokeWithUnderscore(frame, value));
            }
            String text = LanguagePrimitives.toString(value);
            String pattern = LanguagePrimitives.toString(t);
            return switch (mode) {
                case REGEX -> {
                    dev.jpwsh.runtime.regex.DotNetPattern regex = RegexOperators.compile(pattern, caseSensitive);
                    java.util.regex.Matcher m = regex.matcher(text);
                    boolean found = m.find();
                    if (found) {
                        frame.setLocal("Matches", RegexOperators.matchesTable(regex, m));
                    }
                    yield found;
                }
                case WILDCARD -> Wildcard.matches(text, pattern, caseSensitive);
                case EQUALS, EXACT -> value instanceof String || t instanceof String
                        ? caseSensitive ? text.equals(pattern) : text.equalsIgnoreCase(pattern)
                        : Comparison.equal(value, t, caseSensitive);
            };
        }
    }
}
