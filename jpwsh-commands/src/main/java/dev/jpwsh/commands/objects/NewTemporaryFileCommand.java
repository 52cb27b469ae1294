package dev.jpwsh.commands.objects;

import dev.jpwsh.dotnet.io.FileInfo;
import dev.jpwsh.dotnet.io.IOPath;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.exec.ConfirmImpact;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;

/** New-TemporaryFile: a new empty file with a unique name in the temporary folder, as a FileInfo. */
@DotNetName("Microsoft.PowerShell.Commands.NewTemporaryFileCommand")
@dev.jpwsh.engine.command.OutputType({"System.IO.FileInfo"})
@SupportsShouldProcess(ConfirmImpact.Low)
public final class NewTemporaryFileCommand extends Cmdlet {
    @Override
    protected void endProcessing() {
        try {
            writeObject(new FileInfo(IOPath.GetTempFileName()));
        } catch (IOException | RuntimeException e) {
            throw terminatingError(ObjectErrors.record("NewTemporaryFileWriteError", "WriteError", e.getMessage(),
                    IOPath.GetTempPath(), "System.IO.IOException"));
        }
    }
}
