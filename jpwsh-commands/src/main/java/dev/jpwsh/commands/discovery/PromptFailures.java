package dev.jpwsh.commands.discovery;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.HostPrompts;
import dev.jpwsh.engine.exec.PSException;

/** The error a command that prompts the user (Read-Host, Get-Credential) gets: see {@link HostPrompts}. */
public final class PromptFailures {
    private PromptFailures() {
    }

    public static PSException cannotPrompt(Frame frame) {
        return HostPrompts.cannotPrompt(frame.context());
    }
}
