package dev.jpwsh.engine.exec;

/** Why {@code ShouldProcess} answered as it did: {@code WhatIf} when -WhatIf was in force. */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.ShouldProcessReason")
public enum ShouldProcessReason {
    None, WhatIf
}
