package dev.jpwsh.commands.security;

import dev.jpwsh.dotnet.ByteArrays;
import dev.jpwsh.dotnet.security.SecureString;
import dev.jpwsh.dotnet.security.SecureStrings;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * ConvertTo-SecureString: plain text (-AsPlainText; -Force is accepted and no longer needed), a string
 * ConvertFrom-SecureString encrypted with -Key or -SecureKey, or one in the local-machine form (see the package).
 * Text or a key it cannot use is a non-terminating ImportSecureString_InvalidArgument error.
 */
@DotNetName("Microsoft.PowerShell.Commands.ConvertToSecureStringCommand")
@DefaultParameterSet("Secure")
@dev.jpwsh.engine.command.OutputType({"System.Security.SecureString"})
public final class ConvertToSecureStringCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    private String string;

    @Parameter(parameterSetName = "PlainText", position = 1)
    private boolean asPlainText;

    @Parameter(parameterSetName = "PlainText", position = 2)
    private boolean force;

    @Parameter(parameterSetName = "Secure", position = 1)
    private SecureString secureKey;

    @Parameter(parameterSetName = "Open")
    private dev.jpwsh.runtime.number.UInt8[] key;

    @Override
    protected void processRecord() {
        try {
            writeObject(convert());
        } catch (SecureStringPackage.InvalidInput e) {
            writeError(SecurityErrors.invalidArgument("ImportSecureString_InvalidArgument", e.getMessage()).record());
        } catch (SecureStringPackage.DecryptionFailure e) {
            writeError(SecurityErrors.invalidArgument("ImportSecureString_InvalidArgument_CryptographicError",
                    e.getMessage()).record());
        } catch (NumberFormatException e) {
            // pwsh lets the FormatException of a pair that is no hex number stop the command
            throw terminatingError(dev.jpwsh.engine.exec.RuntimeFailures.create("System.FormatException",
                    "NotSpecified", e.getMessage(), null, "System.FormatException"));
        }
    }

    private SecureString convert() throws SecureStringPackage.InvalidInput, SecureStringPackage.DecryptionFailure {
        if (secureKey != null) {
            return SecureStringPackage.decrypt(string, SecureStringPackage.keyBytes(secureKey));
        }
        if (key != null) {
            return SecureStringPackage.decrypt(string, ByteArrays.toJava(key, "Key"));
        }
        if (asPlainText) {
            return SecureStrings.of(string);
        }
        return SecureStringPackage.unprotect(string);
    }
}
