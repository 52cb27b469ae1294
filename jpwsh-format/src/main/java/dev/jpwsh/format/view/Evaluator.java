package dev.jpwsh.format.view;

import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.object.TypeDataTable;

/**
 * How formatting reads objects: a property by name, a script block run with {@code $_} set, and
 * {@code $FormatEnumerationLimit}. A cmdlet's evaluator runs in its session ({@code FrameEvaluator}); the host's
 * Out-Default reads members without a session and runs no script.
 */
public interface Evaluator {
    /** pwsh's default {@code $FormatEnumerationLimit}. */
    int DEFAULT_ENUMERATION_LIMIT = 4;

    /** Reads members without a session; script blocks give nothing. */
    Evaluator HOST = new Evaluator() {
        @Override
        public Object property(Object target, String name) {
            return Members.get(target, name);
        }

        @Override
        public Object script(ScriptBlock block, Object target) {
            return null;
        }

        @Override
        public int enumerationLimit() {
            return DEFAULT_ENUMERATION_LIMIT;
        }
    };

    Object property(Object target, String name);

    Object script(ScriptBlock block, Object target);

    int enumerationLimit();

    /** The session's type data (DefaultDisplayPropertySet), or null when this output has none. */
    default TypeDataTable typeData() {
        return null;
    }

    /** How error records show without -Force, or null when they are formatted as objects. */
    default ErrorRecordView errorView() {
        return null;
    }

    /** The views this output chooses from. */
    default ViewDatabase views() {
        return ViewDatabase.process();
    }
}
