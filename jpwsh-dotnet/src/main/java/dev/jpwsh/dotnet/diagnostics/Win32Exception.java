package dev.jpwsh.dotnet.diagnostics;

import dev.jpwsh.runtime.object.DotNetName;

/** System.ComponentModel.Win32Exception: a program that could not be started, with the system's reason. */
@DotNetName("System.ComponentModel.Win32Exception")
public final class Win32Exception extends RuntimeException {
    private final int nativeErrorCode;

    public Win32Exception(int nativeErrorCode, String message) {
        super(message);
        this.nativeErrorCode = nativeErrorCode;
    }

    public int getNativeErrorCode() {
        return nativeErrorCode;
    }
}
