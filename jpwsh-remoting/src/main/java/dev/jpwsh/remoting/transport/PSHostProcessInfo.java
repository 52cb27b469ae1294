package dev.jpwsh.remoting.transport;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.DotNetProperties;

/** What Get-PSHostProcessInfo writes for each live process pipe: the process and the pipe's socket file. */
@DotNetName("Microsoft.PowerShell.Commands.PSHostProcessInfo")
@DotNetProperties({"ProcessName", "ProcessId", "AppDomainName", "MainWindowTitle"})
public final class PSHostProcessInfo {
    private final String processName;
    private final int processId;
    private final String appDomainName;
    private final String pipeNameFilePath;

    PSHostProcessInfo(String processName, int processId, String appDomainName, String pipeNameFilePath) {
        this.processName = processName;
        this.processId = processId;
        this.appDomainName = appDomainName;
        this.pipeNameFilePath = pipeNameFilePath;
    }

    public String getProcessName() {
        return processName;
    }

    public int getProcessId() {
        return processId;
    }

    public String getAppDomainName() {
        return appDomainName;
    }

    /** {@return always empty: processes on Linux have no main window} */
    public String getMainWindowTitle() {
        return "";
    }

    /** {@return the path of the process's socket file} */
    public String GetPipeNameFilePath() {
        return pipeNameFilePath;
    }

    @Override
    public String toString() {
        return "Microsoft.PowerShell.Commands.PSHostProcessInfo";
    }
}
