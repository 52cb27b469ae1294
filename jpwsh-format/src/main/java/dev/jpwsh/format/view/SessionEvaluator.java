package dev.jpwsh.format.view;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.TypeDataTable;

/**
 * How a host's Out-Default reads objects: members without a session's language mode, no script blocks, and
 * {@code $FormatEnumerationLimit} from the session's global scope as it is at each use (4 when unset).
 */
public final class SessionEvaluator implements Evaluator {
    private final Scope global;
    private final ViewDatabase views;
    private final ExecutionContext session;

    public SessionEvaluator(ExecutionContext session) {
        this.global = session.global();
        this.views = ViewDatabase.of(session);
        this.session = session;
    }

    @Override
    public ErrorRecordView errorView() {
        return session.findService(ErrorRecordView.class);
    }

    @Override
    public TypeDataTable typeData() {
        return session.findService(TypeDataTable.class);
    }

    @Override
    public ViewDatabase views() {
        return views;
    }

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
        PSVariable v = global.lookup("formatenumerationlimit");
        return v == null ? DEFAULT_ENUMERATION_LIMIT : limit(v.value());
    }

    /** {@code $FormatEnumerationLimit}'s value as a count; 4 when it is not a number. */
    public static int limit(Object value) {
        try {
            return value == null ? DEFAULT_ENUMERATION_LIMIT : ((Number) LanguagePrimitives.toNumber(value)).intValue();
        } catch (PSRuntimeException | ClassCastException notANumber) {
            return DEFAULT_ENUMERATION_LIMIT;
        }
    }
}
