package dev.jpwsh.engine.intrinsics;

import dev.jpwsh.engine.exec.Frame;

/** {@code $ExecutionContext.SessionState}: the variables of the scope that asked, and the current location. */
@dev.jpwsh.engine.types.DotNetName("System.Management.Automation.SessionState")
public final class SessionStateView {
    private final Frame frame;

    SessionStateView(Frame frame) {
        this.frame = frame;
    }

    public VariableIntrinsics getPSVariable() {
        return new VariableIntrinsics(frame.scope());
    }

    public Object getPath() {
        return frame.variable("pwd");
    }

    @Override
    public String toString() {
        return "System.Management.Automation.SessionState";
    }
}
