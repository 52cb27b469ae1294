package dev.jpwsh.engine.intrinsics;

import dev.jpwsh.engine.event.PSEventManager;
import dev.jpwsh.engine.exec.Frame;

/** {@code $ExecutionContext}: the session state and command services of the code that read it. */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.EngineIntrinsics")
public final class EngineIntrinsics {
    private final Frame frame;

    public EngineIntrinsics(Frame frame) {
        this.frame = frame;
    }

    public SessionStateView getSessionState() {
        return new SessionStateView(frame);
    }

    public CommandIntrinsics getInvokeCommand() {
        return new CommandIntrinsics(frame);
    }

    public ProviderIntrinsics getInvokeProvider() {
        return new ProviderIntrinsics(frame);
    }

    public PSEventManager getEvents() {
        return PSEventManager.of(frame.context());
    }

    public Object getHost() {
        return frame.context().host();
    }

    @Override
    public String toString() {
        return "System.Management.Automation.EngineIntrinsics";
    }
}
