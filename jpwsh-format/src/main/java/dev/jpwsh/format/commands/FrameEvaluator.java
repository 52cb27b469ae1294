package dev.jpwsh.format.commands;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.format.view.ErrorRecordView;
import dev.jpwsh.format.view.Evaluator;
import dev.jpwsh.format.view.SessionEvaluator;
import dev.jpwsh.runtime.object.TypeDataTable;

/**
 * How a formatting cmdlet reads objects: members as its session's language mode allows, script blocks run in its
 * session with {@code $_}, and {@code $FormatEnumerationLimit} as the session has it (4 when unset or not a number).
 */
final class FrameEvaluator implements Evaluator {
    private final Frame frame;
    private final int enumerationLimit;

    FrameEvaluator(Frame frame) {
        this.frame = frame;
        this.enumerationLimit = SessionEvaluator.limit(frame.variable("formatenumerationlimit"));
    }

    @Override
    public Object property(Object target, String name) {
        return MemberGate.get(frame.context(), target, name);
    }

    @Override
    public Object script(ScriptBlock block, Object target) {
        return block.invokeWithUnderscore(frame, target);
    }

    @Override
    public ErrorRecordView errorView() {
        return frame.context().findService(ErrorRecordView.class);
    }

    @Override
    public TypeDataTable typeData() {
        return frame.context().findService(TypeDataTable.class);
    }

    @Override
    public dev.jpwsh.format.view.ViewDatabase views() {
        return dev.jpwsh.format.view.ViewDatabase.of(frame.context());
    }

    @Override
    public int enumerationLimit() {
        return enumerationLimit;
    }
}
