package dev.jpwsh.engine.compile;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;

/** Errors found while compiling: constructs the engine cannot run yet, and invalid assignment targets. */
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

    private static PSException error(String id, String category, String message, Extent extent) {
        return new PSException(new ErrorRecord(new PSRuntimeException(id, category, message), id, category, null,
                Compiler.position(extent)), true);
    }
}
