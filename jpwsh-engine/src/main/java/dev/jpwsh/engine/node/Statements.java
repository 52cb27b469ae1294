package dev.jpwsh.engine.node;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.ExceptionTypes;
import dev.jpwsh.engine.exec.FlowSignal;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.exec.StackGuard;
import dev.jpwsh.engine.exec.TrapSite;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.ops.Memory;
import java.util.List;

/** Statements: lists, assignments, conditionals, flow control, error handling and definitions. */
public final class Statements {
    private Statements() {
    }

    /**
     * Statements run in order. A statement-terminating error that no try is waiting for goes to the list's
     * traps; else {@code $ErrorActionPreference} decides: Stop makes it end the script, SilentlyContinue and
     * Ignore only record it, otherwise it is reported; then the next statement runs. Script-terminating errors go
     * on up.
     */
    public record StatementList(List<Stmt> statements, List<Trap> traps) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            for (int i = 0; i < statements.size(); i++) {
                try {
                    statements.get(i).exec(frame, out);
                } catch (PSException e) {
                    handle(frame, out, e);
                }
                if (frame.returning()) {
                    return;
                }
            }
        }

        /** What a statement's error that reached this list does: a trap runs, or the preference decides. */
        public void handle(Frame frame, Pipe out, PSException e) {
            for (Trap trap : traps) {
                if (trap.catches(e.record())) {
                    if (trap.run(frame, out, e.record())) {
                        return;
                    }
                    throw e;
                }
            }
            if (e.terminatesScript() || frame.context().tryDepth() > 0) {
                throw e;
            }
            switch (String.valueOf(frame.variable("erroractionpreference")).toLowerCase(java.util.Locale.ROOT)) {
                case "stop" -> throw new PSException(e.record(), true);
                case "silentlycontinue", "ignore" -> {
                    frame.context().recordError(e.record());
                    frame.context().markFailed();
                }
                default -> frame.context().reportError(e.record());
            }
        }
    }

    /** {@code trap [T] { }}: runs for matching errors; {@code continue} in it resumes silently. */
    public record Trap(String typeName, Stmt body) {
        boolean catches(ErrorRecord record) {
            return typeName == null || ExceptionTypes.matches(typeName, record);
        }

        /**
         * Runs the trap in a scope of its own, as pwsh always gives it one (its variables stay in it); true to resume
         * after the failing statement, false to let the error go on.
         */
        boolean run(Frame frame, Pipe out, ErrorRecord record) {
            Frame trapFrame = frame.childScope();
            trapFrame.setLocal("_", "_", record);
            trapFrame.setLocal(TrapSite.KEY, TrapSite.KEY, new TrapSite(typeName, frame.context().currentPosition()));
            try {
                body.exec(trapFrame, out);
            } catch (FlowSignal.Continue resume) {
                return true;
            } catch (FlowSignal.Break stop) {
                return false;
            }
            frame.context().reportError(record);
            return true;
        }
    }

    /**
     * A statement with its source position, given to errors that arise in it and have none yet. Before it runs,
     * pending event actions of the session get their checkpoint. A Java error that a script can cause ends up here
     * as pwsh's error, for this pipeline alone: a StackOverflowError that {@link StackGuard}'s probes did not
     * forestall as the call depth overflow, an OutOfMemoryError as OutOfMemoryException.
     */
    public record Located(Stmt inner, ErrorRecord.ScriptPosition position) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            enter(frame);
            try {
                inner.exec(frame, out);
                leave(frame);
            } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
                throw failure(e);
            }
        }

        /** What happens before the statement runs: a stop point, the event checkpoint, its position, a fresh {@code $?}. */
        public void enter(Frame frame) {
            Loops.stopPoint();
            frame.context().pendingActions().checkpoint();
            frame.context().setCurrentPosition(position);
            frame.context().beginStatement();
        }

        /** What happens after the statement ran to its end: {@code $?}, unless a direct return is leaving the block. */
        public void leave(Frame frame) {
            if (!frame.returning()) {
                frame.context().endStatement();
            }
        }

        /**
         * What a failure of the statement (a RuntimeException, StackOverflowError or OutOfMemoryError) throws on: the
         * call depth overflow for a stack overflow, pwsh's OutOfMemoryException, or the exception {@link #locate}d here.
         */
        public RuntimeException failure(Throwable failure) {
            if (failure instanceof StackOverflowError) {
                return StackGuard.callDepthOverflow();
            }
            if (failure instanceof OutOfMemoryError) {
                PSException outOfMemory = RuntimeFailures.of(Memory.outOfMemory());
                return outOfMemory.withRecord(outOfMemory.record().withPosition(position));
            }
            return locate((RuntimeException) failure, position);
        }

        /**
         * What a failure in code at {@code position} throws on: a flow signal, or an error that has its position
         * already, as it is; else pwsh's error for it, placed there.
         */
        static RuntimeException locate(RuntimeException failure, ErrorRecord.ScriptPosition position) {
            return switch (failure) {
                case PSException e -> e.record().position() == null ? e.withRecord(e.record().withPosition(position)) : e;
                case FlowSignal signal -> signal;
                case dev.jpwsh.runtime.error.PSRuntimeException e ->
                        RuntimeFailures.of(e).withRecord(RuntimeFailures.of(e).record().withPosition(position));
                default -> RuntimeFailures.fromJava(failure)
                        .withRecord(RuntimeFailures.fromJava(failure).record().withPosition(position));
            };
        }
    }

    /**
     * The condition of an {@code if}, {@code while}, {@code do} or {@code for} that is a lone expression, with its
     * own source position, as pwsh gives it a sequence point of its own: an error in it is reported at the condition,
     * not at the whole statement. Only a failure pays for it: the position is not stored on every evaluation.
     */
    public record LocatedCondition(Expr inner, ErrorRecord.ScriptPosition position) implements Expr {
        @Override
        public Object eval(Frame frame) {
            try {
                return inner.eval(frame);
            } catch (RuntimeException e) {
                throw failure(e);
            }
        }

        /** What a failure of the condition throws on: the failure placed at the condition. */
        public RuntimeException failure(RuntimeException failure) {
            return Located.locate(failure, position);
        }
    }

    /** An expression as a statement: its value is written, a collection enumerated. */
    public record ExpressionStatement(Expr expression) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            Enumerables.write(expression.evalKeepingNothing(frame), out);
        }
    }

    /** A method call as a statement: its result is output, unless the method is void. */
    public record MethodCall(Access.InvokeMember call) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            Enumerables.write(call.call(frame), out);
        }
    }

    /** An expression whose value is not output ({@code $i++} as a statement). */
    public record Discard(Expr expression) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            expression.eval(frame);
        }
    }

    /** {@code target = value}. */
    public record Assign(Assignable target, Expr value) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            target.assign(frame, target instanceof Variables.Variable ? value.evalKeepingNothing(frame)
                    : value.eval(frame));
        }
    }

    /** {@code target op= value}: {@code +=}, {@code -=}, {@code *=}, {@code /=}, {@code %=}. */
    public record CompoundAssign(Assignable target, Operators.ArithmeticOp op, Expr value) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            dev.jpwsh.engine.scope.PSVariable variable = updatable(frame);
            if (variable != null) {
                update(variable, value.evalKeepingNothing(frame));
                return;
            }
            target.assign(frame, Operators.arithmetic(op, target.eval(frame), value.evalKeepingNothing(frame)));
        }

        /** The variable the update can change in place (an unconstrained, writable one), or null. */
        public dev.jpwsh.engine.scope.PSVariable updatable(Frame frame) {
            if (target instanceof Variables.Variable v) {
                dev.jpwsh.engine.scope.PSVariable variable = v.forUpdate(frame);
                return variable != null && variable.typeConstraint() == null ? variable : null;
            }
            return null;
        }

        /** Changes {@link #updatable} in place by {@code right}, the value already evaluated. */
        public void update(dev.jpwsh.engine.scope.PSVariable variable, Object right) {
            variable.setValue(Operators.arithmetic(op, variable.value(), right));
        }
    }

    /** {@code target ??= value}. */
    public record CoalesceAssign(Assignable target, Expr value) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            if (target.eval(frame) == null) {
                target.assign(frame, value.eval(frame));
            }
        }
    }

    /** {@code $a, $b = values}: one element each, the rest to the last target. */
    public record MultiAssign(List<Assignable> targets, Expr value) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            List<Object> values = Enumeration.toList(value.eval(frame));
            for (int i = 0; i < targets.size(); i++) {
                Object v;
                if (i == targets.size() - 1 && values.size() > targets.size()) {
                    v = values.subList(i, values.size()).toArray();
                } else {
                    v = i < values.size() ? values.get(i) : null;
                }
                targets.get(i).assign(frame, v);
            }
        }
    }

    /** {@code if (c) { } elseif (c) { } else { }}. */
    public record If(List<Expr> conditions, List<Stmt> bodies, Stmt elseBody) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            for (int i = 0; i < conditions.size(); i++) {
                if (LanguagePrimitives.isTrue(conditions.get(i).eval(frame))) {
                    bodies.get(i).exec(frame, out);
                    return;
                }
            }
            if (elseBody != null) {
                elseBody.exec(frame, out);
            }
        }
    }

    /** {@code throw value}: a script-terminating error. */
    public record Throw(Expr value) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            Object v = value == null ? frame.variable("_") : value.eval(frame);
            throw RuntimeFailures.thrown(value == null && !(v instanceof ErrorRecord) ? null : v);
        }
    }

    /**
     * {@code return [value]}. A {@code direct} one stands in an end block with only statement lists and ifs around
     * it ({@link ReturnTarget}): instead of throwing it marks the frame as returning, and each of those statement
     * lists stops, as the throw would have stopped them, without unwinding the Java stack.
     */
    public record Return(Expr value, boolean direct) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            if (value != null) {
                Enumerables.write(value.evalKeepingNothing(frame), out);
            }
            if (direct) {
                frame.setReturning(true);
                return;
            }
            throw FlowSignal.Return.INSTANCE;
        }
    }

    /**
     * {@code return [value]} in a class method: hands the value, as it is (a collection is not enumerated), to the
     * method's runner through its output as a {@link Returned}, then ends the method.
     */
    public record MethodReturn(Expr value) implements Stmt {
        /** The value a method's {@code return} gave. */
        public record Returned(Object value) {
        }

        @Override
        public void exec(Frame frame, Pipe out) {
            out.write(new Returned(value == null ? null : value.eval(frame)));
            throw FlowSignal.Return.INSTANCE;
        }
    }

    /**
     * An end block holding direct returns: runs it, then clears the frame's returning mark, where the block's runner
     * would have caught the {@link FlowSignal.Return} (a return ends the end block, after which nothing else of the
     * block runs but its clean block).
     */
    public record ReturnTarget(Stmt body) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            try {
                body.exec(frame, out);
            } finally {
                frame.setReturning(false);
            }
        }
    }

    /** {@code exit [code]}. */
    public record Exit(Expr value) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            Object v = value == null ? 0 : value.eval(frame);
            int code = v == null ? 0 : ((Number) dev.jpwsh.engine.types.Conversions.convert(v, Integer.class))
                    .intValue();
            throw new FlowSignal.Exit(code);
        }
    }

    /** {@code break [label]}. */
    public record Break(String label) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            throw label == null ? FlowSignal.Break.UNLABELED : new FlowSignal.Break(label);
        }
    }

    /** {@code continue [label]}. */
    public record Continue(String label) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            throw label == null ? FlowSignal.Continue.UNLABELED : new FlowSignal.Continue(label);
        }
    }

    /**
     * {@code function name { }}: defines the function in the current scope (or the one its name says), and the
     * aliases its {@code [Alias()]} attribute names, which are the session's aliases like Set-Alias's.
     */
    public record FunctionDefinition(String name, String qualifier, ScriptBlock.Compiled body) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            if (!frame.scopeFor(qualifier).defineFunction(name, ScriptBlock.definedIn(body, frame))) {
                throw RuntimeFailures.functionNotWritable(name);
            }
            for (String alias : body.options().aliases()) {
                frame.context().replaceCommands(frame.context().commands()
                        .withAlias(new dev.jpwsh.engine.command.AliasInfo(alias, name)));
            }
        }
    }

    /** {@code try { } catch [T] { } finally { }}. */
    public record Try(Stmt body, List<Catch> catches, Stmt finallyBody) implements Stmt {
        @Override
        public void exec(Frame frame, Pipe out) {
            try {
                PSException failure = null;
                frame.context().enterTry();
                try {
                    body.exec(frame, out);
                } catch (PSException e) {
                    failure = e;
                } catch (dev.jpwsh.runtime.error.PSRuntimeException e) {
                    failure = RuntimeFailures.of(e);
                } finally {
                    frame.context().exitTry();
                }
                if (failure != null) {
                    handle(frame, out, failure);
                }
            } finally {
                if (finallyBody != null) {
                    finallyBody.exec(frame, out);
                }
            }
        }

        private void handle(Frame frame, Pipe out, PSException failure) {
            for (Catch c : catches) {
                if (c.catches(failure.record())) {
                    frame.context().recordError(failure.record());
                    frame.setPipelineItem(failure.record());
                    c.body().exec(frame, out);
                    return;
                }
            }
            throw failure;
        }
    }

    /** One catch clause: the .NET type names it catches (none: everything) and its body. */
    public record Catch(List<String> typeNames, Stmt body) {
        boolean catches(ErrorRecord record) {
            return typeNames.isEmpty() || typeNames.stream().anyMatch(t -> ExceptionTypes.matches(t, record));
        }
    }
}
