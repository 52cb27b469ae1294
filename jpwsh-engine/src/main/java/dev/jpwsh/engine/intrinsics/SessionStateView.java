package dev.jpwsh.engine.intrinsics;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.languagemode.PSLanguageMode;

/**
 * {@code $ExecutionContext.SessionState}: the variables of the scope that asked, the module it runs in, the location
 * ({@link PathIntrinsics}), its InvokeCommand and InvokeProvider,
 * and the session's language mode (which ConstrainedLanguage code cannot set: this is not a core type).
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.SessionState")
public final class SessionStateView {
    private final Frame frame;

    SessionStateView(Frame frame) {
        this.frame = frame;
    }

    /** The session state of the scope {@code frame} runs in: a module's, for {@code $module.SessionState}. */
    public static SessionStateView of(Frame frame) {
        return new SessionStateView(frame);
    }

    /** The frame whose scope this view shows: where InvokeScript runs a block given this session state. */
    Frame frame() {
        return frame;
    }

    public VariableIntrinsics getPSVariable() {
        return new VariableIntrinsics(frame.scope());
    }

    /** {@code $ExecutionContext.SessionState.InvokeCommand}: the same as {@code $ExecutionContext.InvokeCommand}. */
    public CommandIntrinsics getInvokeCommand() {
        return new CommandIntrinsics(frame);
    }

    public ProviderIntrinsics getInvokeProvider() {
        return new ProviderIntrinsics(frame);
    }

    public PathIntrinsics getPath() {
        return new PathIntrinsics(frame.context());
    }

    /** The module whose code asks, null outside one. */
    public dev.jpwsh.engine.modules.PSModuleInfo getModule() {
        return dev.jpwsh.engine.modules.ModuleTable.of(frame.context()).moduleOf(frame.scope());
    }

    public PSLanguageMode getLanguageMode() {
        return frame.context().languageMode();
    }

    public void setLanguageMode(PSLanguageMode mode) {
        frame.context().setLanguageMode(mode);
    }

    @Override
    public String toString() {
        return "System.Management.Automation.SessionState";
    }
}
