package dev.jpwsh.engine.compile;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.node.Assignable;
import dev.jpwsh.engine.node.Expr;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;

/**
 * Errors found while compiling: constructs the engine cannot run yet, invalid assignment targets, and assignments to
 * constant variables, refused when they run.
 */
final class Unsupported {
    private Unsupported() {
    }

    static PSException construct(String what, Extent extent) {
        String message = "jpwsh cannot run " + what + " yet.";
        return error("NotSupported", "NotImplemented", message, extent);
    }

    static PSException invalidAssignment(Extent extent) {
        return error("InvalidLeftHandSide", "ParserError", "The assignment expression is not valid. The input to an "
                + "assignment operator must be an object that is able to accept assignments, such as a variable or a "
                + "property.", extent);
    }

    /**
     * An assignment to a variable that is constant by nature ({@code $true}, {@code $?}, {@code $ExecutionContext}):
     * it reads as the variable and refuses a value when it runs, with VariableNotWritable, as pwsh does.
     */
    static Assignable notWritable(String name, Expr read) {
        return new Assignable() {
            @Override
            public Object eval(Frame frame) {
                return read.eval(frame);
            }

            @Override
            public void assign(Frame frame, Object value) {
                throw RuntimeFailures.variableNotWritable(name);
            }
        };
    }

    private static PSException error(String id, String category, String message, Extent extent) {
        return new PSException(new ErrorRecord(new PSRuntimeException(id, category, message), id, category, null,
                Compiler.position(extent)), true);
    }
}
